package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.QueryTerms;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.OnSampleVectors;
import dev.picket.retrieval.RetrievalMode;
import org.junit.jupiter.api.Test;

/** Questions listing several things: the noun they list, the relation after it, and people by their title. */
class ListQuestionTest extends OnSampleVectors {

    @Test
    void should_read_the_plural_noun_when_a_question_asks_which() {
        assertThat(ListQuestion.of("which hospitals were hit").orElseThrow().noun()).isEqualTo("hospitals");
        assertThat(ListQuestion.of("what trade unions has he met").orElseThrow().noun()).isEqualTo("trade unions");
        assertThat(ListQuestion.of("how many transport secretaries were there").orElseThrow().noun())
                .isEqualTo("transport secretaries");
        assertThat(ListQuestion.of("when did it start")).isEmpty();
    }

    @Test
    void should_read_the_singular_noun_when_a_question_lists_every_or_each() {
        assertThat(ListQuestion.of("name every transport secretary mentioned").orElseThrow().noun())
                .isEqualTo("transport secretary");
        assertThat(ListQuestion.of("list each union involved").orElseThrow().noun()).isEqualTo("union");
        assertThat(ListQuestion.of("when did every nurse walk out")).isEmpty();
    }

    @Test
    void should_drop_relation_words_the_index_lacks_when_reading_a_list_question() {
        assertThat(ListQuestion.of("which unions are embroiled").orElseThrow().content(sample.index))
                .isEqualTo("unions are");
        assertThat(ListQuestion.of("which unions rejected offers").orElseThrow().content(sample.index))
                .isEqualTo("unions rejected offers");
    }

    @Test
    void should_pair_a_title_with_the_name_after_it_when_listing_people() {
        Matcher m = ListQuestion.of("which transport secretaries were there").orElseThrow().titled()
                .matcher("Talks stalled, said Transport Secretary Mark Harper on Friday.");

        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("Mark Harper");
        assertThat(ListQuestion.of("which transport secretaries were there").orElseThrow().titled()
                .matcher("The transport secretary met Mick Lynch.").find()).isFalse();
    }

    @Test
    void should_answer_a_list_when_its_relation_is_a_word_the_articles_never_use() {
        Answer answer = sample.answerer(RetrievalMode.HYBRID).answer("which unions are embroiled");

        assertThat(answer.answered()).isTrue();
    }

    @Test
    void should_name_each_title_holder_once_when_asked_to_list_people_by_title() {
        Answer answer = sample.answerer(RetrievalMode.HYBRID).answer("list the health secretaries");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).contains("Barclay").contains("Streeting");
    }

    @Test
    void should_pair_the_title_alone_with_a_name_when_no_sentence_writes_the_body_before_it() {
        for (String question : List.of("name the union co-chairs", "list the tenants union chairs",
                "which council leaders were there", "name the trust executives")) {
            ListQuestion list = ListQuestion.of(question).orElseThrow();
            String title = list.noun().substring(list.noun().lastIndexOf(' ') + 1);
            String sentence = "In a letter to the committee " + title + " Dr Ann Lee and Bob Roe, he said so.";
            List<SentenceChoice.Scored> candidates = List.of(scored(sentence));

            Matcher m = list.titled(candidates).matcher(sentence);

            assertThat(m.find()).as(question).isTrue();
            assertThat(m.group(1)).as(question).isEqualTo("Ann Lee");
        }
        // Where a sentence writes the whole noun, only the whole noun pairs.
        ListQuestion secretaries = ListQuestion.of("which transport secretaries were there").orElseThrow();
        String whole = "Transport Secretary Mark Harper spoke.";
        assertThat(secretaries.titled(List.of(scored(whole), scored("Home Secretary Ann Lee spoke.")))
                .matcher("Home Secretary Ann Lee spoke.").find()).isFalse();
    }

    private static SentenceChoice.Scored scored(String sentence) {
        SearchHit hit = new dev.picket.retrieval.SearchHit("a#0", "a", 0, "Talks", "Gazette",
                LocalDate.of(2024, 5, 1), null, sentence, 1.0);
        return new SentenceChoice.Scored(hit, sentence, QueryTerms.setOf(sentence), 1.0);
    }

    @Test
    void should_name_the_co_chairs_when_a_list_names_their_body_before_the_title() {
        Answer answer = sample.answerer(RetrievalMode.HYBRID).answer("name the bma co-chairs");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).containsAnyOf("Nieuwoudt", "Trivedi");
    }

    @Test
    void should_read_the_noun_when_a_list_asks_for_all_the_things() {
        assertThat(ListQuestion.of("name all the transport secretaries").orElseThrow().noun())
                .isEqualTo("transport secretaries");
        assertThat(ListQuestion.of("list all of the unions").orElseThrow().noun()).isEqualTo("unions");
    }

    @Test
    void should_name_the_unions_of_every_article_when_asked_which_unions() {
        for (String question : List.of("name the unions", "which unions are striking")) {
            Answer answer = sample.answerer(RetrievalMode.HYBRID).answer(question);

            assertThat(answer.answer()).as(question).contains("BMA").containsAnyOf("RCN", "Royal College of Nursing");
        }
    }

    @Test
    void should_name_only_the_unions_of_passages_naming_whom_the_question_names() {
        Answer answer = sample.answerer(RetrievalMode.HYBRID).answer("which unions did barclay talk to");

        assertThat(answer.answer()).containsAnyOf("RCN", "Royal College of Nursing", "Unite").doesNotContain("BMA");
    }

    @Test
    void should_name_each_group_of_staff_that_struck_when_asked_what_kinds_walked_out() {
        Answer answer = sample.answerer(RetrievalMode.HYBRID).answer("what kinds of staff went on strike");

        assertThat(answer.answer()).contains("nurses").contains("doctors");
    }

    @Test
    void should_name_the_other_sectors_when_a_list_asks_beyond_the_subjects_own_staff() {
        Answer answer = sample.answerer(RetrievalMode.HYBRID).answer("which other groups of workers struck that week");

        assertThat(answer.answer()).contains("rail workers");
    }

    @Test
    void should_name_the_outlets_someone_spoke_to_when_asked_which_broadcasters() {
        Answer answer = sample.answerer(RetrievalMode.HYBRID).answer("which broadcasters did barclay speak to");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).contains("Sky News");
    }

    @Test
    void should_name_each_holder_when_chat_shortens_the_title() {
        Answer answer = sample.answerer(RetrievalMode.HYBRID).answer("list the health secs");

        assertThat(answer.answer()).contains("Barclay").contains("Streeting");
    }
}
