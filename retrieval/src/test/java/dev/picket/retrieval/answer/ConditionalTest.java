package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;

/** What a sentence states, apart from what it only supposes ("if …", "unless …", "whether …"). */
class ConditionalTest {

    @Test
    void should_leave_out_the_condition_when_a_sentence_supposes_something() {
        assertThat(Conditional.asserted("The porters said they would return to work if the trust agreed to talks."))
                .isEqualTo("The porters said they would return to work ");
        assertThat(Conditional.asserted("If the board pays up, the cleaners will call it off."))
                .isEqualTo(", the cleaners will call it off.");
        assertThat(Conditional.asserted("Drivers won't go back unless the council moves, a rep said."))
                .isEqualTo("Drivers won't go back , a rep said.");
        assertThat(Conditional.asserted("Asked whether the mayor would meet them, the chair said no."))
                .isEqualTo("Asked , the chair said no.");
    }

    @Test
    void should_keep_the_sentence_when_it_supposes_nothing() {
        String plain = "The librarians rejected the offer on Monday.";
        assertThat(Conditional.supposes(plain)).isFalse();
        assertThat(Conditional.asserted(plain)).isEqualTo(plain);
        // Concessions and hedges state the rest as fact.
        assertThat(Conditional.supposes("Even if talks resume, the walkout goes ahead.")).isFalse();
        assertThat(Conditional.supposes("It looked as if the dispute was over.")).isFalse();
        assertThat(Conditional.supposes("Few staff, if any, crossed the line.")).isFalse();
    }

    @Test
    void should_drop_the_terms_only_a_condition_holds_when_reading_what_a_sentence_states() {
        String sentence = "Wardens would pause the strike if the minister agreed to talks.";
        var terms = Conditional.assertedTerms(sentence, QueryTerms.setOf(sentence));
        assertThat(terms).containsAll(QueryTerms.setOf("wardens pause strike"))
                .doesNotContainAnyElementsOf(QueryTerms.setOf("minister agreed talks"));
    }

    @Test
    void should_keep_a_term_when_the_sentence_also_states_it_outside_the_condition() {
        String sentence = "The minister refused talks, though staff would stop if the minister offered talks.";
        var terms = Conditional.assertedTerms(sentence, QueryTerms.setOf(sentence));
        assertThat(terms).containsAll(QueryTerms.setOf("minister talks refused"))
                .doesNotContainAnyElementsOf(QueryTerms.setOf("offered"));
    }

    @Test
    void should_not_settle_a_yes_no_when_its_settling_word_is_only_supposed() {
        assertThat(QuestionKind.YES_NO.isAnsweredBy("Cleaners will stand down if the board agreed to a deal."))
                .isFalse();
        assertThat(QuestionKind.YES_NO.isAnsweredBy("The board agreed to a deal on Friday.")).isTrue();
        assertThat(QuestionKind.CAUSE.isAnsweredBy("Staff would strike again if pay fell because of inflation."))
                .isFalse();
    }
}
