package dev.picket.retrieval;

import java.util.List;
import java.util.Objects;

import dev.picket.corpus.Abbreviations;
import dev.picket.retrieval.answer.EmbeddingSentenceSimilarity;
import dev.picket.retrieval.answer.EmbeddingSimilarity;
import dev.picket.retrieval.answer.Equivalences;
import dev.picket.retrieval.answer.ExtractiveAnswerer;
import dev.picket.retrieval.answer.Names;
import dev.picket.retrieval.answer.QuestionSimilarity;
import dev.picket.retrieval.answer.Scope;
import dev.picket.retrieval.answer.ScopedRetriever;
import dev.picket.retrieval.answer.SentenceSimilarity;
import dev.picket.retrieval.answer.Timeline;
import dev.picket.retrieval.embed.PassageEmbedder;
import dev.picket.retrieval.index.PassageIndex;
import dev.picket.retrieval.search.Bm25Retriever;
import dev.picket.retrieval.search.HybridRetriever;
import dev.picket.retrieval.search.NearDuplicateFilter;
import dev.picket.retrieval.search.RefinedRetriever;
import dev.picket.retrieval.search.TimePrior;
import dev.picket.retrieval.search.VectorRetriever;

/**
 * The offline stages for one index and retrieval mode, assembled in one place, as LangChain4j's
 * {@code DefaultRetrievalAugmentor} assembles its own. A question flows through them in this order:
 * <ol>
 *   <li>question to terms, once per answer ({@code search.SearchQuery}: analysed by {@code index.QueryTerms},
 *       misspellings corrected against the index's vocabulary, its time intent) and, in the vector modes, to an
 *       embedding ({@code embed});</li>
 *   <li>retrieve: BM25 over the terms, kNN over the embedding, or both fused by reciprocal rank
 *       ({@code search});</li>
 *   <li>refine: the time prior, then near-duplicate removal, the same in every mode ({@code search});</li>
 *   <li>answer: the extractive answerer quotes the best sentences, or abstains when no passage covers the
 *       question ({@code answer}); an LLM answerer ({@code llm}) can be put in front of it over the same
 *       retriever;</li>
 *   <li>citations: every quoted passage becomes a numbered {@link Citation}.</li>
 * </ol>
 * The timeline reads the same retriever and weighs relevance as the answerer does.
 */
public final class RetrievalPipeline {

    private final RetrievalMode mode;
    private final PassageRetriever retriever;
    private final ExtractiveAnswerer answerer;
    private final Timeline timeline;
    private final SentenceSimilarity sentenceSimilarity;
    private final PassageIndex index;
    private final PassageRetriever sources;

    private RetrievalPipeline(Builder b) {
        PassageIndex index = Objects.requireNonNull(b.index, "index");
        this.mode = Objects.requireNonNull(b.mode, "mode");
        PassageEmbedder embedder = b.embedder;
        PassageRetriever base = switch (mode) {
            case BM25 -> new Bm25Retriever(index);
            case VECTOR -> new VectorRetriever(index, embedder);
            case HYBRID -> HybridRetriever.builder().add(new Bm25Retriever(index))
                    .add(new VectorRetriever(index, embedder)).build();
        };
        // Modes differ only in how they find candidates: refiners and answering are shared.
        this.retriever = new RefinedRetriever(base, List.of(new TimePrior(), new NearDuplicateFilter(index)));
        QuestionSimilarity similarity = mode.needsVectors() ? new EmbeddingSimilarity(index, embedder) : null;
        this.timeline = new Timeline(index, retriever, similarity);
        // Reads hits' neighbours and matches domain equivalents and the abbreviations the served corpus defines;
        // with vectors the evidence blends term coverage with closeness in meaning (its own calibrated
        // threshold), and sentences are chosen by meaning too. Overviews, news with no topic and small talk are
        // answered from the timeline.
        ExtractiveAnswerer.Builder answering = ExtractiveAnswerer.builder().retriever(retriever).stats(index)
                .neighbours(index).equivalences(Equivalences.bundled().with(index::abbreviations))
                .timeline(timeline).scope(b.scope).names(Names.of(index)).memo(index::generation);
        this.sentenceSimilarity = similarity == null ? null : new EmbeddingSentenceSimilarity(embedder, index);
        this.answerer = (similarity == null ? answering : answering.similarity(similarity)
                .sentenceSimilarity(sentenceSimilarity)).build();
        this.index = index;
        this.sources = new ScopedRetriever(retriever, b.scope, index);
    }

    public static Builder builder() {
        return new Builder();
    }

    public RetrievalMode mode() {
        return mode;
    }

    /** The retriever of this mode, refined. */
    public PassageRetriever retriever() {
        return retriever;
    }

    /** {@link #retriever()} keeping only passages of picket's subject: the LLM's sources. */
    public PassageRetriever sources() {
        return sources;
    }

    /** The extractive answerer over {@link #retriever()}; also the LLM answerer's fallback. */
    public ExtractiveAnswerer answerer() {
        return answerer;
    }

    public Timeline timeline() {
        return timeline;
    }

    /** How close in meaning a sentence is to the sentences of passages; null without vectors (BM25). */
    public SentenceSimilarity sentenceSimilarity() {
        return sentenceSimilarity;
    }

    /** The abbreviations the served corpus defines, as of now: each reload replaces them. */
    public Abbreviations abbreviations() {
        return index.abbreviations();
    }

    public static final class Builder {
        private PassageIndex index;
        private PassageEmbedder embedder;
        private RetrievalMode mode = RetrievalMode.HYBRID;
        private Scope scope = Scope.NHS;

        private Builder() {
        }

        /** What "any news?" and "tl;dr" are about when they name nothing: NHS strikes unless told otherwise. */
        public Builder scope(Scope scope) {
            this.scope = scope;
            return this;
        }

        public Builder index(PassageIndex index) {
            this.index = index;
            return this;
        }

        /** The question embedder; unused, and may be null, for BM25. */
        public Builder embedder(PassageEmbedder embedder) {
            this.embedder = embedder;
            return this;
        }

        public Builder mode(RetrievalMode mode) {
            this.mode = mode;
            return this;
        }

        public RetrievalPipeline build() {
            return new RetrievalPipeline(this);
        }
    }
}
