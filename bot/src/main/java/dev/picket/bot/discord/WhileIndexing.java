package dev.picket.bot.discord;

import java.util.List;

import dev.picket.bot.index.KnowledgeBase;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.StreamingAnswerer;
import dev.picket.retrieval.Timings;

/**
 * While the first build runs the index holds nothing, and an answer would be an abstention that misleads: the
 * articles are there, just not searchable yet. A question is told that, with the progress, instead (the HTTP API
 * answers 503 with the same sentence).
 */
final class WhileIndexing {

    private WhileIndexing() {
    }

    static StreamingAnswerer guard(KnowledgeBase knowledge, StreamingAnswerer answerer) {
        return StreamingAnswerer.withHistory((question, history, listener) -> {
            if (knowledge.isServing()) {
                answerer.answer(question, history, listener);
                return;
            }
            Answer notYet = Answer.help(knowledge.stillIndexing(), new Timings(0, 0));
            listener.onSources(List.of());
            listener.onDelta(notYet.answer());
            listener.onComplete(notYet);
        });
    }
}
