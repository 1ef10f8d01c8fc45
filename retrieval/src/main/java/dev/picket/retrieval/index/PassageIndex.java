package dev.picket.retrieval.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import dev.picket.corpus.Abbreviations;
import dev.picket.corpus.ArticleInfo;
import dev.picket.corpus.Corpus;
import dev.picket.corpus.Passage;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.embed.PassageEmbedder;
import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The passages of the corpus in a Lucene index on disk, and the one way into it: the one writer of the folder
 * ({@link Writer}); searches of the last commit only ({@link Searchers}), so a query sees either the whole old
 * corpus or the whole new one and a crash mid-sync leaves the last commit on disk; what that commit holds
 * ({@link Served}); and the syncs that bring it in line with the corpus ({@link IndexSync}).
 */
public final class PassageIndex implements Closeable, IndexStats, PassageLookup {

    private static final String NO_EMBEDDER = "none";

    private final Served served;
    private final Searchers searchers;
    private final Vocabulary vocabulary;
    private final StoredVectors stored;
    private final PassageEmbedder embedder;
    private final Vectoriser vectoriser;
    private final boolean sentenceVectors;
    private final Path cacheFile;
    private final ReentrantLock syncLock = new ReentrantLock();

    private PassageIndex(Writer writer, PassageEmbedder embedder, boolean sentenceVectors, Path cacheFile)
            throws IOException {
        this.searchers = new Searchers(writer.directory());
        this.served = new Served(writer, searchers);
        this.vocabulary = new Vocabulary(searchers);
        this.stored = new StoredVectors(searchers);
        this.embedder = embedder;
        this.vectoriser = embedder == null ? null : new Vectoriser(embedder, sentenceVectors);
        this.sentenceVectors = sentenceVectors;
        this.cacheFile = cacheFile;
    }

    /** Opens a text-only index in this folder (no vectors), as {@link #open(Path, PassageEmbedder)}. */
    public static PassageIndex open(Path dir) {
        return open(dir, null);
    }

    /**
     * Opens the index in this folder, creating it when absent and discarding one written by another schema or
     * embedder. With an embedder every passage also gets a vector, cached beside the folder by content hash.
     *
     * @param embedder the passage embedder, or null for a BM25-only index
     */
    public static PassageIndex open(Path dir, PassageEmbedder embedder) {
        return open(dir, embedder, false);
    }

