package dev.picket.retrieval.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.picket.corpus.Article;
import org.apache.lucene.document.Document;

/**
 * Works out the next articles' documents (analysis, features, abbreviation findings: most of a build's CPU) on
 * other threads while the sync's one thread writes the earlier ones, so a build uses every core. The documents
 * come back in the order the articles went in, and each is a function of its article alone, so the index is the
 * same as a build on one thread writes. At most a few dozen articles are ahead at once, so it holds few texts.
 */
final class ArticlePipeline implements AutoCloseable {

    /** One article's documents and findings, ready to write. */
    record Prepared(Article article, String findings, List<Document> documents) {
    }

    interface Sink {
        void write(Prepared prepared) throws IOException;
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final int ahead;
    private final ArrayDeque<Future<Prepared>> queue = new ArrayDeque<>();
    private ExecutorService workers;

    /** @param ahead how many articles may be prepared before the oldest is written */
    ArticlePipeline(int ahead) {
        this.ahead = ahead;
    }

    /**
     * A pipeline with a worker for each core, up to four, and sixteen articles ahead for each. Articles differ
     * in length, so with two ahead a worker often waited for the writer to take a long one, and the writer for
     * a worker: the cores were busy 1.37 of 2 at 10k articles.
     */
    static ArticlePipeline forCores() {
        return new ArticlePipeline(16 * workerCount());
    }

    /** Queues the article, then writes the oldest ones while more than {@code ahead} are queued. */
    void add(Article article, Vectoriser.Vectorised vectors, Sink sink) throws IOException {
        queue.add(workers().submit(() -> prepare(article, vectors)));
        while (queue.size() > ahead) {
            sink.write(take());
        }
    }

    /** Writes every queued article, in order. */
    void drain(Sink sink) throws IOException {
        while (!queue.isEmpty()) {
            sink.write(take());
        }
    }

    /** Drops what is queued and stops the workers. */
    @Override
    public void close() {
        queue.forEach(f -> f.cancel(true));
        queue.clear();
        if (workers != null) {
            workers.shutdownNow();
            workers = null;
        }
    }

    static Prepared prepare(Article article, Vectoriser.Vectorised vectors) {
        String findings = AbbreviationTable.findings(article);
        return new Prepared(article, findings, Schema.documents(article, findings, vectors.byPassage(),
                vectors.bySentences()));
    }

    private Prepared take() throws IOException {
        Future<Prepared> head = queue.poll();
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexException("index sync interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(e.getCause());
        }
    }

    private ExecutorService workers() {
        if (workers == null) {
            workers = Executors.newFixedThreadPool(workerCount(), r -> {
                Thread t = new Thread(r, "picket-index-" + THREADS.incrementAndGet());
                // A sync that is never closed must not keep the JVM alive.
                t.setDaemon(true);
                return t;
            });
        }
        return workers;
    }

    private static int workerCount() {
        return Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);
    }
}
