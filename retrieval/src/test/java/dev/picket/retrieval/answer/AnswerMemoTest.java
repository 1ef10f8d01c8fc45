package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.Citation;
import dev.picket.retrieval.Timings;
import org.junit.jupiter.api.Test;

class AnswerMemoTest {

    private static final Answer PORTERS = new Answer("Porters walked out on Monday.", true, Answer.EXTRACTIVE,
            List.<Citation>of(), new Timings(3, 4));

    @Test
    void should_give_the_same_answer_when_the_same_question_comes_back_under_one_generation() {
        AtomicLong generation = new AtomicLong(7);
        AnswerMemo memo = new AnswerMemo(generation::get, 4);
        assertThat(memo.find("when did porters strike", System.nanoTime())).isNull();
        memo.keep("when did porters strike", 7, PORTERS);

        Answer again = memo.find("when did porters strike", System.nanoTime());

        assertThat(again.answer()).isEqualTo(PORTERS.answer());
        assertThat(again.citations()).isEqualTo(PORTERS.citations());
        assertThat(again.answered()).isTrue();
    }

    @Test
    void should_forget_answers_when_the_index_serves_a_new_generation() {
        AtomicLong generation = new AtomicLong(7);
        AnswerMemo memo = new AnswerMemo(generation::get, 4);
        memo.find("when did porters strike", System.nanoTime());
        memo.keep("when did porters strike", 7, PORTERS);

        generation.set(8);

        assertThat(memo.find("when did porters strike", System.nanoTime())).isNull();
    }

    @Test
    void should_not_keep_an_answer_when_a_reload_came_between_reading_and_keeping_it() {
        AtomicLong generation = new AtomicLong(7);
        AnswerMemo memo = new AnswerMemo(generation::get, 4);
        memo.find("are cleaners striking", System.nanoTime());
        generation.set(8);
        memo.keep("are cleaners striking", 7, PORTERS);

        assertThat(memo.find("are cleaners striking", System.nanoTime())).isNull();
    }

    @Test
    void should_drop_the_least_recent_question_when_full() {
        AnswerMemo memo = new AnswerMemo(() -> 1, 2);
        for (String q : List.of("first question", "second question", "third question")) {
            memo.find(q, System.nanoTime());
            memo.keep(q, 1, PORTERS);
        }

        assertThat(memo.find("first question", System.nanoTime())).isNull();
        assertThat(memo.find("third question", System.nanoTime())).isNotNull();
    }

    @Test
    void should_tell_questions_apart_when_only_their_case_differs() {
        AnswerMemo memo = new AnswerMemo(() -> 1, 4);
        memo.find("who is Mr Green", System.nanoTime());
        memo.keep("who is Mr Green", 1, PORTERS);

        assertThat(memo.find("who is mr green", System.nanoTime())).isNull();
    }

    @Test
    void should_remember_nothing_when_made_with_none() {
        AnswerMemo memo = AnswerMemo.none();
        memo.find("any question", System.nanoTime());
        memo.keep("any question", memo.generation(), PORTERS);

        assertThat(memo.find("any question", System.nanoTime())).isNull();
    }
}
