package dev.picket.retrieval.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.answer.SentenceChoice.Scored;
import dev.picket.retrieval.search.TimeIntent;

/** Which of the ranked candidate sentences make the answer, and in what order. */
final class AnswerSentences {

    private static final double KEEP_RATIO = 0.7;
    private static final double MIN_GAIN = 0.1;
    static final int MIN_EXTRA_WORDS = 8;
    private static final double DUPLICATE_JACCARD = 0.6;

    private AnswerSentences() {
    }

    /**
     * The best sentence, then those that bring a part of the question the answer lacks so far, then the same
     * report's next best: what a report says beside its best sentence is the context a reader needs (the demand
     * after the walkout, the reason after the refusal), once the question's other parts are answered. A short
     * quote fragment ("Now is the time to get serious.") adds a word, not an answer.
     *
     * @param when the periods the question names when reports of them were found, none otherwise: a sentence of
     *             another report must then name the period
     */
    static List<Scored> best(TimeIntent when, ExtractiveAnswerer.Evidence evidence, List<Scored> candidates,
                             int maxSentences) {
        List<Scored> chosen = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        List<Scored> kept = candidates.isEmpty() ? List.of() : candidates.stream()
                .takeWhile(c -> c.score() >= KEEP_RATIO * candidates.getFirst().score()).toList();
        for (Scored c : kept) {
            boolean adds = chosen.isEmpty() || c.words() >= MIN_EXTRA_WORDS
                    && gain(evidence.terms(), covered, c.terms()) >= MIN_GAIN && inTime(when, c);
            if (chosen.size() < maxSentences && adds && isNew(chosen, c)) {
                chosen.add(c);
                covered.addAll(c.terms());
            }
        }
        for (Scored c : kept) {
            if (chosen.size() < maxSentences && c.words() >= MIN_EXTRA_WORDS && sameReport(chosen.getFirst(), c)
                    && !chosen.contains(c) && isNew(chosen, c)) {
                chosen.add(c);
            }
        }
        return chosen;
    }

    private static boolean isNew(List<Scored> chosen, Scored c) {
        return chosen.stream().noneMatch(s -> nearDuplicate(s.terms(), c.terms()));
    }

    private static boolean sameReport(Scored first, Scored c) {
        return first.hit().articleId().equals(c.hit().articleId());
    }

    /**
     * Whether a sentence may be added to an answer about the periods the question names, when articles of those
     * periods were found: one from an article of another time must name the period itself, or it answers about a
     * different year ("the co-chairs in 2024").
     */
    private static boolean inTime(TimeIntent when, Scored c) {
        return inTime(when, c.hit(), c.sentence());
    }

    static boolean inTime(TimeIntent when, SearchHit hit, String sentence) {
        if (when.periods().isEmpty() || hit.published() == null || when.inPeriod(hit.published())) {
            return true;
        }
        return when.periods().stream().anyMatch(p -> sentence.contains(String.valueOf(p.from().getYear())));
    }

    private static double gain(QuestionTerms question, Set<String> covered, Set<String> more) {
        return question.coverage(covered, more) - question.coverage(covered);
    }

    static boolean nearDuplicate(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b);
        }
        int common = 0;
        for (String t : a) {
            common += b.contains(t) ? 1 : 0;
        }
        return (double) common / (a.size() + b.size() - common) >= DUPLICATE_JACCARD;
    }
}
