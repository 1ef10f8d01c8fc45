package dev.picket.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import dev.picket.bot.index.KnowledgeBase;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.AnswerListener;
import dev.picket.retrieval.Citation;
import dev.picket.retrieval.StreamingAnswerer;
import org.junit.jupiter.api.Test;

class WhileIndexingTest {

    final KnowledgeBase knowledge = mock(KnowledgeBase.class);
    final List<String> asked = new CopyOnWriteArrayList<>();
    final StreamingAnswerer answerer = (question, listener) -> asked.add(question);
    final AtomicReference<Answer> answer = new AtomicReference<>();

    @Test
    void should_say_the_articles_are_still_being_indexed_with_the_progress_when_the_first_build_runs() {
        when(knowledge.isServing()).thenReturn(false);
        when(knowledge.stillIndexing()).thenReturn("The articles are still being indexed (2 of 5); please try again.");

        WhileIndexing.guard(knowledge, answerer).answer("Who struck?", listener());

        assertThat(asked).isEmpty();
        assertThat(answer.get().answer()).isEqualTo("The articles are still being indexed (2 of 5); please try again.");
        assertThat(answer.get().isHelp()).as("shown as said, not as an abstention").isTrue();
    }

    @Test
    void should_ask_the_answerer_when_the_index_serves() {
        when(knowledge.isServing()).thenReturn(true);

        WhileIndexing.guard(knowledge, answerer).answer("Who struck?", listener());

        assertThat(asked).containsExactly("Who struck?");
        assertThat(answer.get()).isNull();
    }

    private AnswerListener listener() {
        return new AnswerListener() {
            @Override
            public void onSources(List<Citation> sources) {
            }

            @Override
            public void onDelta(String text) {
            }

            @Override
            public void onComplete(Answer done) {
                answer.set(done);
            }

            @Override
            public void onError(Throwable error) {
                throw new AssertionError(error);
            }
        };
    }
}
