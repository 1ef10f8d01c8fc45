package dev.picket.retrieval.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import dev.picket.corpus.Article;
import dev.picket.corpus.ArticleInfo;
import dev.picket.corpus.Corpus;
import dev.picket.corpus.CorpusListing;
import dev.picket.corpus.Passage;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.embed.PassageEmbedder;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passages of the corpus in a Lucene index on disk. One writer owns the folder for the life of the process
 * (Lucene's write lock keeps a second picket off it). Readers go through a {@link SearcherManager} that is only
 * refreshed after a commit, so a query sees either the whole old corpus or the whole new one, never a mix, and
 * a crash mid-sync leaves the last commit on disk.
 */
public final class PassageIndex implements Closeable, IndexStats, PassageLookup {

    // Unique key of a passage, not analysed: updateDocument and deletes match it exactly.
    static final String PASSAGE_ID = "passageId";
    // Not analysed, so one term deletes all passages of an article when it changes or goes.
    static final String ARTICLE_ID = "articleId";
    // The article's content hash, stored on each of its passages, so a sync can tell what changed.
    static final String ARTICLE_HASH = "articleHash";
    static final String ORDINAL = "ordinal";
    // Stored on an article's first passage only: what a listing of the corpus needs that no passage shows, read
    // back once at start so an unchanged corpus is never cleaned again to list it.
    static final String FILE_NAME = "fileName";
    static final String PASSAGES = "passages";
    // Analysed like the text so a question's terms can match the headline; weighted lightly in queries.
    static final String TITLE = "title";
    // Shown in citations, never searched.
    static final String SOURCE = "source";
    // Stored as ISO text for display; the day number is indexed as a point and doc value so later filters and
    // recency priors need no second lookup.
    static final String PUBLISHED = "published";
    static final String PUBLISHED_DAY = "publishedDay";
    static final String URL = "url";
    // Analysed with English stemming and stop words; the field BM25 scores.
    static final String TEXT = "text";
    // The passage's embedding: an HNSW graph for kNN search (cosine), and the same floats stored so the
    // answerer can weigh a hit's similarity to the question whichever retriever found it.
    static final String VECTOR = "vector";
    static final String VECTOR_STORED = "vectorStored";
    // The vectors of the passage's sentences, in the order PassageSentences splits its text, so the answerer
    // can weigh sentences by meaning without embedding them while a user waits.
    static final String SENTENCE_VECTORS = "sentenceVectors";

    // Text and headline are stored and analysed with term frequencies and norms, which BM25 needs, but without
    // positions: picket builds term queries only (never phrase or span queries), and positions made the index a
    // third larger and its build slower.
    private static final FieldType SEARCHED_TEXT = searchedText();

    // What a hit needs; the stored vector is left on disk.
    private static final Set<String> HIT_FIELDS = Set.of(PASSAGE_ID, ARTICLE_ID, ORDINAL, TITLE, SOURCE, PUBLISHED,
            URL, TEXT);

    /** Bump when the document layout or analysis changes, so old indexes are rebuilt rather than misread. */
    static final String SCHEMA = "4";
    static final String SCHEMA_KEY = "picket.schema";
    // Counts committed syncs, so a reload report and a test can tell which index a query ran against.
    static final String GENERATION_KEY = "picket.generation";
    // Which embedder wrote the vectors, or "none"; an index written with another one is rebuilt.
    static final String EMBEDDER_KEY = "picket.embedder";
    private static final String NO_EMBEDDER = "none";
    private static final int EMBED_BATCH = 64;

    private static final Logger log = LoggerFactory.getLogger(PassageIndex.class);

    private final FSDirectory directory;
    private final PassageEmbedder embedder;
    private final boolean sentenceVectors;
    private final Path cacheFile;
    private final Map<String, String> commitData;
    private IndexWriter writer;
    private final SearcherManager searchers;
    private volatile int articleCount;
    private volatile long generation;
    // The articles of the last commit, by id (metadata and content hash, no text), so a sync of a large unchanged
    // corpus need not read the stored documents again. Read from the index on the first sync; dropped whenever a
    // sync fails. Replaced whole on each commit.
    private volatile Map<String, ArticleInfo> committed;
    private final ReentrantLock syncLock = new ReentrantLock();

    private PassageIndex(FSDirectory directory, IndexWriter writer, PassageEmbedder embedder,
                         boolean sentenceVectors, Path cacheFile, Map<String, String> commitData) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.embedder = embedder;
        this.sentenceVectors = sentenceVectors;
        this.cacheFile = cacheFile;
        this.commitData = commitData;
        // Opened on the directory, not the writer: searchers see commits only, never a sync in progress.
        this.searchers = new SearcherManager(directory, null);
        this.articleCount = countArticles();
        this.generation = committedGeneration(directory);
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
        FSDirectory directory = null;
        boolean sentences = sentenceVectors && embedder != null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            Map<String, String> commitData = Map.of(SCHEMA_KEY, SCHEMA,
                    EMBEDDER_KEY, embedder == null ? NO_EMBEDDER : embedder.name() + (sentences ? "+sentences" : ""));
            // The generation also lives in the commit data; only schema and embedder decide whether it is reusable.
            Map<String, String> last = DirectoryReader.indexExists(directory)
                    ? DirectoryReader.listCommits(directory).getLast().getUserData() : Map.of();
            boolean current = commitData.entrySet().stream().allMatch(e -> e.getValue().equals(last.get(e.getKey())));
            IndexWriter writer = new IndexWriter(directory, writerConfig(current));
            if (!current) {
                writer.setLiveCommitData(commitData.entrySet());
                writer.commit();
            }
            return new PassageIndex(directory, writer, embedder, sentences, EmbeddingCache.beside(dir), commitData);
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            throw new IndexException("cannot open the index in " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Brings the index in line with the corpus: articles whose content hash is new or different are
     * re-indexed, missing ones are deleted and the rest are left alone. Searches see the result only once it
     * is committed.
     */
    public SyncReport sync(Corpus corpus) {
        try (Sync sync = startSync(SyncProgress.NONE)) {
            corpus.articles().forEach(sync::write);
            return sync.commit(corpus.listing());
        }
    }

    /**
     * Starts bringing the index in line with a corpus that is read article by article: give {@link Sync#write}
     * each article that {@link Sync#indexed()} lacks or holds with another hash, then {@link Sync#commit} the
     * listing of the whole corpus. Closing a sync that was not committed rolls it back. One sync runs at a time;
     * this waits for the one running, and the sync belongs to the thread that started it.
     *
     * @param progress hears of each article written, before the commit
     */
    public Sync startSync(SyncProgress progress) {
        syncLock.lock();
        try {
            if (committed == null) {
                committed = committedArticles();
            }
            return new Sync(progress, embedder == null ? null : EmbeddingCache.load(cacheFile, embedder.name()));
        } catch (RuntimeException e) {
            syncLock.unlock();
            throw new IndexException("cannot start an index sync: " + e.getMessage(), e);
        }
    }

    /**
     * One sync of the index against a corpus. Written articles are buffered only as long as it takes to embed
     * them in batches, so a sync of any size holds few articles' texts at once.
     */
    public final class Sync implements AutoCloseable {

        // Enough passages to keep the embedder's batches full; without an embedder each article is written at once.
        private static final int PENDING_PASSAGES = 8 * EMBED_BATCH;

        private final SyncProgress progress;
        private final EmbeddingCache cache;
        private final Map<String, ArticleInfo> indexed;
        private final List<String> added = new ArrayList<>();
        private final List<String> changed = new ArrayList<>();
        private final Map<String, ArticleInfo> written = new HashMap<>();
        private final List<Article> pending = new ArrayList<>();
        private int pendingPassages;
        private int passages;
        private int embedded;
        private boolean ended;

        private Sync(SyncProgress progress, EmbeddingCache cache) {
            this.progress = progress;
            this.cache = cache;
            this.indexed = committed;
        }

        /** The articles of the last commit, by id. */
        public Map<String, ArticleInfo> indexed() {
            return indexed;
        }

        /** Writes the article unless the index already holds it with the same content hash. */
        public void write(Article article) {
            ensureOpen();
            ArticleInfo before = indexed.get(article.id());
            if (written.containsKey(article.id())
                    || before != null && before.contentHash().equals(article.contentHash())) {
                return;
            }
            (before == null ? added : changed).add(article.id());
            written.put(article.id(), article.info());
            passages += article.passages().size();
            pending.add(article);
            pendingPassages += article.passages().size();
            if (cache == null || pendingPassages >= PENDING_PASSAGES) {
                flush();
            }
        }

        /**
         * Deletes indexed articles the listing lacks, except those whose file was skipped this time (a file that
         * cannot be read now keeps its last good passages), and commits. A sync that changed nothing commits
         * nothing and keeps the generation.
         */
        public SyncReport commit(CorpusListing listing) {
            ensureOpen();
            try {
                flush();
                Set<String> present = new HashSet<>();
                listing.articles().forEach(a -> present.add(a.id()));
                listing.report().skipped().forEach(f -> present.add(Article.idOf(f.file())));
                List<String> removed = indexed.keySet().stream().filter(id -> !present.contains(id)).sorted().toList();
                for (String id : removed) {
                    writer.deleteDocuments(new Term(ARTICLE_ID, id));
                }
                SyncReport report = new SyncReport(added, changed, removed,
                        listing.articles().size() - added.size() - changed.size(), passages, embedded);
                if (!report.isNoOp()) {
                    commitGeneration(removed);
                    if (cache != null) {
                        cache.retain(liveTextPrefixes());
                    }
                }
                ended = true;
                return report;
            } catch (IOException | RuntimeException e) {
                throw failed(e);
            }
        }

        /** Rolls back a sync that was not committed; embeddings already paid for are kept in the cache. */
        @Override
        public void close() {
            try {
                if (!ended) {
                    ended = true;
                    committed = null;
                    rollbackToLastCommit();
                }
                if (cache != null) {
                    try (cache) {
                        cache.save();
                    }
                }
            } catch (IOException e) {
                log.warn("could not save the embedding cache {}: {}", cacheFile, e.toString());
            } finally {
                syncLock.unlock();
            }
        }

        private void flush() {
            if (pending.isEmpty()) {
                return;
            }
            try {
                Vectorised vectors = vectorise(pending, cache);
                embedded += vectors.embedded();
                for (Article article : pending) {
                    List<Document> docs = documents(article, vectors.byPassage(), vectors.bySentences());
                    // A new article has nothing to replace; skipping the delete-by-term saves a term lookup per
                    // article, which is a good part of a first build's time.
                    if (indexed.containsKey(article.id())) {
                        writer.updateDocuments(new Term(ARTICLE_ID, article.id()), docs);
                    } else {
                        writer.addDocuments(docs);
                    }
                    progress.written(article.id());
                }
                pending.clear();
                pendingPassages = 0;
            } catch (IOException | RuntimeException e) {
                throw failed(e);
            }
        }

        private void commitGeneration(List<String> removed) throws IOException {
            long next = generation + 1;
            Map<String, String> data = new HashMap<>(commitData);
            data.put(GENERATION_KEY, Long.toString(next));
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            Map<String, ArticleInfo> now = new HashMap<>(indexed);
            now.putAll(written);
            removed.forEach(now::remove);
            committed = Map.copyOf(now);
            searchers.maybeRefreshBlocking();
            articleCount = now.size();
            generation = next;
        }

        private void ensureOpen() {
            if (ended) {
                throw new IllegalStateException("this sync has ended");
            }
        }

        private IndexException failed(Exception e) {
            if (e instanceof IndexException ie) {
                return ie;
            }
            return new IndexException("index sync failed, the previous index is still served: " + e.getMessage(), e);
        }
    }

    /**
     * Embeds the passages of these articles, taking what it can from the cache and adding what it embeds.
     */
    private Vectorised vectorise(List<Article> toWrite, EmbeddingCache cache) {
        if (cache == null) {
            return new Vectorised(Map.of(), Map.of(), 0);
        }
        Map<String, float[]> byPassage = new HashMap<>();
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (Article article : toWrite) {
            for (Passage p : article.passages()) {
                String hash = EmbeddingCache.hash(p.text());
                float[] cached = cache.get(hash);
                if (cached != null) {
                    byPassage.put(p.id(), cached);
                } else {
                    missing.computeIfAbsent(p.text(), t -> new ArrayList<>()).add(p.id());
                }
            }
        }
        List<String> texts = List.copyOf(missing.keySet());
        for (int from = 0; from < texts.size(); from += EMBED_BATCH) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + EMBED_BATCH));
            List<float[]> embedded = embedder.embed(batch);
            for (int i = 0; i < batch.size(); i++) {
                float[] v = embedded.get(i);
                cache.put(EmbeddingCache.hash(batch.get(i)), v);
                missing.get(batch.get(i)).forEach(id -> byPassage.put(id, v));
            }
        }
        Map<String, float[]> bySentences = sentenceVectors ? sentenceVectors(toWrite, cache) : Map.of();
        return new Vectorised(byPassage, bySentences, texts.size());
    }

    /**
     * The hash prefixes of every passage text (and, with sentence vectors, every sentence) the served index holds,
     * sorted, so the embedding cache keeps what a rebuild would need. Read from the index, as the corpus is not
     * held in memory; prefixes rather than whole hashes keep this small for millions of texts.
     */
    private long[] liveTextPrefixes() {
        return withSearcher(searcher -> {
            LongStream.Builder live = LongStream.builder();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader r = leaf.reader();
                Bits liveDocs = r.getLiveDocs();
                StoredFields stored = r.storedFields();
                for (int i = 0; i < r.maxDoc(); i++) {
                    if (liveDocs == null || liveDocs.get(i)) {
                        String text = stored.document(i, Set.of(TEXT)).get(TEXT);
                        live.add(EmbeddingCache.prefix(EmbeddingCache.hash(text)));
                        if (sentenceVectors) {
                            PassageSentences.of(text).forEach(
                                    sentence -> live.add(EmbeddingCache.prefix(EmbeddingCache.hash(sentence))));
                        }
                    }
                }
            }
            return live.build().sorted().toArray();
        });
    }

    /** Each passage's sentence vectors end to end, embedding only sentences the cache lacks. */
    private Map<String, float[]> sentenceVectors(List<Article> toWrite, EmbeddingCache cache) {
        Set<String> missing = new LinkedHashSet<>();
        for (Article article : toWrite) {
            for (Passage p : article.passages()) {
                PassageSentences.of(p.text()).stream().filter(s -> cache.get(EmbeddingCache.hash(s)) == null)
                        .forEach(missing::add);
            }
        }
        List<String> texts = List.copyOf(missing);
        for (int from = 0; from < texts.size(); from += EMBED_BATCH) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + EMBED_BATCH));
            List<float[]> embedded = embedder.embed(batch);
            for (int i = 0; i < batch.size(); i++) {
                cache.put(EmbeddingCache.hash(batch.get(i)), embedded.get(i));
            }
        }
        Map<String, float[]> out = new HashMap<>();
        for (Article article : toWrite) {
            for (Passage p : article.passages()) {
                List<String> sentences = PassageSentences.of(p.text());
                if (sentences.isEmpty()) {
                    continue;
                }
                float[] first = cache.get(EmbeddingCache.hash(sentences.getFirst()));
                float[] all = new float[first.length * sentences.size()];
                for (int i = 0; i < sentences.size(); i++) {
                    System.arraycopy(cache.get(EmbeddingCache.hash(sentences.get(i))), 0, all, i * first.length,
                            first.length);
                }
                out.put(p.id(), all);
            }
        }
        return out;
    }

    private record Vectorised(Map<String, float[]> byPassage, Map<String, float[]> bySentences, int embedded) {
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
        return search(new KnnFloatVectorQuery(VECTOR, vector, Math.max(1, maxHits)), maxHits, null);
    }

    /** The stored vectors of these passages; passages without one are left out. */
    public Map<String, float[]> vectors(List<String> passageIds) {
        Map<String, float[]> out = new HashMap<>();
        if (embedder != null) {
            stored(passageIds, Set.of(PASSAGE_ID, VECTOR_STORED), d -> {
                float[] v = floats(d.getBinaryValue(VECTOR_STORED));
                if (v != null) {
                    out.put(d.get(PASSAGE_ID), v);
                }
            });
        }
        return out;
    }

    /**
     * The stored vectors of these passages' sentences, by sentence text; empty for an index opened without
     * sentence vectors.
     */
    public Map<String, float[]> sentenceVectors(List<String> passageIds) {
        Map<String, float[]> out = new HashMap<>();
        if (sentenceVectors) {
            stored(passageIds, Set.of(TEXT, SENTENCE_VECTORS), d -> {
                float[] all = floats(d.getBinaryValue(SENTENCE_VECTORS));
                List<String> sentences = PassageSentences.of(d.get(TEXT));
                if (all == null || sentences.isEmpty() || all.length % sentences.size() != 0) {
                    return;
                }
                int dim = all.length / sentences.size();
                for (int i = 0; i < sentences.size(); i++) {
                    out.put(sentences.get(i), Arrays.copyOfRange(all, i * dim, (i + 1) * dim));
                }
            });
        }
        return out;
    }

    private void stored(List<String> passageIds, Set<String> fields, Consumer<Document> each) {
        if (passageIds.isEmpty()) {
            return;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        passageIds.stream().distinct().limit(IndexSearcher.getMaxClauseCount())
                .forEach(id -> q.add(new TermQuery(new Term(PASSAGE_ID, id)), BooleanClause.Occur.SHOULD));
        withSearcher(searcher -> {
            TopDocs top = searcher.search(q.build(), passageIds.size());
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                each.accept(stored.document(sd.doc, fields));
            }
            return null;
        });
    }

    private static float[] floats(BytesRef bytes) {
        if (bytes == null) {
            return null;
        }
        float[] v = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).asFloatBuffer().get(v);
        return v;
    }

    /** The passage at this position of an article, when there is one. */
    @Override
    public Optional<SearchHit> passage(String articleId, int ordinal) {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ARTICLE_ID, articleId)), BooleanClause.Occur.FILTER)
                .add(IntField.newExactQuery(ORDINAL, ordinal), BooleanClause.Occur.FILTER)
                .build();
        return search(q, 1).stream().findFirst();
    }

    /** The first passage of every article, oldest first (undated articles last). */
    public List<SearchHit> leads() {
        Sort byDate = new Sort(new SortField(PUBLISHED_DAY, SortField.Type.LONG));
        return search(IntField.newExactQuery(ORDINAL, 0), Math.max(1, articleCount), byDate);
    }

    /**
     * The best passages by BM25 over the text for these analysed terms, the headline rescoring the best of them
     * (see {@link Bm25Query}).
     */
    public List<SearchHit> bm25(List<String> terms, int maxHits) {
        return search(Bm25Query.of(TEXT, terms), Bm25Query.of(TITLE, terms), Bm25Query.TITLE_BOOST,
                Bm25Query.window(maxHits), maxHits);
    }

    /** Runs a query built by this package against the current searcher. */
    List<SearchHit> search(Query query, int maxHits) {
        return search(query, maxHits, null);
    }

    /**
     * The best {@code window} passages by {@code query}, each then given {@code weight} times its score for
     * {@code boost} when it matches that too, best {@code maxHits} of them first. One searcher serves both
     * passes, so they see the same index generation.
     */
    List<SearchHit> search(Query query, Query boost, float weight, int window, int maxHits) {
        return withSearcher(searcher -> {
            TopDocs first = searcher.search(query, Math.max(window, maxHits));
            return hits(searcher, QueryRescorer.rescore(searcher, first, boost, weight, Math.max(1, maxHits)));
        });
    }

    private List<SearchHit> search(Query query, int maxHits, Sort sort) {
        return withSearcher(searcher -> hits(searcher, sort == null ? searcher.search(query, Math.max(1, maxHits))
                : searcher.search(query, Math.max(1, maxHits), sort)));
    }

    private static List<SearchHit> hits(IndexSearcher searcher, TopDocs top) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            hits.add(toHit(stored.document(sd.doc, HIT_FIELDS), Float.isNaN(sd.score) ? 0 : sd.score));
        }
        return hits;
    }

    /** Shorter words are too close to other real words for one edit to mean a typo. */
    private static final int MIN_CORRECTED_LENGTH = 6;
    /** Typos rarely hit the first letters, and a fixed prefix keeps the automaton small. */
    private static final int CORRECTION_PREFIX = 2;

    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new IndexException("search failed: " + e.getMessage(), e);
        }
    }

    /** Whether the served index holds passages of this article. */
    public boolean holds(String articleId) {
        return withSearcher(searcher -> searcher.getIndexReader().docFreq(new Term(ARTICLE_ID, articleId)) > 0);
    }

    /** How many syncs have changed the served index since it was created; survives restarts. */
    public long generation() {
        return generation;
    }

    @Override
    public int articleCount() {
        return articleCount;
    }

    @Override
    public int passageCount() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    @Override
    public int docFreq(String analysedTerm) {
        return withSearcher(searcher -> searcher.getIndexReader().docFreq(new Term(TEXT, analysedTerm)));
    }

    /**
     * A misspelt word's nearest term in the index, one edit away, the most common one on a tie; a word the
     * index holds, a short one or one with digits stays as it is. Only words absent from the index are ever
     * corrected, so a question never loses a word the articles use.
     */
    @Override
    public String vocabularyTerm(String analysedTerm) {
        if (analysedTerm.length() < MIN_CORRECTED_LENGTH || !analysedTerm.chars().allMatch(Character::isLetter)
                || docFreq(analysedTerm) > 0) {
            return analysedTerm;
        }
        return withSearcher(searcher -> {
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), TEXT);
            if (terms == null) {
                return analysedTerm;
            }
            FuzzyTermsEnum near = new FuzzyTermsEnum(terms, new Term(TEXT, analysedTerm), 1, CORRECTION_PREFIX, true);
            String best = analysedTerm;
            int bestFreq = 0;
            for (BytesRef t = near.next(); t != null; t = near.next()) {
                if (near.docFreq() > bestFreq) {
                    best = t.utf8ToString();
                    bestFreq = near.docFreq();
                }
            }
            return best;
        });
    }

    @Override
    public void close() throws IOException {
        syncLock.lock();
        try {
            searchers.close();
            writer.close();
            directory.close();
        } finally {
            syncLock.unlock();
        }
    }

    private static IndexWriterConfig writerConfig(boolean append) {
        // A larger buffer than Lucene's 16 MB default means fewer, larger segments to flush and merge on a big
        // build; it is only filled while a sync writes.
        return new IndexWriterConfig(QueryTerms.analyzer()).setRAMBufferSizeMB(64)
                .setOpenMode(append ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
    }

    private static List<Document> documents(Article article, Map<String, float[]> vectors,
                                            Map<String, float[]> sentenceVectors) {
        List<Document> docs = new ArrayList<>(article.passages().size());
        for (Passage p : article.passages()) {
            Document doc = new Document();
            doc.add(new StringField(PASSAGE_ID, p.id(), Field.Store.YES));
            doc.add(new StringField(ARTICLE_ID, article.id(), Field.Store.YES));
            doc.add(new StringField(ARTICLE_HASH, article.contentHash(), Field.Store.YES));
            doc.add(new IntField(ORDINAL, p.ordinal(), Field.Store.YES));
            if (p.ordinal() == 0) {
                doc.add(new StoredField(FILE_NAME, article.fileName()));
                doc.add(new StoredField(PASSAGES, article.passages().size()));
            }
            doc.add(new Field(TITLE, article.title(), SEARCHED_TEXT));
            doc.add(new StoredField(SOURCE, article.source()));
            if (article.published() != null) {
                long day = article.published().toEpochDay();
                doc.add(new StoredField(PUBLISHED, article.published().toString()));
                doc.add(new LongPoint(PUBLISHED_DAY, day));
                doc.add(new NumericDocValuesField(PUBLISHED_DAY, day));
            }
            if (article.url() != null) {
                doc.add(new StoredField(URL, article.url()));
            }
            doc.add(new Field(TEXT, p.text(), SEARCHED_TEXT));
            float[] vector = vectors.get(p.id());
            if (vector != null) {
                doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
                doc.add(new StoredField(VECTOR_STORED, bytes(vector)));
            }
            float[] sentences = sentenceVectors.get(p.id());
            if (sentences != null) {
                doc.add(new StoredField(SENTENCE_VECTORS, bytes(sentences)));
            }
            docs.add(doc);
        }
        return docs;
    }

    private static FieldType searchedText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static byte[] bytes(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES);
        bytes.asFloatBuffer().put(vector);
        return bytes.array();
    }

    private static SearchHit toHit(Document doc, double score) {
        String published = doc.get(PUBLISHED);
        return new SearchHit(doc.get(PASSAGE_ID), doc.get(ARTICLE_ID), doc.getField(ORDINAL).numericValue().intValue(),
                doc.get(TITLE), doc.get(SOURCE), published == null ? null : LocalDate.parse(published), doc.get(URL),
                doc.get(TEXT), score);
    }

    /** The articles of the served commit, from their first passages (found by the ordinal's doc values). */
    private Map<String, ArticleInfo> committedArticles() {
        Set<String> fields = Set.of(ARTICLE_ID, FILE_NAME, SOURCE, PUBLISHED, TITLE, URL, ARTICLE_HASH, PASSAGES);
        return withSearcher(searcher -> {
            Map<String, ArticleInfo> articles = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader r = leaf.reader();
                Bits live = r.getLiveDocs();
                StoredFields stored = r.storedFields();
                SortedNumericDocValues ordinals = DocValues.getSortedNumeric(r, ORDINAL);
                for (int doc = ordinals.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ordinals.nextDoc()) {
                    if (ordinals.nextValue() == 0 && (live == null || live.get(doc))) {
                        Document d = stored.document(doc, fields);
                        String published = d.get(PUBLISHED);
                        articles.put(d.get(ARTICLE_ID), new ArticleInfo(d.get(ARTICLE_ID), d.get(FILE_NAME),
                                d.get(SOURCE), published == null ? null : LocalDate.parse(published), d.get(TITLE),
                                d.get(URL), d.get(ARTICLE_HASH), d.getField(PASSAGES).numericValue().intValue()));
                    }
                }
            }
            return Map.copyOf(articles);
        });
    }

    private static long committedGeneration(FSDirectory directory) throws IOException {
        String value = DirectoryReader.listCommits(directory).getLast().getUserData().get(GENERATION_KEY);
        return value == null ? 0 : Long.parseLong(value);
    }

    /**
     * Every article has exactly one first passage, so counting those counts articles: a points count, where walking
     * the article-id terms took a noticeable part of a large index's start.
     */
    private int countArticles() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(IntField.newExactQuery(ORDINAL, 0));
        } finally {
            searchers.release(searcher);
        }
    }

    /** Drops the failed sync's pending changes; rollback closes the writer, so a fresh one takes over. */
    private void rollbackToLastCommit() {
        try {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            log.warn("could not roll back the index writer", e);
        }
        try {
            writer = new IndexWriter(directory, writerConfig(true));
        } catch (IOException | RuntimeException e) {
            log.error("could not reopen the index writer; searches go on against the last commit", e);
        }
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
