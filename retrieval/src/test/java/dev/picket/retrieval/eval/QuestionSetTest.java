package dev.picket.retrieval.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuestionSetTest {

    @Test
    void should_read_every_field_and_skip_blank_lines_when_parsing_pasted_text() {
        List<EvalQuestion> questions = QuestionSet.parse("""
                {"id":"a1","kind":"factoid","question":"When did nurses strike?","expect_all":["15","20"],"gold":["000"]}

                {"id":"a2","question":"Best banana bread?","expect_abstain":true}
                """);

        assertThat(questions).hasSize(2);
        assertThat(questions.get(0)).satisfies(q -> {
            assertThat(q.id()).isEqualTo("a1");
            assertThat(q.kind()).isEqualTo("factoid");
            assertThat(q.expectAll()).containsExactly("15", "20");
            assertThat(q.gold()).containsExactly("000");
            assertThat(q.expectAbstain()).isFalse();
        });
        assertThat(questions.get(1).expectAbstain()).isTrue();
    }

    @Test
    void should_name_the_line_when_a_pasted_line_is_not_json() {
        assertThatThrownBy(() -> QuestionSet.parse("{\"question\":\"ok?\"}\n\n{\"question\": oops}\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("line 3: ");
    }

    @Test
    void should_name_the_line_when_a_pasted_line_has_no_question() {
        assertThatThrownBy(() -> QuestionSet.parse("{\"id\":\"x\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 1: no question");
    }

    @Test
    void should_return_no_questions_when_the_text_is_blank() {
        assertThat(QuestionSet.parse("\n  \n")).isEmpty();
    }

    @Test
    void should_load_every_bundled_set_when_read_from_the_classpath() {
        assertThat(QuestionSet.dev2()).hasSize(31).allSatisfy(q -> assertThat(q.id()).startsWith("h"));
        assertThat(QuestionSet.natural()).hasSizeGreaterThanOrEqualTo(40);
        assertNewSet(QuestionSet.naturalHeldOut(), 40, "x", QuestionSet.natural());
        assertNewSet(QuestionSet.naturalDev3(), 50, "d", QuestionSet.natural());
        assertNewSet(QuestionSet.naturalDev4(), 40, "e", QuestionSet.naturalDev3());
        assertNewSet(QuestionSet.naturalFresh(), 30, "f", QuestionSet.natural());
        assertNewSet(QuestionSet.naturalFresh2(), 48, "g", QuestionSet.natural());
        assertNewSet(QuestionSet.naturalFresh3(), 60, "k", QuestionSet.naturalFresh2());
        assertNewSet(QuestionSet.naturalDev5(), 50, "t", QuestionSet.naturalFresh3());
        assertNewSet(QuestionSet.naturalFresh4(), 70, "m", QuestionSet.naturalFresh3());
        assertNewSet(QuestionSet.naturalDev6(), 55, "u", QuestionSet.naturalFresh4());
        assertNewSet(QuestionSet.naturalFresh5(), 70, "r", QuestionSet.naturalFresh4());
        assertNewSet(QuestionSet.naturalDev7(), 55, "w", QuestionSet.naturalFresh5());
        assertNewSet(QuestionSet.naturalFresh6(), 70, "s", QuestionSet.naturalFresh5());
        assertNewSet(QuestionSet.naturalDev8(), 55, "v", QuestionSet.naturalFresh6());
        assertNewSet(QuestionSet.naturalFresh7(), 90, "fresh7-", QuestionSet.naturalDev8());
        assertNewSet(QuestionSet.naturalFresh8(), 90, "fresh8-", QuestionSet.naturalFresh7());
        assertNewSet(QuestionSet.naturalFresh9(), 90, "fresh9-", QuestionSet.naturalFresh8());
        for (List<EvalQuestion> earlier : List.of(QuestionSet.natural(), QuestionSet.naturalDev8(),
                QuestionSet.naturalFresh8(), QuestionSet.naturalFresh9())) {
            assertNewSet(QuestionSet.naturalFresh10(), 85, "fresh10-", earlier);
        }
        for (List<EvalQuestion> earlier : List.of(QuestionSet.natural(), QuestionSet.naturalDev8(),
                QuestionSet.naturalFresh9(), QuestionSet.naturalFresh10())) {
            assertNewSet(QuestionSet.naturalFresh11(), 75, "fresh11-", earlier);
        }
    }

    /** A set written later: big enough, its own id prefix, and none of an earlier set's questions word for word. */
    private static void assertNewSet(List<EvalQuestion> set, int atLeast, String idPrefix, List<EvalQuestion> earlier) {
        assertThat(set).hasSizeGreaterThanOrEqualTo(atLeast)
                .allSatisfy(q -> assertThat(q.id()).startsWith(idPrefix))
                .extracting(EvalQuestion::question).doesNotContainAnyElementsOf(
                        earlier.stream().map(EvalQuestion::question).toList());
    }
}
