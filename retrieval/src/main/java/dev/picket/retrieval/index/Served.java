package dev.picket.retrieval.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import dev.picket.corpus.ArticleInfo;
import org.apache.lucene.document.IntField;

/**
 * What the served commit holds: its generation, how many articles, and (read once a sync needs them) the articles
 * themselves. A sync's commit replaces all three; searches see the new commit from then on.
 */
final class Served {

    final Writer writer;
    final Searchers searchers;
    private volatile int articleCount;
    private volatile long generation;
    // The articles of the last commit, by id (metadata and content hash, no text), so a sync of a large unchanged
    // corpus need not read the stored documents again. Read from the index on the first sync; dropped whenever a
    // sync fails. Replaced whole on each commit.
    private volatile Map<String, ArticleInfo> articles;
    private volatile AbbreviationTable abbreviations;

    Served(Writer writer, Searchers searchers) throws IOException {
        this.writer = writer;
        this.searchers = searchers;
        // Every article has exactly one first passage, so counting those counts articles: a points count, where
        // walking the article-id terms took a noticeable part of a large index's start.
        this.articleCount = searchers.with(s -> s.count(IntField.newExactQuery(Schema.ORDINAL, 0)));
        this.generation = writer.committedGeneration();
        this.abbreviations = AbbreviationTable.of(writer.committed(AbbreviationTable.COMMIT_KEY));
    }

    AbbreviationTable abbreviations() {
        return abbreviations;
    }

    int articleCount() {
        return articleCount;
    }

    long generation() {
        return generation;
    }

    /** The articles of the served commit, by id, from their first passages. */
    Map<String, ArticleInfo> articles() {
        if (articles == null) {
            Map<String, ArticleInfo> read = new HashMap<>();
            // One string per outlet, one date per day and the article's own id as its key: at 100k articles this
            // map and the listing that shares it are most of the heap, and each outlet or day read again was 100k
            // copies of a few.
            Map<Object, Object> seen = new HashMap<>();
            searchers.eachLive(Searchers.FIRST_PASSAGES, Schema.ARTICLE_FIELDS, doc -> {
                ArticleInfo a = Schema.article(doc);
                ArticleInfo info = new ArticleInfo(a.id(), a.fileName(), once(seen, a.source()),
                        once(seen, a.published()), a.title(), a.url(), a.contentHash(), a.passages());
                read.put(info.id(), info);
            });
            articles = Map.copyOf(read);
        }
        return articles;
    }

    @SuppressWarnings("unchecked")
    private static <T> T once(Map<Object, Object> seen, T value) {
        return value == null ? null : (T) seen.computeIfAbsent(value, v -> v);
    }

    /**
     * Commits a sync's writes as the next generation and serves them; {@code now} is what the index holds and
     * {@code table} the abbreviations its articles give.
     */
    void commit(Map<String, ArticleInfo> now, AbbreviationTable table) throws IOException {
        long next = generation + 1;
        writer.commit(next, Map.of(AbbreviationTable.COMMIT_KEY, table.snapshot()));
        articles = Map.copyOf(now);
        abbreviations = table;
        searchers.refresh();
        articleCount = now.size();
        generation = next;
    }

    /** Drops a failed sync's writes; the articles are read again by the next sync. */
    void rollback() {
        articles = null;
        writer.rollback();
    }
}
