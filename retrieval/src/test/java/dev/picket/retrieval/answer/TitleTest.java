package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.picket.retrieval.OnSampleVectors;
import dev.picket.retrieval.RetrievalMode;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;

/** "who is the X": the sentence must say who holds the title, not merely use it beside someone's name. */
class TitleTest extends OnSampleVectors {

    @Test
    void should_read_the_title_when_a_question_asks_who_holds_it() {
        Title title = Title.asked("who is the transport secretary now").orElseThrow();

        assertThat(title.mentionedIn("The Transport Secretary spoke on Monday.")).isTrue();
        assertThat(Title.asked("who runs the union")).isEmpty();
    }

    @Test
    void should_find_the_holder_when_the_name_stands_beside_the_title() {
        Title title = Title.asked("who was the chief executive of the trust").orElseThrow();

        assertThat(title.heldIn("Chief executive Amanda Pritchard said beds were full.")).isTrue();
        assertThat(title.heldIn("The chief executive of NHS England Amanda Pritchard said so.")).isTrue();
        assertThat(title.heldIn("Amanda Pritchard, the chief executive, said so.")).isTrue();
        assertThat(title.heldIn("The chief executive wrote to Mr Smith, who had asked about beds.")).isFalse();
    }

    @Test
    void should_decline_when_the_title_appears_only_without_a_holder() {
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("who's the chancellor").answered()).isFalse();
    }

    @Test
    void should_answer_when_an_article_names_the_titles_holder() {
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("who was the foreign secretary in dec 2022")
                .answer()).contains("Cleverly");
    }

    @Test
    void should_quote_a_holder_of_the_title_when_other_sentences_use_it_beside_someone_else() {
        // The sample's closest sentence to the words is a quote about "the Health Secretary" that names only the
        // interviewer; two articles name the holder in apposition.
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("who is the health secretary").answer())
                .containsAnyOf("Steve Barclay", "Wes Streeting")
                .doesNotContain("Kuenssberg");
    }

    @Test
    void should_not_hold_the_title_when_a_modifier_makes_it_another_one() {
        Title title = Title.asked("who is the transport secretary").orElseThrow();

        for (String modifier : new String[] {"Shadow", "Former", "Deputy", "Ex-", "Acting", "Junior"}) {
            String sentence = modifier + (modifier.endsWith("-") ? "" : " ") + "transport secretary Ann Lee spoke.";
            assertThat(title.heldIn(sentence)).as(sentence).isFalse();
        }
        assertThat(title.heldIn("Transport secretary Ann Lee spoke.")).isTrue();
        assertThat(Title.asked("who is the shadow transport secretary").orElseThrow()
                .heldIn("Shadow transport secretary Ann Lee spoke.")).isTrue();
    }

    @Test
    void should_quote_that_years_holder_when_a_who_is_question_names_a_year() {
        // The sample's 2022 articles name Steve Barclay; Wes Streeting was then the shadow health secretary.
        String answer = sample.answerer(RetrievalMode.HYBRID).answer("whos the health sec in 2022").answer();

        assertThat(answer).contains("Barclay").doesNotContain("Shadow");
        List<SentenceChoice.Scored> candidates = new ArrayList<>(List.of(
                held("Transport Secretary Ann Lee spoke.", 2022), held("Transport Secretary Bob Roe spoke.", 2024)));
        assertThat(Title.keepHolders("who was the transport secretary in 2024", candidates)).isTrue();
        assertThat(candidates).extracting(SentenceChoice.Scored::sentence).containsExactly(
                "Transport Secretary Bob Roe spoke.");
        // A year no article holding the title is from narrows nothing.
        candidates = new ArrayList<>(List.of(held("Transport Secretary Ann Lee spoke.", 2022)));
        assertThat(Title.keepHolders("who was the transport secretary in 2019", candidates)).isTrue();
        assertThat(candidates).hasSize(1);
    }

    private static SentenceChoice.Scored held(String sentence, int year) {
        SearchHit hit = new SearchHit("a" + year + "#0", "a" + year, 0, "Talks", "Gazette", LocalDate.of(year, 5, 1),
                null, sentence, 1.0);
        return new SentenceChoice.Scored(hit, sentence, QueryTerms.setOf(sentence), 1.0);
    }

    @Test
    void should_keep_the_newest_holder_when_a_who_is_question_asks_about_now() {
        for (String question : List.of("who is the transport secretary", "whos the transport secretary now",
                "who is the current transport secretary")) {
            List<SentenceChoice.Scored> candidates = new ArrayList<>(List.of(
                    held("Transport Secretary Ann Lee spoke.", 2022), held("Transport Secretary Bob Roe spoke.", 2024)));

            assertThat(Title.keepHolders(question, candidates)).as(question).isTrue();

            assertThat(candidates).as(question).extracting(SentenceChoice.Scored::sentence)
                    .containsExactly("Transport Secretary Bob Roe spoke.");
        }
        // In the past tense without a year, every holder stays.
        List<SentenceChoice.Scored> candidates = new ArrayList<>(List.of(
                held("Transport Secretary Ann Lee spoke.", 2022), held("Transport Secretary Bob Roe spoke.", 2024)));
        assertThat(Title.keepHolders("who was the transport secretary", candidates)).isTrue();
        assertThat(candidates).hasSize(2);
    }

    @Test
    void should_find_the_holder_when_the_name_stands_before_the_title_in_apposition() {
        Title chairs = Title.asked("who were the co-chairs of the committee in 2021").orElseThrow();

        assertThat(chairs.heldIn("Dr Ann Lee and Dr Bob Roe, committee co-chairs, said no more strikes were planned."))
                .isTrue();
        assertThat(chairs.heldIn("Ann Lee, co-chair of the committee, spoke.")).isTrue();
        Title secretary = Title.asked("who is the general secretary").orElseThrow();
        assertThat(secretary.heldIn("Sam Patel, the general secretary, wrote to members.")).isTrue();
        assertThat(secretary.heldIn("Sam Patel, union general secretary, wrote to members.")).isTrue();
        // A quotation's end before "said the …" is no name in apposition.
        assertThat(secretary.heldIn("\"We will not back down,\" said the general secretary.")).isFalse();
        assertThat(secretary.heldIn("Talks failed, the general secretary said.")).isFalse();
    }

    @Test
    void should_read_any_word_for_a_leader_when_a_question_asks_for_the_head_of_a_body() {
        for (String question : List.of("whos the head of the union", "who is the leader of the union",
                "who's the boss of the union", "who is the chief of the union")) {
            Title title = Title.asked(question).orElseThrow();

            assertThat(title.heldIn("The chief of the Tenants Union (TU), Ann Lee, called a strike.")).as(question)
                    .isTrue();
            assertThat(title.heldIn("Union leader Ann Lee called a strike.")).as(question).isTrue();
            assertThat(title.heldIn("Ann Lee, the union's head, called a strike.")).as(question).isTrue();
            assertThat(title.heldIn("Bob Roe, head of the union, called a strike.")).as(question).isTrue();
            assertThat(title.heldIn("Union leaders said they would strike.")).as(question).isFalse();
            assertThat(title.mentionedIn("The headline was wrong.")).as(question).isFalse();
        }
    }

    @Test
    void should_name_the_union_chief_when_asked_for_its_head_in_other_words() {
        assertThat(sample.answerer(RetrievalMode.HYBRID).answer("whos the leader of the royal college of nursing")
                .answer()).contains("Cullen");
    }

    @Test
    void should_read_the_title_when_a_relative_clause_says_which_holder() {
        Title title = Title.asked("who is the treasurer that signed off the budget").orElseThrow();

        assertThat(title.mentionedIn("The treasurer signed off the budget.")).isTrue();
        assertThat(title.heldIn("The treasurer signed off the budget, Mr Jones said.")).isFalse();
        assertThat(Title.asked("who was the chair who resigned")).isPresent();
    }
}
