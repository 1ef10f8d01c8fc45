package dev.picket.retrieval.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.AnswerListener;
import dev.picket.retrieval.Citation;

/** Records a stream's events in order. */
class RecordingListener implements AnswerListener {

    final List<String> events = new ArrayList<>();
    final List<Citation> sources = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    final CompletableFuture<Answer> done = new CompletableFuture<>();

    @Override
    public synchronized void onSources(List<Citation> s) {
        events.add("sources");
        sources.addAll(s);
    }

    @Override
    public synchronized void onDelta(String delta) {
        events.add("delta");
        text.append(delta);
    }

    @Override
    public synchronized void onComplete(Answer answer) {
        events.add("complete");
        done.complete(answer);
    }

    @Override
    public synchronized void onError(Throwable error) {
        events.add("error");
        done.completeExceptionally(error);
    }
}
