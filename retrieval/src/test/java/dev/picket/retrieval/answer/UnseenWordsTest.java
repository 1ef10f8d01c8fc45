package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.picket.retrieval.OnSampleVectors;
import dev.picket.retrieval.RetrievalMode;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.IndexStats;
import dev.picket.retrieval.index.PassageFeatures;
import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;

/** A yes/no hinges on the words no article uses: the sentence quoted must carry them, or decline. */
class UnseenWordsTest extends OnSampleVectors {

    private static final SearchHit HIT = new SearchHit("a#0", "a", 0, "Porters walk out", "Gazette",
            LocalDate.of(2024, 1, 1), null, "The union said porters would walk out.", 1.0);

    /** Every word but "appeal", "tribunal" and "yet" is in the articles. */
    private static final IndexStats STATS = new IndexStats() {
        public int articleCount() {
            return 10;
        }

        public int passageCount() {
            return 100;
        }

        public int docFreq(String term) {
            return term.startsWith("appeal") || term.startsWith("tribun") || term.equals("yet") ? 0 : 5;
        }
    };

    /** "appeal" and "challenge" are close in meaning; nothing else is. */
    private static final SentenceSimilarity SIMILARITY = (question, passages, sentences) -> {
        List<Double> out = new ArrayList<>();
        sentences.forEach(s -> out.add(question.equals("appeal") && s.equals("challenge") ? 0.8 : 0.1));
        return out;
    };

    private static boolean carried(String question, String sentence, SentenceSimilarity similarity) {
        return UnseenWords.carriedBy(question, QuestionTerms.weigh(question, STATS),
                new SentenceChoice.Scored(HIT, sentence, QueryTerms.setOf(sentence), 1.0), similarity);
    }

    @Test
    void should_not_carry_the_question_when_the_sentence_shares_only_its_subject() {
        assertThat(carried("did the union win at the tribunal", "The union said it would win the argument.",
                SIMILARITY)).isFalse();
    }

    @Test
    void should_carry_the_question_when_a_word_of_the_sentence_is_close_in_meaning() {
        assertThat(carried("will the porters appeal", "Porters plan to challenge the ruling.", SIMILARITY)).isTrue();
        assertThat(carried("will the porters appeal", "Porters plan to challenge the ruling.", null)).isFalse();
    }

    @Test
    void should_carry_the_question_when_every_word_is_in_the_articles() {
        assertThat(carried("did the porters walk out", "The union said porters would strike.", null)).isTrue();
        assertThat(UnseenWords.words("The union's porters, 40 of them, walked out.")).containsExactly("union",
                "porters", "walked", "out");
    }

    @Test
    void should_decline_when_a_yes_no_hinges_on_something_the_articles_never_mention() {
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("did the bma lodge a lawsuit").answered()).isFalse();
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("is the rcn suing ministers").answered()).isFalse();
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("did the nurses turn down the offer").answer())
                .contains("rejected");
    }

    @Test
    void should_still_answer_when_the_only_unseen_words_are_chat_shorthand() {
        for (String question : List.of("did the nurses turn down the offer fr", "did the nurses turn down the offer smh",
                "did the nurses turn down the offer omg", "did the nurses turn down the offer ya")) {
            assertThat(sample.answerer(RetrievalMode.HYBRID).answer(question).answer()).as(question)
                    .contains("rejected");
        }
    }

    @Test
    void should_carry_a_chat_verb_when_the_sentence_states_a_decision_on_everything_else_the_question_names() {
        // "appeal" is the one word of these questions the articles never use.
        assertThat(carried("did the porters appeal the union offer", "The porters rejected the union offer.", null))
                .isTrue();
        // A decision on something else, or no decision, settles nothing.
        assertThat(carried("did the porters appeal the union offer", "The porters rejected the plan.", null)).isFalse();
        assertThat(carried("did the porters appeal the union offer", "The porters read the union offer.", null))
                .isFalse();
        // Two words no article uses are two things the sentence must carry.
        assertThat(carried("did the porters appeal to the tribunal over the offer",
                "The porters rejected the offer.", null)).isFalse();
    }

    @Test
    void should_take_a_particle_with_its_verb_when_a_decision_stands_for_both() {
        // "up" is in the articles, but in "appeal up" it belongs to the verb the decision stands for.
        assertThat(carried("did the porters appeal up the union offer", "The porters rejected the union offer.", null))
                .isTrue();
        assertThat(carried("did the porters appeal the union offer first", "The porters rejected the union offer.",
                null)).isFalse();
    }

    @Test
    void should_answer_a_loose_yes_no_when_its_verb_is_chat_for_the_articles_decision() {
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("did the rcn ditch the govt offer").answer())
                .contains("rejected");
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("did the nurses bin off the pay offer").answer())
                .contains("rejected");
    }

    @Test
    void should_not_hinge_on_a_word_that_carries_no_fact_when_no_article_writes_it() {
        assertThat(carried("have the porters walked out yet", "The union said porters would walk out.", null))
                .isTrue();
        assertThat(carried("have the porters appealed yet", "The union said porters would walk out.", null))
                .isFalse();
    }

    @Test
    void should_read_what_a_decision_is_about_in_the_sentence_before_when_the_sentence_goes_on_from_it() {
        String text = "The porters turned down the trust's offer in March. However, the deal was later accepted by "
                + "the union council. Cleaners saw their deal accepted by the union council.";
        PassageFeatures passage = PassageFeatures.of("Porters", text);
        String question = "did the union council appeal the porters deal";
        QuestionTerms terms = QuestionTerms.weigh(question, STATS);
        String goesOn = "However, the deal was later accepted by the union council.";
        assertThat(UnseenWords.carriedBy(question, terms,
                new SentenceChoice.Scored(HIT, goesOn, QueryTerms.setOf(goesOn), 1.0), passage, null)).isTrue();
        // Without the sentence before, the porters are named nowhere.
        assertThat(carried(question, goesOn, null)).isFalse();
        // A sentence that does not go on from the one before gets nothing from it.
        String own = "Cleaners saw their deal accepted by the union council.";
        assertThat(UnseenWords.carriedBy(question, terms,
                new SentenceChoice.Scored(HIT, own, QueryTerms.setOf(own), 1.0), passage, null)).isFalse();
    }

    @Test
    void should_not_carry_an_unseen_subject_when_the_question_already_names_the_decision() {
        // "tribunals" decide nothing here: the question's own verb is the decision, the unseen word who made it.
        assertThat(carried("did tribunals accept the union offer", "The porters accepted the union offer.", null))
                .isFalse();
        assertThat(carried("did the porters appeal the union offer", "The porters accepted the union offer.", null))
                .isTrue();
    }
}
