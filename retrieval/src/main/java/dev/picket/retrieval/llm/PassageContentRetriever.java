package dev.picket.retrieval.llm;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.SearchHit;

/**
 * LangChain4j's view of picket's passage search: each retrieved passage becomes a {@link Content} whose
 * metadata carries what a citation needs, so the answer's sources can be rebuilt from the contents alone.
 */
public final class PassageContentRetriever implements ContentRetriever {

    static final String PASSAGE_ID = "passage_id";
    static final String ARTICLE_ID = "article_id";
    static final String ORDINAL = "ordinal";
    static final String TITLE = "title";
    static final String SOURCE = "source";
    static final String PUBLISHED = "published";
    static final String URL = "url";
    static final String SCORE = "score";

    private final PassageRetriever retriever;
    private final int maxResults;
    private final ContextWindow window;

    private PassageContentRetriever(Builder b) {
        this.retriever = Objects.requireNonNull(b.retriever, "retriever");
        this.maxResults = b.maxResults;
        this.window = b.maxContextTokens == 0 ? null
                : new ContextWindow(retriever, b.maxResults, b.broadResults, b.maxContextTokens);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<Content> retrieve(Query query) {
        return sources(query.text()).stream().map(PassageContentRetriever::content).toList();
    }

    /** The passages the model is given for a question, as sources (merged neighbours are one). */
    public List<SearchHit> sources(String question) {
        return window == null ? retriever.retrieve(question, maxResults) : window.select(question);
    }

    static Content content(SearchHit hit) {
        Metadata m = new Metadata().put(PASSAGE_ID, hit.passageId()).put(ARTICLE_ID, hit.articleId())
                .put(ORDINAL, hit.ordinal()).put(SCORE, hit.score());
        putIfPresent(m, TITLE, hit.title());
        putIfPresent(m, SOURCE, hit.source());
        putIfPresent(m, PUBLISHED, hit.published() == null ? null : hit.published().toString());
        putIfPresent(m, URL, hit.url());
        return Content.from(TextSegment.from(hit.text(), m));
    }

    /** The passage a content stands for. */
    public static SearchHit hit(Content content) {
        TextSegment segment = content.textSegment();
        Metadata m = segment.metadata();
        String published = m.getString(PUBLISHED);
        Integer ordinal = m.getInteger(ORDINAL);
        Double score = m.getDouble(SCORE);
        return new SearchHit(m.getString(PASSAGE_ID), m.getString(ARTICLE_ID), ordinal == null ? 0 : ordinal,
                m.getString(TITLE), m.getString(SOURCE), published == null ? null : LocalDate.parse(published),
                m.getString(URL), segment.text(), score == null ? 0 : score);
    }

    private static void putIfPresent(Metadata m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    public static final class Builder {
        private PassageRetriever retriever;
        private int maxResults = 5;
        private int broadResults = 10;
        private int maxContextTokens;

        private Builder() {
        }

        public Builder retriever(PassageRetriever retriever) {
            this.retriever = retriever;
            return this;
        }

        /** How many passages the LLM is given, from 1 to 20. */
        public Builder maxResults(int maxResults) {
            if (maxResults < 1 || maxResults > 20) {
                throw new IllegalArgumentException("maxResults must be from 1 to 20");
            }
            this.maxResults = maxResults;
            return this;
        }

        /** How many passages a list, overview, cause or vague question is given, from 1 to 20; with a budget only. */
        public Builder broadResults(int broadResults) {
            if (broadResults < 1 || broadResults > 20) {
                throw new IllegalArgumentException("broadResults must be from 1 to 20");
            }
            this.broadResults = broadResults;
            return this;
        }

        /**
         * The most tokens the sources may take, roughly counted; with it the context adapts to the question (more
         * passages for broad ones, a cap per article, consecutive passages merged). Without it, the top
         * {@code maxResults} passages as they are.
         */
        public Builder maxContextTokens(int maxContextTokens) {
            if (maxContextTokens < 100) {
                throw new IllegalArgumentException("maxContextTokens must be at least 100");
            }
            this.maxContextTokens = maxContextTokens;
            return this;
        }

        public PassageContentRetriever build() {
            return new PassageContentRetriever(this);
        }
    }
}
