package dev.picket.retrieval.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.Timings;
import dev.picket.retrieval.index.IndexStats;
import dev.picket.retrieval.index.PassageLookup;
import dev.picket.retrieval.index.QueryTerms;
import dev.picket.retrieval.search.QueryRetriever;
import dev.picket.retrieval.search.SearchQuery;

/**
 * The offline answerer: quotes the sentences of the top passages that best answer the question, each followed
 * by the {@code [n]} of its passage, or declines when no passage covers the question well enough.
 *
 * <p>A passage's evidence is the idf-weighted share of the question's terms it contains, blended with its
 * closeness in meaning when a {@link QuestionSimilarity} is set; a question's words count as present when a domain
 * equivalent is ({@link Equivalences}). How the sentences are chosen is {@link SentenceChoice}'s.
 */
public final class ExtractiveAnswerer implements Answerer {

    /**
     * The least idf-weighted share of the question's terms that one retrieved passage must contain, and the same
     * on fused evidence when a {@link QuestionSimilarity} is set. Calibrated on the dev and paraphrased sets
     * ({@code ExtractiveCalibrationTest} and the evaluation report print the margins on both sides).
     */
    static final double DEFAULT_MIN_EVIDENCE = 0.42;
    static final double DEFAULT_MIN_FUSED_EVIDENCE = 0.48;

    /**
     * How much of the terms a passage misses its closeness in meaning can make up for. Fused evidence is
     * {@code coverage + SEMANTIC_WEIGHT * semantic * (1 - coverage)}: shared words still count in full, and a
     * paraphrase earns credit only for meaning. Cosine alone cannot carry a question, as an on-topic question the
     * articles don't answer ("the pharmacists' strike") is as close in meaning as one they do.
     */
    static final double SEMANTIC_WEIGHT = 0.6;

    /** How many more passages a question about several things reads before keeping two of each article. */
    private static final int DEEPER = 4;

    private final QueryRetriever retriever;
    private final IndexStats stats;
    private final Digest digest;
    private final int passages;
    private final double minEvidence;
    private final QuestionSimilarity similarity;
    private final Equivalences equivalences;
    private final SentenceChoice choice;
    private final HitSelection selection;
    private final AnswerMemo memo;

