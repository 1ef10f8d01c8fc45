package dev.picket.retrieval.answer;

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

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.Citation;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.Timings;
import dev.picket.retrieval.index.IndexStats;
import dev.picket.retrieval.index.PassageLookup;
import dev.picket.retrieval.index.PassageSentences;
import dev.picket.retrieval.index.QueryTerms;
import dev.picket.retrieval.search.TimeIntent;

/**
 * The offline answerer: quotes the sentences of the top passages that best answer the question, each followed
 * by the {@code [n]} of its passage, or declines when no passage covers the question well enough.
 *
 * <p>A sentence's score is the idf-weighted share of the question's terms it contains, plus a share for its
 * passage's coverage, plus a bonus when it holds the kind of fact asked for, plus its closeness in meaning to
 * the question when a {@link SentenceSimilarity} is set, minus a little per rank of its passage. A question's
 * words count as present when a domain equivalent is ({@link Equivalences}). Near-duplicates of a chosen
 * sentence are skipped.
 */
public final class ExtractiveAnswerer implements Answerer {

    /**
     * The least idf-weighted share of the question's terms that one retrieved passage must contain. Calibrated
     * on the dev set ({@code ExtractiveCalibrationTest} prints the margins on both sides).
     */
    public static final double DEFAULT_MIN_EVIDENCE = 0.42;

    /**
     * The same threshold on fused evidence, when a {@link QuestionSimilarity} is set. Calibrated on the dev set
     * and the paraphrased set; the evaluation report prints the margins on both sides.
     */
    public static final double DEFAULT_MIN_FUSED_EVIDENCE = 0.48;

    /**
     * How much of the terms a passage misses its closeness in meaning can make up for. Fused evidence is
     * {@code coverage + SEMANTIC_WEIGHT * semantic * (1 - coverage)}: shared words still count in full, and a
     * paraphrase earns credit only for meaning. Cosine alone cannot carry a question, as an on-topic question the
     * articles don't answer ("the pharmacists' strike") is as close in meaning as one they do.
     */
    static final double SEMANTIC_WEIGHT = 0.6;
    /** Cosines at or below this say nothing: unrelated and loosely related news both land below it with MiniLM... */
    static final double COSINE_FLOOR = 0.4;
    /** ...and at or above this count as full semantic evidence. */
    static final double COSINE_CEILING = 0.6;
    /** Neighbours of this many top hits are read too, so a sentence split from its context is not lost. */
    private static final int NEIGHBOUR_HITS = 2;
    private static final double NEIGHBOUR_PENALTY = 0.1;

    private static final double PASSAGE_WEIGHT = 0.35;
    private static final double TYPE_BONUS = 0.25;
    private static final double RANK_PENALTY = 0.04;
    private static final double KEEP_RATIO = 0.7;
    private static final double MIN_GAIN = 0.1;
    private static final int MIN_EXTRA_WORDS = 8;
    private static final double DUPLICATE_JACCARD = 0.6;

    /** How much a sentence's closeness in meaning to the question adds to its words' share. */
    static final double SENTENCE_MEANING_WEIGHT = 0.3;
    /**
     * Only the sentences that best match the question's words are weighed by meaning too: the answer is among
     * them, and embedding the rest would cost more than the question.
     */
    private static final int MEANING_CANDIDATES = 8;
    /** Sentence cosines at or below this say nothing... */
    static final double SENTENCE_COSINE_FLOOR = 0.3;
    /** ...and at or above this count in full. */
    static final double SENTENCE_COSINE_CEILING = 0.7;

    private static final Map<LocalDate, Set<String>> DATE_TERMS = new ConcurrentHashMap<>();

    private final PassageRetriever retriever;
    private final IndexStats stats;
    private final int passages;
    private final int maxSentences;
    private final double minEvidence;
    private final QuestionSimilarity similarity;
    private final PassageLookup neighbours;
    private final SentenceSimilarity sentenceSimilarity;
    private final Equivalences equivalences;

    private ExtractiveAnswerer(Builder b) {
        this.retriever = Objects.requireNonNull(b.retriever, "retriever");
        this.stats = Objects.requireNonNull(b.stats, "stats");
        this.passages = b.passages;
        this.maxSentences = b.maxSentences;
        this.similarity = b.similarity;
        this.neighbours = b.neighbours;
        this.sentenceSimilarity = b.sentenceSimilarity;
        this.equivalences = b.equivalences;
        this.minEvidence = b.minEvidence != null ? b.minEvidence
                : similarity != null ? DEFAULT_MIN_FUSED_EVIDENCE : DEFAULT_MIN_EVIDENCE;
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
        if (TimeIntent.of(question).recent()) {
            evidence = latestOnly(evidence);
        }
        List<Scored> chosen = choose(question, evidence, AnswerType.of(question));
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String asOf = asOf(question, chosen);
        for (Scored s : chosen) {
            int n = numbers.computeIfAbsent(s.hit().passageId(), id -> {
                citations.add(Citation.of(numbers.size() + 1, s.hit()));
                return numbers.size() + 1;
            });
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(text.isEmpty() ? asOf + decapitalised(s.sentence(), !asOf.isEmpty()) : s.sentence())
                    .append(" [").append(n).append(']');
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
        QuestionTerms terms = QuestionTerms.weigh(question, stats, equivalences);
        List<Double> cosines = similarity == null ? null : similarity.similarity(question, hits);
        double best = 0;
        List<Double> coverage = new ArrayList<>(hits.size());
        List<Double> fused = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            double c = coverage(terms, hits.get(i));
            double e = evidence(terms, c, cosines == null ? null : cosines.get(i));
            coverage.add(c);
            fused.add(e);
            best = Math.max(best, e);
        }
        return new Evidence(best, hits, coverage, fused, terms);
    }