    /**
     * As {@link #open(Path, PassageEmbedder)}; with {@code sentenceVectors} every sentence of a passage gets a
     * vector too (cached the same way), for answerers that weigh sentences by meaning.
     */
    public static PassageIndex open(Path dir, PassageEmbedder embedder, boolean sentenceVectors) {
        boolean sentences = sentenceVectors && embedder != null;
        Writer writer = null;
        try {
            writer = Writer.open(dir, embedder == null ? NO_EMBEDDER : embedder.name() + (sentences ? "+sentences" : ""));
            return new PassageIndex(writer, embedder, sentences, EmbeddingCache.beside(dir));
        } catch (IOException | RuntimeException e) {
            closeQuietly(writer);
            throw new IndexException("cannot open the index in " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Brings the index in line with the corpus: articles whose content hash is new or different are
     * re-indexed, missing ones are deleted and the rest are left alone. Searches see the result only once it
     * is committed.
     */
    public SyncReport sync(Corpus corpus) {
        try (IndexSync sync = startSync(SyncProgress.NONE)) {
            corpus.articles().forEach(sync::write);
            return sync.commit(corpus.listing());
        }
    }

    /**
     * Starts bringing the index in line with a corpus that is read article by article: give {@link IndexSync#write}
     * each article that {@link IndexSync#indexed()} lacks or holds with another hash, then {@link IndexSync#commit}
     * the listing of the whole corpus. Closing a sync that was not committed rolls it back. One sync runs at a time;
     * this waits for the one running, and the sync belongs to the thread that started it.
     *
     * @param progress hears of each article written, before the commit
     */
    public IndexSync startSync(SyncProgress progress) {
        syncLock.lock();
        try {
            Map<String, ArticleInfo> indexed = served.articles();
            return new IndexSync(served, vectoriser, progress,
                    embedder == null ? null : EmbeddingCache.load(cacheFile, embedder.name()), indexed,
                    syncLock::unlock);
        } catch (RuntimeException e) {
            syncLock.unlock();
            throw new IndexException("cannot start an index sync: " + e.getMessage(), e);
        }
    }

    /** Whether passages carry vectors, so kNN search is possible. */
    public boolean hasVectors() {
        return embedder != null;
    }

    /** The passages nearest the vector by cosine, best first; the score is Lucene's (1 + cosine) / 2. */
    public List<SearchHit> searchVector(float[] vector, int maxHits) {
        if (embedder == null) {
            throw new IllegalStateException("this index was opened without an embedder");
        }
        return searchers.search(new KnnFloatVectorQuery(Schema.VECTOR, vector, Math.max(1, maxHits)), maxHits, null);
    }

    /**
     * The best passages by BM25 over the text for these analysed terms, the headline rescoring the best of them
     * (see {@link Bm25Query}).
     */
    public List<SearchHit> bm25(List<String> terms, int maxHits) {
        return searchers.rescored(Bm25Query.over(Schema.TEXT, terms), Bm25Query.over(Schema.TITLE, terms),
                Bm25Query.TITLE_BOOST, Bm25Query.window(maxHits), maxHits);
    }

    /** The stored vectors of these passages; passages without one are left out. */
    public Map<String, float[]> vectors(List<String> passageIds) {
        return embedder == null ? Map.of() : stored.ofPassages(passageIds);
    }

    /** The stored vectors of these passages' sentences, by sentence text; empty without sentence vectors. */
    public Map<String, float[]> sentenceVectors(List<String> passageIds) {
        return sentenceVectors ? stored.ofSentences(passageIds) : Map.of();
    }

    /** The passage at this position of an article, when there is one. */
    @Override
    public Optional<SearchHit> passage(String articleId, int ordinal) {
        return searchers.passage(Passage.idOf(articleId, ordinal));
    }

    /** The hit's features, decoded from the index when it was read. */
    @Override
    public PassageFeatures features(SearchHit hit) {
        return searchers.features(hit);
    }

    /** The first passage of every article, oldest first (undated articles last). */
    public List<SearchHit> leads() {
        Sort byDate = new Sort(new SortField(Schema.PUBLISHED_DAY, SortField.Type.LONG));
        return searchers.search(IntField.newExactQuery(Schema.ORDINAL, 0), Math.max(1, served.articleCount()), byDate);
    }

    /** Whether the served index holds passages of this article. */
    public boolean holds(String articleId) {
        return searchers.with(s -> s.getIndexReader().docFreq(new Term(Schema.ARTICLE_ID, articleId)) > 0);
    }

    /**
     * The abbreviations the served articles define or spell out ("RCN" for "Royal College of Nursing"), built as
     * syncs write them and kept with each commit; a new object after each commit that changes the index.
     */
    public Abbreviations abbreviations() {
        return served.abbreviations().abbreviations();
    }

    /** How many syncs have changed the served index since it was created; survives restarts. */
    public long generation() {
        return served.generation();
    }

    @Override
    public int articleCount() {
        return served.articleCount();
    }

    @Override
    public int passageCount() {
        return searchers.with(s -> s.getIndexReader().numDocs());
    }

    @Override
    public int docFreq(String analysedTerm) {
        return vocabulary.docFreq(analysedTerm);
    }

    /** A misspelt word's nearest term in the index, or a shortened word's completion; see {@link Vocabulary#nearest}. */
    @Override
    public String vocabularyTerm(String analysedTerm) {
        return vocabulary.nearest(analysedTerm);
    }

    @Override
    public void close() throws IOException {
        syncLock.lock();
        try (served.writer) {
            searchers.close();
        } finally {
            syncLock.unlock();
        }
    }

    /** Runs a query built by this package against the current searcher. */
    List<SearchHit> search(Query query, int maxHits) {
        return searchers.search(query, maxHits, null);
    }

    private static void closeQuietly(Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // Already failing; the caller reports the first error.
            }
        }
    }
}
