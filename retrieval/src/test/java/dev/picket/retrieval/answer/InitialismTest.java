package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.picket.retrieval.index.IndexStats;
import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;

class InitialismTest {

    @Test
    void should_read_a_lower_case_word_as_initials_when_english_could_not_spell_it() {
        assertThat(Initialism.is("tfl")).isTrue();
        assertThat(Initialism.is("gmb")).isTrue();
        assertThat(Initialism.is("cwu")).isTrue();
        assertThat(Initialism.is("fbu")).isTrue();
        assertThat(Initialism.is("dvla")).isTrue();
        assertThat(Initialism.is("UCU")).isTrue();
    }

    @Test
    void should_not_read_an_english_word_as_initials_when_it_is_short() {
        assertThat(Initialism.is("bus")).isFalse();
        assertThat(Initialism.is("fire")).isFalse();
        assertThat(Initialism.is("staff")).isFalse();
        assertThat(Initialism.is("crew")).isFalse();
        assertThat(Initialism.is("school")).isFalse();
        assertThat(Initialism.is("pay")).isFalse();
        assertThat(Initialism.is("stop")).isFalse();
        assertThat(Initialism.is("a")).isFalse();
    }

    @Test
    void should_drop_leading_initials_when_a_noun_follows_them() {
        assertThat(Initialism.withoutLeading(List.of("cwu", "members"))).containsExactly("members");
        assertThat(Initialism.withoutLeading(List.of("tfl", "gmb", "drivers"))).containsExactly("drivers");
        assertThat(Initialism.withoutLeading(List.of("fbu"))).containsExactly("fbu");
        assertThat(Initialism.withoutLeading(List.of("fire", "crews"))).containsExactly("fire", "crews");
    }

    @Test
    void should_count_the_noun_after_an_initialism_when_a_question_counts_members() {
        assertThat(AnswerType.measured("how many cwu members backed the walkout"))
                .hasValueSatisfying(m -> assertThat(m.counted()).isEqualTo("members"));
        assertThat(AnswerType.measured("how many gmb drivers went out"))
                .hasValueSatisfying(m -> assertThat(m.counted()).isEqualTo("drivers"));
        assertThat(AnswerType.measured("how many tfl drivers are striking"))
                .hasValueSatisfying(m -> {
                    assertThat(m.counted()).isEqualTo("drivers");
                    assertThat(m.compound()).isFalse();
                });
        assertThat(AnswerType.measured("how many fire crews were sent"))
                .hasValueSatisfying(m -> assertThat(m.compound()).isTrue());
    }

    /** "rmt", "tfl", "cwu", "stewart", "smth" and "ppl" are in no article; everything else is. */
    private static final IndexStats STATS = new IndexStats() {
        public int articleCount() {
            return 10;
        }

        public int passageCount() {
            return 100;
        }

        public int docFreq(String term) {
            return term.equals("rmt") || term.equals("tfl") || term.equals("cwu")
                    || term.equals("stewart") || term.equals("smth") || term.equals("ppl") ? 0 : 5;
        }
    };

    private static boolean missing(String question, String sentence) {
        return Initialism.unseenMissing(question, QuestionTerms.weigh(question, STATS),
                QueryTerms.setOf(sentence), sentence);
    }

    @Test
    void should_miss_a_body_when_the_question_names_initials_no_article_uses() {
        assertThat(missing("what did the rmt say about the porters strike", "The union said porters would strike."))
                .isTrue();
        assertThat(missing("how many of the tfl drivers walked out", "Some 900 drivers walked out.")).isTrue();
        assertThat(missing("was the cwu's offer rejected", "The offer was rejected.")).isTrue();
        assertThat(missing("is the cwu backing the walkout", "The union backs the walkout.")).isTrue();
    }

    @Test
    void should_not_miss_a_body_when_the_unseen_word_is_no_initialism_or_the_sentence_holds_it() {
        assertThat(missing("what did stewart say about the porters", "The union said porters would strike."))
                .isFalse();
        assertThat(missing("what did the union say about the porters", "The union said porters would strike."))
                .isFalse();
        assertThat(missing("what did the tfl say", "The TfL said porters would strike.")).isFalse();
    }

    @Test
    void should_not_miss_a_body_when_the_unseen_consonants_are_chat_for_a_word() {
        assertThat(missing("whats the second demand, pay smth", "The union said porters would strike.")).isFalse();
        assertThat(missing("were cwu ppl out too", "The union said porters would strike.")).isFalse();
    }

    @Test
    void should_not_miss_a_body_when_the_passage_spells_out_the_words_of_its_initials() {
        assertThat(missing("what did the cwu say", "The Communication Workers Union said it would strike."))
                .isFalse();
        assertThat(missing("how many of the tfl drivers walked out",
                "Transport for London said 900 drivers walked out."))
                .isFalse();
        assertThat(Initialism.spelledIn("tfl", "Transport for London said so")).isTrue();
        assertThat(Initialism.spelledIn("jdc", "the junior doctors' committee met")).isTrue();
        assertThat(Initialism.spelledIn("jdc", "junior staff and doctors met")).isFalse();
        assertThat(Initialism.spelledIn("abc", "ab")).isFalse();
    }
}
