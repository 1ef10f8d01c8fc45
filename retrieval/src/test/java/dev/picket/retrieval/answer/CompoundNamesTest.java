package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import dev.picket.retrieval.OnSampleVectors;
import dev.picket.retrieval.RetrievalMode;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;

/** Two words the articles capitalise together name one thing, which a passage holding one of them lacks. */
class CompoundNamesTest extends OnSampleVectors {

    private static SearchHit hit(String id, String text) {
        return new SearchHit(id + "#0", id, 0, "Headline", "Outlet", null, null, text, 1);
    }

    private static final SearchHit NAMED = hit("a", "The Harbour Force said 300 officers would walk out.");
    private static final SearchHit OTHER = hit("b", "The armed forces were put on standby, as the harbour road shut.");

    /** Without articles to read, every capitalised word may be part of a person's name. */
    private static final Names PEOPLE = Names.none();

    private static Set<String> terms(String words) {
        return QueryTerms.setOf(words);
    }

    @Test
    void should_find_a_name_when_a_passage_capitalises_two_neighbouring_words_of_the_question() {
        CompoundNames names = CompoundNames.of("how many harbour force officers walked out", List.of(NAMED, OTHER),
                Names.of(sample.index));
        assertThat(names.names()).hasSize(1);
        assertThat(names.names().getFirst().terms()).containsExactlyInAnyOrderElementsOf(terms("harbour force"));
    }

    @Test
    void should_drop_the_name_s_words_when_a_passage_holds_only_one_of_them() {
        CompoundNames names = CompoundNames.of("what is the harbour force demanding", List.of(NAMED, OTHER),
                Names.of(sample.index));
        Set<String> held = terms("armed forces standby harbour road shut");
        assertThat(names.without(held, OTHER)).doesNotContainAnyElementsOf(terms("harbour force"))
                .containsAll(terms("armed standby road"));
        assertThat(names.without(terms("harbour force officers"), NAMED)).containsAll(terms("harbour force"));
    }

    @Test
    void should_find_no_name_when_the_passages_write_the_words_in_lower_case_or_apart() {
        SearchHit lower = hit("c", "The harbour force said 300 officers would walk out.");
        SearchHit apart = hit("d", "Along the Harbour, Force was used.");
        assertThat(CompoundNames.of("what is the harbour force demanding", List.of(lower, apart),
                Names.of(sample.index)).names())
                .isEmpty();
    }

    @Test
    void should_find_no_name_when_its_last_word_may_name_a_person() {
        // "force" is a person's name for all Names.none() knows; a surname alone still names its person.
        assertThat(CompoundNames.of("what is the harbour force demanding", List.of(NAMED), PEOPLE).names())
                .isEmpty();
        SearchHit person = hit("e", "Health Secretary Wes Streeting said the door was open.");
        assertThat(CompoundNames.of("what did wes streeting say", List.of(person), Names.of(sample.index))
                .names()).isEmpty();
    }

    @Test
    void should_keep_the_terms_as_they_are_when_the_question_makes_no_name() {
        CompoundNames names = CompoundNames.of("what do porters want", List.of(NAMED, OTHER),
                Names.of(sample.index));
        Set<String> held = terms("porters want");
        assertThat(names.without(held, OTHER)).isSameAs(held);
    }

    @Test
    void should_decline_when_the_only_passages_hold_a_word_of_the_name_in_another_phrase() {
        var answerer = sample.answerer(RetrievalMode.HYBRID);
        for (String q : new String[] {"what are border force staff demanding",
                "how many border force officers are there"}) {
            assertThat(answerer.answer(q).answered()).as(q).isFalse();
        }
    }

    @Test
    void should_still_answer_when_a_passage_holds_the_name_whole() {
        var answer = sample.answerer(RetrievalMode.HYBRID).answer("what did the health secretary say about pay");
        assertThat(answer.answered()).isTrue();
    }

    @Test
    void should_find_a_name_as_the_pattern_of_its_two_words_does_when_case_spacing_and_edges_vary() {
        String[] pieces = {"border", "Border", "BORDER", "force", "Force", "FORCE", " ", "  ", "\n", "\t", "-", "x",
            "forces", "2", "\u00E9", ".", ",", "Borderforce", "\u00B2"};
        java.util.Random random = new java.util.Random(5);
        java.util.regex.Pattern any = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(border)\\s+(force)"
                + "(?![\\p{L}\\p{N}])", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
        CompoundNames.Name name = new CompoundNames.Name("border", "force", Set.of("border", "forc"));
        int found = 0;
        for (int t = 0; t < 40_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            java.util.regex.Matcher m = any.matcher(text);
            boolean in = false;
            boolean capitalised = false;
            while (m.find()) {
                in = true;
                capitalised |= Character.isUpperCase(text.charAt(m.start(1)))
                        && Character.isUpperCase(text.charAt(m.start(2)));
            }
            assertThat(name.in(text.toString())).as(text.toString()).isEqualTo(in);
            assertThat(name.capitalisedIn(text.toString())).as(text.toString()).isEqualTo(capitalised);
            found += capitalised ? 1 : 0;
        }
        assertThat(found).isGreaterThan(20);
    }

    @Test
    void should_find_the_same_names_when_a_passage_s_features_remember_them_from_an_earlier_question() {
        java.util.Map<String, dev.picket.retrieval.index.PassageFeatures> kept = new java.util.HashMap<>();
        java.util.function.Function<SearchHit, dev.picket.retrieval.index.PassageFeatures> features = h -> kept
                .computeIfAbsent(h.passageId(), id -> dev.picket.retrieval.index.PassageFeatures.of(h.title(), h.text()));
        Names people = Names.of(sample.index);
        for (String question : List.of("how many harbour force officers walked out", "is the harbour force striking",
                "what did the armed forces do", "what is the harbour force demanding")) {
            CompoundNames first = CompoundNames.of(question, List.of(NAMED, OTHER), people, features);
            CompoundNames again = CompoundNames.of(question, List.of(NAMED, OTHER), people, features);
            CompoundNames fresh = CompoundNames.of(question, List.of(NAMED, OTHER), people);
            assertThat(again.names()).as(question).isEqualTo(first.names()).isEqualTo(fresh.names());
            Set<String> held = terms("armed forces standby harbour road shut");
            assertThat(again.without(held, OTHER)).as(question).isEqualTo(fresh.without(held, OTHER));
            assertThat(again.without(held, OTHER)).as(question).isEqualTo(first.without(held, OTHER));
        }
    }
}
