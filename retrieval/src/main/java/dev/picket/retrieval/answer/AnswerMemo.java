package dev.picket.retrieval.answer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.Timings;

/**
 * The last few answers, by the question's exact text, for as long as the index generation they were read from
 * is served. A chat asks the same thing again and again ("is there a strike tomorrow"), and an extractive answer
 * depends only on the question and what the index holds, never on the time of day; a reload makes a new
 * generation and so forgets them all. Small, so a stream of distinct questions passes through it for the cost
 * of one lookup. Each answerer has its own, so one mode never answers for another.
 */
final class AnswerMemo {

    /** Enough for a channel's current questions; far fewer than a stream of new questions passes through. */
    static final int DEFAULT_SIZE = 64;

    private final LongSupplier generation;
    private final Map<String, Answer> answers;
    private long remembered = Long.MIN_VALUE;

    /** @param generation the served index's generation, which every remembered answer was read from */
    AnswerMemo(LongSupplier generation, int size) {
        this.generation = generation;
        this.answers = new LinkedHashMap<>(2 * size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
                return size() > size;
            }
        };
    }

    /** A memo that remembers nothing, for an answerer whose index may change without a generation. */
    static AnswerMemo none() {
        return new AnswerMemo(() -> 0, 0);
    }

    /**
     * The answer remembered for the question under the current generation, timed as this lookup; null when
     * there is none.
     */
    Answer find(String question, long startNanos) {
        long now = generation.getAsLong();
        Answer found;
        synchronized (answers) {
            if (now != remembered) {
                answers.clear();
                remembered = now;
            }
            found = answers.get(question);
        }
        if (found == null) {
            return null;
        }
        double ms = Timings.millisSince(startNanos);
        return new Answer(found.answer(), found.answered(), found.mode(), found.citations(), new Timings(ms, ms),
                found.fallbackReason(), found.unsupported(), found.searchedFor());
    }

    /**
     * Remembers an answer read under {@code readFrom}; one read while a reload was being served is dropped, as
     * it may mix two generations.
     */
    Answer keep(String question, long readFrom, Answer answer) {
        synchronized (answers) {
            if (readFrom == remembered && generation.getAsLong() == readFrom) {
                answers.put(question, answer);
            }
        }
        return answer;
    }

    /** The generation being served now, to pass to {@link #keep} once the answer is read. */
    long generation() {
        return generation.getAsLong();
    }
}