    private ExtractiveAnswerer(Builder b) {
        this.retriever = QueryRetriever.of(Objects.requireNonNull(b.retriever, "retriever"));
        this.stats = Objects.requireNonNull(b.stats, "stats");
        this.passages = b.passages;
        this.similarity = b.similarity;
        this.equivalences = b.equivalences;
        this.choice = new SentenceChoice(b.maxSentences, b.neighbours, b.sentenceSimilarity, b.names, b.scope);
        this.digest = b.timeline == null ? null : new Digest(b.timeline, b.scope,
                words -> QuestionTerms.weigh(words, stats, equivalences), this::keyPoint);

        this.minEvidence = b.minEvidence != null ? b.minEvidence
                : similarity != null ? DEFAULT_MIN_FUSED_EVIDENCE : DEFAULT_MIN_EVIDENCE;
        this.selection = new HitSelection(minEvidence, b.scope, b.neighbours);
        this.memo = b.generation == null ? AnswerMemo.none() : new AnswerMemo(b.generation, AnswerMemo.DEFAULT_SIZE);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether a message is small talk ("hi", "what can you do"), which no source answers and no LLM need see. */
    public static boolean isSmallTalk(String message) {
        return QuestionKind.of(message) == QuestionKind.SMALL_TALK;
    }

    /**
     * Answers the way the question asks to be answered ({@link QuestionKind}): small talk with what the articles
     * cover; a request for an overview, or for news with no topic, from the timeline; anything else from the
     * sentences of the passages that cover it, or not at all.
     */
    @Override
    public Answer answer(String question) {
        long start = System.nanoTime();
        Answer remembered = memo.find(question, start);
        if (remembered != null) {
            return remembered;
        }
        long generation = memo.generation();
        return memo.keep(question, generation, answer(question, start));
    }

    private Answer answer(String question, long start) {
        String spelled = Typos.corrected(QuestionText.spelledOut(question), stats);
        QuestionKind kind = QuestionKind.ofSpelled(spelled);
        if (digest != null && kind == QuestionKind.SMALL_TALK) {
            return Answer.help(digest.help(), new Timings(0, Timings.millisSince(start)));
        }
        if (digest != null && (kind == QuestionKind.OVERVIEW || kind == QuestionKind.LATEST)) {
            String topic = QuestionKind.topicSpelled(spelled);
            if (kind == QuestionKind.OVERVIEW || QueryTerms.of(topic).isEmpty()) {
                Optional<AnswerText> text = kind == QuestionKind.OVERVIEW
                        ? digest.overview(topic, AskedSpan.of(spelled)) : digest.latest();
                double ms = Timings.millisSince(start);
                return text.map(t -> new Answer(t.text, true, Answer.EXTRACTIVE, t.citations, new Timings(ms, ms)))
                        .orElseGet(() -> Answer.abstain(Answer.EXTRACTIVE, new Timings(ms, ms)));
            }
        }
        Answer found = fromPassages(spelled, kind, start);
        if (!found.answered() && digest != null && kind == QuestionKind.LATEST
                && !ASKS_PARTICULAR.matcher(spelled).find()) {
            // "anything new from the nurses side": news no passage covers in the request's words is the newest
            // report about the side it names, or about the whole dispute ("any updates on the strike front").
            Optional<AnswerText> news = digest.latest(QuestionKind.topicSpelled(spelled));
            if (news.isPresent()) {
                double ms = Timings.millisSince(start);
                return new Answer(news.get().text, true, Answer.EXTRACTIVE, news.get().citations, new Timings(ms, ms));
            }
        }
        return found;
    }

    /** "how many days did the latest strike last" asks for a particular, not for the news. */
    private static final Pattern ASKS_PARTICULAR = Pattern.compile("\\b(?:who|whom|whose|when|where|why|which|how)\\b");

    /** The answer quoted from the sentences of the passages that cover the question, or a refusal. */
    private Answer fromPassages(String spelled, QuestionKind kind, long start) {
        Question q = Question.of(spelled, kind, stats, equivalences);
        Evidence evidence = evidence(q);
        double retrievalMs = Timings.millisSince(start);
        if (evidence.score() < minEvidence) {
            return Answer.abstain(Answer.EXTRACTIVE, new Timings(retrievalMs, Timings.millisSince(start)));
        }
        boolean current = q.current();
        Evidence newest = current ? selection.latestOnly(evidence) : evidence;
        List<SentenceChoice.Scored> chosen = choice.choose(q, newest);
        // "are more strikes planned": when the newest reports don't settle it, an older one that does, dated.
        if (kind == QuestionKind.YES_NO && newest != evidence
                && (chosen.isEmpty() || !kind.isAnsweredBy(chosen.getFirst().sentence()))) {
            chosen = choice.choose(q, evidence);
        }
        if (chosen.isEmpty()) {
            return Answer.abstain(Answer.EXTRACTIVE, new Timings(retrievalMs, Timings.millisSince(start)));
        }
        // "when did it happen" answered by "this week": the report's date says which week.
        AnswerText text = AnswerText.of(current || q.type() == AnswerType.DATE
                && AnswerType.datedByItsReport(chosen.getFirst().sentence()), chosen);
        return new Answer(text.text, true, Answer.EXTRACTIVE, text.citations,
                new Timings(retrievalMs, Timings.millisSince(start)));
    }

    /**
     * What a topic's part of the dispute is about, for its overview: the sentence that gives the side's demand
     * outright, or else the cause, found as the question "what do they want" about the topic would find it.
     */
    private Optional<SentenceChoice.Scored> keyPoint(String words) {
        Set<String> named = QueryTerms.setOf(words);
        for (QuestionKind kind : KEY_POINTS) {
            Question q = Question.of(words, kind, stats, equivalences);
            Evidence evidence = evidence(q);
            // The demand of the nurses is no key point of the doctors' dispute: the sentence names the topic.
            QuestionTerms topical = q.terms().only(named);
            if (evidence.score() >= minEvidence && !topical.isEmpty()) {
                for (SentenceChoice.Scored s : choice.choose(q, evidence)) {
                    if (kind.isPlainlyAnsweredBy(s.sentence()) && topical.coverage(s.terms()) > 0) {
                        return Optional.of(s);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static final List<QuestionKind> KEY_POINTS = List.of(QuestionKind.DEMAND, QuestionKind.CAUSE);

    /**
     * Retrieves the passages for a question and rates how well the best of them covers it, from 0 to 1.
     * Public so the calibration of the abstention threshold can be shown and tested.
     */
    public Evidence evidence(String question) {
        return evidence(Question.of(question, stats, equivalences));
    }

    /**
     * A question about several things, or a digest, reads deeper and keeps at most two passages
     * of each article, so one article can't fill the list. Only passages of picket's subject ({@link Scope}) are
     * rated, read from twice as deep, so a rail strike that shares the question's words can't take their places.
     * A question only another subject's articles cover ("when is the next rail strike") is declined: picket
     * answers about its subject, and a corpus that should answer about everything sets an empty scope.
     */
    private Evidence evidence(Question q) {
        QuestionKind kind = q.kind();
        int wanted = kind == QuestionKind.LIST ? passages * DEEPER : passages;
        List<SearchHit> found = retriever.retrieve(q.query(), selection.scoped() ? 2 * wanted : wanted);
        List<SearchHit> hits = top(selection.inScope(found), kind);
        // "which unions": the passages that name a union, whether or not they share the question's words.
        Optional<String> cues = q.listed().flatMap(ListItems::of).flatMap(ListItems::cues);
        if (cues.isPresent()) {
            List<SearchHit> named = retriever.retrieve(SearchQuery.of(cues.get() + " " + q.searched(), stats),
                    selection.scoped() ? 2 * wanted : wanted);
            hits = HitSelection.widened(hits, selection.inScope(named), passages);
        }
        return rate(q, hits);
    }

    private List<SearchHit> top(List<SearchHit> hits, QuestionKind kind) {
        return kind == QuestionKind.LIST ? HitSelection.perArticle(hits, passages)
                : hits.subList(0, Math.min(passages, hits.size()));
    }

    private Evidence rate(Question q, List<SearchHit> hits) {
        String question = q.searched();
        QuestionTerms terms = q.terms();
        List<Double> cosines = similarity == null ? null : similarity.similarity(q.query().meaning(), hits);
        double best = 0;
        List<Double> coverage = new ArrayList<>(hits.size());
        CompoundNames compounds = choice.compounds(question, hits);
        List<Double> fused = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            double c = choice.coverage(terms, hits.get(i), q.asksForParticulars(), compounds);
            double e = evidence(terms, c, cosines == null ? null : similarity.calibration().passage(cosines.get(i)));
            coverage.add(c);
            fused.add(e);
            best = Math.max(best, e);
        }
        return new Evidence(best, hits, coverage, fused, terms, question, compounds);
    }

    /**
     * A passage's evidence: its coverage of the question's terms, blended with its closeness in meaning when
     * known. A question with no content words at all ("???") has no evidence, however close a vector may be.
     *
     * @param semantic the passage's cosine as a share of full evidence, by the model's {@code Calibration}
     */
    static double evidence(QuestionTerms terms, double coverage, Double semantic) {
        if (terms.isEmpty()) {
            return 0;
        }
        return semantic == null ? coverage : coverage + SEMANTIC_WEIGHT * semantic * (1 - coverage);
    }

    /** The threshold this answerer declines below. */
    public double minEvidence() {
        return minEvidence;
    }

    /**
     * @param score    how well the best retrieved passage covers the question, from 0 to 1
     * @param hits     the retrieved passages, best first
     * @param coverage each hit's share of the question's terms, in the same order
     * @param fused    each hit's evidence: its coverage, blended with its similarity in meaning when known
     * @param searched the text the passages were searched with (the question's content)
     * @param compounds the names the question's words make in these hits, found once for rating and choosing;
     *                  null when the hits are a part of those they were found in, to be found again
     */
    public record Evidence(double score, List<SearchHit> hits, List<Double> coverage, List<Double> fused,
                           QuestionTerms terms, String searched, CompoundNames compounds) {

        public Evidence(double score, List<SearchHit> hits, List<Double> coverage, List<Double> fused,
                        QuestionTerms terms, String searched) {
            this(score, hits, coverage, fused, terms, searched, null);
        }
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
        private Timeline timeline;
        private Scope scope = Scope.everything();
        private Names names = Names.none();
        private LongSupplier generation;

        private Builder() {
        }

        /** Remembers the last answers ({@link AnswerMemo}) while the index serves the same generation. */
        public Builder memo(LongSupplier generation) {
            this.generation = generation;
            return this;
        }

        /** What a request for news or a summary with no topic of its own is about; every article by default. */
        public Builder scope(Scope scope) {
            this.scope = Objects.requireNonNull(scope, "scope");
            return this;
        }

        /** Answers overviews, news with no topic and small talk from the timeline; without it they are searched. */
        public Builder timeline(Timeline timeline) {
            this.timeline = timeline;
            return this;
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

        /** Tells people's names from titles and institutions by the articles' own words; months only by default. */
        public Builder names(Names names) {
            this.names = Objects.requireNonNull(names, "names");
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
