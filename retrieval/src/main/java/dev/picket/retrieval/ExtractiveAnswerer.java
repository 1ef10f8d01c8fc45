package dev.picket.retrieval;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.picket.corpus.Sentences;

/**
 * The offline answerer: quotes the sentences of the top passages that best answer the question, each followed
 * by the {@code [n]} of its passage, or declines when no passage covers the question well enough.
 *
 * <p>A sentence's score is the idf-weighted share of the question's terms it contains, plus a share for its
 * passage's coverage, plus a bonus when it holds the kind of fact asked for, minus a little per rank of its
 * passage. Near-duplicates of a chosen sentence are skipped.
 */
public final class ExtractiveAnswerer implements Answerer {

    /**
     * The least idf-weighted share of the question's terms that one retrieved passage must contain. Calibrated
     * on the dev set ({@code ExtractiveCalibrationTest} prints the margins on both sides).
     */
    public static final double DEFAULT_MIN_EVIDENCE = 0.42;

    private static final double PASSAGE_WEIGHT = 0.35;
    private static final double TYPE_BONUS = 0.25;
    private static final double RANK_PENALTY = 0.04;
    private static final double KEEP_RATIO = 0.7;
    private static final double MIN_GAIN = 0.1;
    private static final int MIN_EXTRA_WORDS = 8;
    private static final double DUPLICATE_JACCARD = 0.6;

    private static final Map<LocalDate, Set<String>> DATE_TERMS = new ConcurrentHashMap<>();

    private final PassageRetriever retriever;
    private final IndexStats stats;
    private final int passages;
    private final int maxSentences;
    private final double minEvidence;

    private ExtractiveAnswerer(Builder b) {
        this.retriever = Objects.requireNonNull(b.retriever, "retriever");
        this.stats = Objects.requireNonNull(b.stats, "stats");
        this.passages = b.passages;
        this.maxSentences = b.maxSentences;
        this.minEvidence = b.minEvidence;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Answer answer(String question) {
        long start = System.nanoTime();
        Evidence evidence = evidence(question);
        double retrievalMs = Timings.millisSince(start);
        if (evidence.score() < minEvidence) {
            return Answer.abstain(Answer.EXTRACTIVE, new Timings(retrievalMs, Timings.millisSince(start)));
        }
        List<Scored> chosen = choose(evidence, AnswerType.of(question));
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Scored s : chosen) {
            int n = numbers.computeIfAbsent(s.hit().passageId(), id -> {
                citations.add(Citation.of(numbers.size() + 1, s.hit()));
                return numbers.size() + 1;
            });
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(s.sentence()).append(" [").append(n).append(']');
        }
        return new Answer(text.toString(), true, Answer.EXTRACTIVE, citations,
                new Timings(retrievalMs, Timings.millisSince(start)));
    }

    /**
     * Retrieves the passages for a question and rates how well the best of them covers it, from 0 to 1.
     * Public so the calibration of the abstention threshold can be shown and tested.
     */
    public Evidence evidence(String question) {
        List<SearchHit> hits = retriever.retrieve(question, passages);
        QuestionTerms terms = QuestionTerms.weigh(question, stats);
        double best = 0;
        List<Double> coverage = new ArrayList<>(hits.size());
        for (SearchHit hit : hits) {
            double c = terms.coverage(withDate(QueryTerms.setOf(hit.title() + "\n" + hit.text()), hit));
            coverage.add(c);
            best = Math.max(best, c);
        }
        return new Evidence(best, hits, coverage, terms);
    }

