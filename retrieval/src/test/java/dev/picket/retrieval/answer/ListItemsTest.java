package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;

/** Lists of things the articles name: which nouns ask for them, and one sentence for each item. */
class ListItemsTest {

    private static ListItems items(String question) {
        return ListItems.of(ListQuestion.of(question).orElseThrow()).orElseThrow();
    }

    private static List<SentenceChoice.Scored> chosen(String question, String... sentences) {
        List<SentenceChoice.Scored> candidates = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            SearchHit hit = new SearchHit("a" + i + "#0", "a" + i, 0, "Talks", "Gazette", LocalDate.of(2024, 5, 1),
                    null, sentences[i], 1.0);
            candidates.add(new SentenceChoice.Scored(hit, sentences[i], QueryTerms.setOf(sentences[i]), 1.0 - i / 10.0));
        }
        return items(question).found(candidates, Names.none(), Scope.NHS).orElseThrow().choose(candidates, 3);
    }

    @Test
    void should_ask_for_named_things_when_the_noun_is_a_kind_of_body_or_of_workers() {
        assertThat(ListQuestion.of("which unions are involved").flatMap(ListItems::of)).isPresent();
        assertThat(ListQuestion.of("what outlets did she speak to").flatMap(ListItems::of)).isPresent();
        assertThat(ListQuestion.of("what groups of staff walked out").flatMap(ListItems::of)).isPresent();
        assertThat(ListQuestion.of("which hospitals were hit").flatMap(ListItems::of)).isEmpty();
        assertThat(ListQuestion.of("what groups of patients waited longest").flatMap(ListItems::of)).isEmpty();
    }

    @Test
    void should_quote_one_sentence_for_each_union_when_several_sentences_name_the_same() {
        List<SentenceChoice.Scored> chosen = chosen("which unions are striking",
                "The Fire Brigades Union (FBU) said its members would strike.",
                "The FBU will hold a second ballot in the spring.",
                "GMB leader Ann Lee said the strike would go ahead.",
                "The weather was cold on the picket line.");

        assertThat(chosen).extracting(SentenceChoice.Scored::sentence).containsExactly(
                "The Fire Brigades Union (FBU) said its members would strike.",
                "GMB leader Ann Lee said the strike would go ahead.");
    }

    @Test
    void should_quote_each_group_of_workers_that_struck_once() {
        List<SentenceChoice.Scored> chosen = chosen("what groups of workers have struck",
                "Both midwives and ambulance crews are set to stage walkouts this week.",
                "Midwives will strike again on Friday, the union confirmed today.",
                "Hospital porters went on strike for the first time in a decade.",
                "Porters in Leeds are paid less than elsewhere in the region.");

        assertThat(chosen).extracting(SentenceChoice.Scored::sentence).containsExactly(
                "Both midwives and ambulance crews are set to stage walkouts this week.",
                "Hospital porters went on strike for the first time in a decade.");
    }

    @Test
    void should_leave_out_the_subjects_own_staff_when_asked_for_the_other_sectors() {
        List<SentenceChoice.Scored> chosen = chosen("what other sectors walked out",
                "Nurses and paramedics are striking again this week over pay.",
                "Bus drivers, postal workers and driving examiners also staged walkouts.");

        assertThat(chosen).extracting(SentenceChoice.Scored::sentence)
                .containsExactly("Bus drivers, postal workers and driving examiners also staged walkouts.");
    }
}
