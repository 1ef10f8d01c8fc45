package dev.picket.retrieval.answer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.picket.retrieval.answer.SentenceChoice.Scored;

/**
 * A "why" is answered by a cause and a "what do they want" by a demand: a sentence that only shares the
 * question's topic ("nurses are due to strike on the 15th") is no answer to either, however many of its words it
 * holds. So among the sentences near the best, those that give what the kind asks for come first.
 */
final class Cued {

    /** How far under the best a sentence that gives the kind's fact may score and still come before it. */
    static final double REACH = 0.7;

    private static final Map<QuestionKind, Object> FEATURES = new EnumMap<>(Map.of(
            QuestionKind.CAUSE, "cause stated outright", QuestionKind.DEMAND, "demand stated outright"));

    private Cued() {
    }

    /** The name a passage remembers this kind's test under ({@code PassageFeatures#has}). */
    static Object feature(QuestionKind kind) {
        return FEATURES.getOrDefault(kind, "");
    }

    /**
     * The best {@code n} candidates to weigh by meaning, and for a cause or a demand also those further down that
     * give it outright and are within {@link #REACH} of the best, up to {@code n} more: the sentence that gives the
     * cause in other words than the question's is the one weighing by meaning should find.
     *
     * @param candidates best first
     */
    static List<Scored> weighed(QuestionKind kind, List<Scored> candidates, int n, Predicate<Scored> cue) {
        if (candidates.size() <= n || kind != QuestionKind.CAUSE && kind != QuestionKind.DEMAND) {
            return candidates.subList(0, Math.min(n, candidates.size()));
        }
        List<Scored> out = new ArrayList<>(candidates.subList(0, n));
        double floor = REACH * candidates.getFirst().score();
        for (Scored c : candidates.subList(n, candidates.size())) {
            if (out.size() < 2 * n && c.score() >= floor && cue.test(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The candidates, best first, with those within {@link #REACH} of the best that answer the kind moved before
     * those that don't, each group in its order; as they were when the best answers it, or none do.
     */
    static List<Scored> first(QuestionKind kind, List<Scored> candidates, Predicate<Scored> cue) {
        if (kind != QuestionKind.CAUSE && kind != QuestionKind.DEMAND || candidates.isEmpty()
                || cue.test(candidates.getFirst())) {
            return candidates;
        }
        double floor = REACH * candidates.getFirst().score();
        List<Scored> cued = new ArrayList<>();
        List<Scored> rest = new ArrayList<>();
        for (Scored c : candidates) {
            (c.score() >= floor && cue.test(c) ? cued : rest).add(c);
        }
        if (cued.isEmpty()) {
            return candidates;
        }
        cued.addAll(rest);
        return cued;
    }
}