    /**
     * For a question about the present, only the most recent articles that cover it well enough may be quoted:
     * an older source that matches the words better would answer with how things were.
     */
    private Evidence latestOnly(Evidence evidence) {
        LocalDate latest = null;
        for (int i = 0; i < evidence.hits().size(); i++) {
            LocalDate d = evidence.hits().get(i).published();
            if (d != null && evidence.fused().get(i) >= minEvidence && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        if (latest == null) {
            return evidence;
        }
        List<SearchHit> hits = new ArrayList<>();
        List<Double> coverage = new ArrayList<>();
        List<Double> fused = new ArrayList<>();
        for (int i = 0; i < evidence.hits().size(); i++) {
            if (latest.equals(evidence.hits().get(i).published())) {
                hits.add(evidence.hits().get(i));
                coverage.add(evidence.coverage().get(i));
                fused.add(evidence.fused().get(i));
            }
        }
        return new Evidence(evidence.score(), hits, coverage, fused, evidence.terms());
    }

    private static double coverage(QuestionTerms terms, SearchHit hit) {
        return terms.coverage(withDate(QueryTerms.setOf(hit.title() + "\n" + hit.text()), hit));
    }

    /**
     * A passage's evidence: its coverage of the question's terms, blended with its closeness in meaning when
     * known. A question with no content words at all ("???") has no evidence, however close a vector may be.
     */
    static double evidence(QuestionTerms terms, double coverage, Double cosine) {
        if (terms.isEmpty()) {
            return 0;
        }
        return cosine == null ? coverage : fuse(coverage, cosine);
    }

    private static double fuse(double coverage, double cosine) {
        double semantic = Math.clamp((cosine - COSINE_FLOOR) / (COSINE_CEILING - COSINE_FLOOR), 0.0, 1.0);
        return coverage + SEMANTIC_WEIGHT * semantic * (1 - coverage);
    }

    /** The threshold this answerer declines below. */
    public double minEvidence() {
        return minEvidence;
    }

    /**
     * "As of July 2025, " when the question asks about the present, so a reader knows how old the news is.
     */
    private static String asOf(String question, List<Scored> chosen) {
        if (chosen.isEmpty() || !TimeIntent.of(question).recent() || chosen.getFirst().hit().published() == null) {
            return "";
        }
        LocalDate d = chosen.getFirst().hit().published();
        return "As of " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + d.getYear() + ", ";
    }

    /** Opening words that take a lower case after "As of July 2025, "; names and acronyms keep theirs. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "It", "This", "That", "There",
            "They", "These", "Those", "He", "She", "We", "In", "On", "At", "For", "But", "And", "However",
            "Meanwhile", "Earlier", "Both", "Its", "Their", "Now", "After", "Before", "When", "While");

    private static String decapitalised(String sentence, boolean after) {
        if (!after) {
            return sentence;
        }
        int space = sentence.indexOf(' ');
        String first = space < 0 ? sentence : sentence.substring(0, space);
        return SENTENCE_OPENERS.contains(first)
                ? Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1) : sentence;
    }

    /** The passages next to the top hits that are not hits themselves, each with the rank of its hit. */
    private List<Map.Entry<Integer, SearchHit>> neighbours(List<SearchHit> hits) {
        if (neighbours == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        hits.forEach(h -> seen.add(h.passageId()));
        List<Map.Entry<Integer, SearchHit>> out = new ArrayList<>();
        for (int rank = 0; rank < Math.min(NEIGHBOUR_HITS, hits.size()); rank++) {
            SearchHit hit = hits.get(rank);
            for (int ordinal : new int[] {hit.ordinal() - 1, hit.ordinal() + 1}) {
                if (ordinal >= 0) {
                    int r = rank;
                    neighbours.passage(hit.articleId(), ordinal).filter(n -> seen.add(n.passageId()))
                            .ifPresent(n -> out.add(Map.entry(r, n)));
                }
            }
        }
        return out;
    }

    private List<Scored> choose(String question, Evidence evidence, AnswerType type) {
        List<Scored> candidates = new ArrayList<>();
        for (int rank = 0; rank < evidence.hits().size(); rank++) {
            addSentences(candidates, evidence, type, evidence.hits().get(rank), evidence.fused().get(rank),
                    RANK_PENALTY * rank);
        }
        for (var n : neighbours(evidence.hits())) {
            addSentences(candidates, evidence, type, n.getValue(), coverage(evidence.terms(), n.getValue()),
                    RANK_PENALTY * n.getKey() + NEIGHBOUR_PENALTY);
        }
        candidates.sort(Comparator.comparingDouble(Scored::score).reversed());
        if (sentenceSimilarity != null && !candidates.isEmpty()) {
            candidates = byMeaning(question, candidates.subList(0, Math.min(MEANING_CANDIDATES, candidates.size())));
            candidates.sort(Comparator.comparingDouble(Scored::score).reversed());
        }
        List<Scored> chosen = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        TimeIntent when = TimeIntent.of(question);
        boolean dated = evidence.hits().stream().anyMatch(h -> when.inPeriod(h.published()));
        for (Scored c : candidates) {
            if (chosen.size() == maxSentences || (!chosen.isEmpty() && c.score() < KEEP_RATIO * chosen.get(0).score())) {
                break;
            }
            // After the best sentence, another one must bring a part of the question the answer lacks so far.
            // A short quote fragment ("Now is the time to get serious.") adds a word, not an answer.
            boolean adds = chosen.isEmpty()
                    || (gain(evidence.terms(), covered, c.terms()) >= MIN_GAIN && c.words() >= MIN_EXTRA_WORDS
                    && (!dated || inTime(when, c)));
            if (adds && chosen.stream().noneMatch(s -> nearDuplicate(s.terms(), c.terms()))) {
                chosen.add(c);
                covered.addAll(c.terms());
            }
        }
        return chosen;
    }

    /** Adds each sentence's closeness in meaning to its score, so the sentence that answers in other words wins. */
    private List<Scored> byMeaning(String question, List<Scored> candidates) {
        List<Double> cosines = sentenceSimilarity.similarity(question,
                candidates.stream().map(Scored::hit).distinct().toList(),
                candidates.stream().map(Scored::sentence).toList());
        List<Scored> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Scored c = candidates.get(i);
            double semantic = Math.clamp((cosines.get(i) - SENTENCE_COSINE_FLOOR)
                    / (SENTENCE_COSINE_CEILING - SENTENCE_COSINE_FLOOR), 0.0, 1.0);
            out.add(new Scored(c.hit(), c.sentence(), c.terms(), c.score() + SENTENCE_MEANING_WEIGHT * semantic));
        }
        return out;
    }

    /**
     * Whether a sentence may be added to an answer about the periods the question names, when articles of those
     * periods were found: one from an article of another time must name the period itself, or it answers about a
     * different year ("the co-chairs in 2024").
     */
    private static boolean inTime(TimeIntent when, Scored c) {
        if (when.periods().isEmpty() || c.hit().published() == null || when.inPeriod(c.hit().published())) {
            return true;
        }
        return when.periods().stream().anyMatch(p -> c.sentence().contains(String.valueOf(p.from().getYear())));
    }

    private static void addSentences(List<Scored> candidates, Evidence evidence, AnswerType type, SearchHit hit,
                                     double passageCoverage, double penalty) {
        for (String sentence : PassageSentences.of(hit.text())) {
            Set<String> sentenceTerms = withDate(QueryTerms.setOf(sentence), hit);
            double score = evidence.terms().coverage(sentenceTerms)
                    + PASSAGE_WEIGHT * passageCoverage
                    + (type != AnswerType.OTHER && type.isAnsweredBy(sentence) ? TYPE_BONUS : 0)
                    - penalty;
            candidates.add(new Scored(hit, sentence, sentenceTerms, score));
        }
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
     * @param coverage each hit's share of the question's terms, in the same order
     * @param fused    each hit's evidence: its coverage, blended with its similarity in meaning when known
     */
    public record Evidence(double score, List<SearchHit> hits, List<Double> coverage, List<Double> fused,
                           QuestionTerms terms) {
    }

    public static final class Builder {
        private PassageRetriever retriever;
        private IndexStats stats;
        private int passages = 5;
        private int maxSentences = 3;
        private Double minEvidence;
        private QuestionSimilarity similarity;
        private PassageLookup neighbours;
        private SentenceSimilarity sentenceSimilarity;
        private Equivalences equivalences = Equivalences.none();

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

        /** Blends closeness in meaning into the evidence; the default threshold becomes the fused one. */
        public Builder similarity(QuestionSimilarity similarity) {
            this.similarity = similarity;
            return this;
        }

        /** Lets the answerer read the passages next to its top hits. */
        public Builder neighbours(PassageLookup neighbours) {
            this.neighbours = neighbours;
            return this;
        }

        /** Weighs each candidate sentence's closeness in meaning to the question when choosing what to quote. */
        public Builder sentenceSimilarity(SentenceSimilarity sentenceSimilarity) {
            this.sentenceSimilarity = sentenceSimilarity;
            return this;
        }

        /** Lets a question's words be matched by their domain equivalents in the passages. */
        public Builder equivalences(Equivalences equivalences) {
            this.equivalences = Objects.requireNonNull(equivalences, "equivalences");
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
