package dev.picket.retrieval.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.picket.corpus.Article;
import dev.picket.corpus.ArticleInfo;
import dev.picket.corpus.CorpusListing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync of the index against a corpus, started by {@link PassageIndex#startSync}. Written articles are
 * buffered only as long as it takes to embed them in batches, so a sync of any size holds few articles' texts at
 * once.
 */
public final class IndexSync implements AutoCloseable {

    // Enough passages to keep the embedder's batches full; without an embedder each article is written at once.
    private static final int PENDING_PASSAGES = 8 * Vectoriser.EMBED_BATCH;

    private static final Logger log = LoggerFactory.getLogger(IndexSync.class);

    private final Served served;
    private final Vectoriser vectoriser;
    private final Runnable ended;
    private final SyncProgress progress;
    private final EmbeddingCache cache;
    private final Map<String, ArticleInfo> indexed;
    private final List<String> added = new ArrayList<>();
    private final List<String> changed = new ArrayList<>();
    private final Map<String, ArticleInfo> written = new HashMap<>();
    private final List<Article> pending = new ArrayList<>();
    // The findings of every article written, by id: a few names each, no text.
    private final Map<String, String> findings = new HashMap<>();
    private final ArticlePipeline pipeline = ArticlePipeline.forCores();
    private int pendingPassages;
    private int passages;
    private int embedded;
    private boolean done;

    /** @param ended run once when the sync is closed, committed or not */
    IndexSync(Served served, Vectoriser vectoriser, SyncProgress progress, EmbeddingCache cache,
              Map<String, ArticleInfo> indexed, Runnable ended) {
        this.served = served;
        this.vectoriser = vectoriser;
        this.ended = ended;
        this.progress = progress;
        this.cache = cache;
        this.indexed = indexed;
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
            flush(false);
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
            flush(true);
            Set<String> present = new HashSet<>();
            listing.articles().forEach(a -> present.add(a.id()));
            listing.report().skipped().forEach(f -> present.add(Article.idOf(f.file())));
            List<String> removed = indexed.keySet().stream().filter(id -> !present.contains(id)).sorted().toList();
            for (String id : removed) {
                served.writer.delete(id);
            }
            SyncReport report = new SyncReport(added, changed, removed,
                    listing.articles().size() - added.size() - changed.size(), passages, embedded);
            if (!report.isNoOp()) {
                Map<String, ArticleInfo> now = new HashMap<>(indexed);
                now.putAll(written);
                removed.forEach(now::remove);
                served.commit(now, table(removed));
                if (cache != null) {
                    cache.retain(vectoriser.livePrefixes(served.searchers));
                }
            }
            done = true;
            return report;
        } catch (IOException | RuntimeException e) {
            throw failed(e);
        }
    }

    /** Rolls back a sync that was not committed; embeddings already paid for are kept in the cache. */
    @Override
    public void close() {
        pipeline.close();
        try {
            if (!done) {
                done = true;
                served.rollback();
            }
            if (cache != null) {
                try (cache) {
                    cache.save();
                }
            }
        } catch (IOException e) {
            log.warn("could not save the embedding cache {}: {}", cache.file(), e.toString());
        } finally {
            ended.run();
        }
    }

    /** The served table with the written articles' findings and without the changed or removed ones'. */
    private AbbreviationTable table(List<String> removed) {
        Set<String> dropped = new HashSet<>(changed);
        dropped.addAll(removed);
        return served.abbreviations().synced(served.searchers, dropped, findings);
    }

    /** Hands the pending articles to the pipeline, and with {@code all} writes everything it holds. */
    private void flush(boolean all) {
        try {
            if (!pending.isEmpty()) {
                Vectoriser.Vectorised vectors = cache == null ? Vectoriser.Vectorised.NONE
                        : vectoriser.vectorise(pending, cache);
                embedded += vectors.embedded();
                for (Article article : pending) {
                    pipeline.add(article, vectors, this::written);
                }
                pending.clear();
                pendingPassages = 0;
            }
            if (all) {
                pipeline.drain(this::written);
            }
        } catch (IOException | RuntimeException e) {
            throw failed(e);
        }
    }

    private void written(ArticlePipeline.Prepared prepared) throws IOException {
        String id = prepared.article().id();
        findings.put(id, prepared.findings());
        served.writer.write(id, prepared.documents(), indexed.containsKey(id));
        progress.written(id);
    }

    private void ensureOpen() {
        if (done) {
            throw new IllegalStateException("this sync has ended");
        }
    }

    private static IndexException failed(Exception e) {
        if (e instanceof IndexException ie) {
            return ie;
        }
        return new IndexException("index sync failed, the previous index is still served: " + e.getMessage(), e);
    }
}