    private List<Scored> choose(Evidence evidence, AnswerType type) {
        List<Scored> candidates = new ArrayList<>();
        for (int rank = 0; rank < evidence.hits().size(); rank++) {
            SearchHit hit = evidence.hits().get(rank);
            double passageCoverage = evidence.coverage().get(rank);
            for (String paragraph : hit.text().split("\\n\\s*\\n")) {
                for (String sentence : Sentences.split(paragraph)) {
                    Set<String> sentenceTerms = withDate(QueryTerms.setOf(sentence), hit);
                    double score = evidence.terms().coverage(sentenceTerms)
                            + PASSAGE_WEIGHT * passageCoverage
                            + (type != AnswerType.OTHER && type.isAnsweredBy(sentence) ? TYPE_BONUS : 0)
                            - RANK_PENALTY * rank;
                    candidates.add(new Scored(hit, sentence, sentenceTerms, score));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Scored> chosen = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (Scored c : candidates) {
            if (chosen.size() == maxSentences || (!chosen.isEmpty() && c.score() < KEEP_RATIO * chosen.get(0).score())) {
                break;
            }
            // After the best sentence, another one must bring a part of the question the answer lacks so far.
            // A short quote fragment ("Now is the time to get serious.") adds a word, not an answer.
            boolean adds = chosen.isEmpty()
                    || (gain(evidence.terms(), covered, c.terms()) >= MIN_GAIN && c.words() >= MIN_EXTRA_WORDS);
            if (adds && chosen.stream().noneMatch(s -> nearDuplicate(s.terms(), c.terms()))) {
                chosen.add(c);
                covered.addAll(c.terms());
            }
        }
        return chosen;
    }

    private static double gain(QuestionTerms question, Set<String> covered, Set<String> more) {
        Set<String> union = new HashSet<>(covered);
        union.addAll(more);
        return question.coverage(union) - question.coverage(covered);
    }

    /**
     * Adds the month and year the passage's article was published, so "in December 2022" is matched by a
     * report from that month even when its text only says "on Thursday".
     */
    private static Set<String> withDate(Set<String> terms, SearchHit hit) {
        if (hit.published() == null) {
            return terms;
        }
        Set<String> out = new HashSet<>(terms);
        out.addAll(DATE_TERMS.computeIfAbsent(hit.published().withDayOfMonth(1), month -> QueryTerms.setOf(
                month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear())));
        return out;
    }

    private static boolean nearDuplicate(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b);
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size()) >= DUPLICATE_JACCARD;
    }

    private record Scored(SearchHit hit, String sentence, Set<String> terms, double score) {

        int words() {
            return sentence.split("\\s+").length;
        }
    }

    /**
     * @param score    how well the best retrieved passage covers the question, from 0 to 1
     * @param hits     the retrieved passages, best first
     * @param coverage each hit's coverage, in the same order
     */
    public record Evidence(double score, List<SearchHit> hits, List<Double> coverage, QuestionTerms terms) {
    }

    public static final class Builder {
        private PassageRetriever retriever;
        private IndexStats stats;
        private int passages = 5;
        private int maxSentences = 3;
        private double minEvidence = DEFAULT_MIN_EVIDENCE;

        private Builder() {
        }

        public Builder retriever(PassageRetriever retriever) {
            this.retriever = retriever;
            return this;
        }

        public Builder stats(IndexStats stats) {
            this.stats = stats;
            return this;
        }

        /** How many top passages to take sentences from. */
        public Builder passages(int passages) {
            if (passages < 1) {
                throw new IllegalArgumentException("passages must be at least 1");
            }
            this.passages = passages;
            return this;
        }

        /** The most sentences in an answer, from 1 to 4. */
        public Builder maxSentences(int maxSentences) {
            if (maxSentences < 1 || maxSentences > 4) {
                throw new IllegalArgumentException("maxSentences must be from 1 to 4");
            }
            this.maxSentences = maxSentences;
            return this;
        }

        public Builder minEvidence(double minEvidence) {
            if (minEvidence < 0 || minEvidence > 1) {
                throw new IllegalArgumentException("minEvidence must be from 0 to 1");
            }
            this.minEvidence = minEvidence;
            return this;
        }

        public ExtractiveAnswerer build() {
            return new ExtractiveAnswerer(this);
        }
    }
}
