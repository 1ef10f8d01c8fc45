package dev.picket.bot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.picket.corpus.BoilerplateRules;
import dev.picket.corpus.Corpus;
import dev.picket.corpus.CorpusReader;
import dev.picket.retrieval.PassageEmbedder;
import dev.picket.retrieval.PassageIndex;
import dev.picket.retrieval.SyncReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The served index and the corpus it was built from. The persisted index is searchable as soon as it opens; the
 * sync against the corpus folder runs on its own thread, so start-up never waits for it and queries keep being
 * answered from the last commit while it runs.
 */
@Component
public class KnowledgeBase implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

    private final PassageIndex index;
    private final CorpusReader reader;
    private final Path corpusDir;
    private final Clock clock;
    private final ExecutorService syncThread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("picket-index-sync").daemon().factory());
    private volatile Snapshot snapshot;
    private volatile String lastError;

    KnowledgeBase(CorpusProperties corpus, IndexProperties indexProperties, Clock clock,
                  ObjectProvider<PassageEmbedder> embedder) {
        this.corpusDir = corpus.dir();
        this.clock = clock;
        this.reader = CorpusReader.builder().boilerplateRules(rules(corpus.boilerplate()))
                .maxFileBytes(corpus.maxFileSize().toBytes()).clock(clock).build();
        // Without an embedder (bm25 mode) the index holds no vectors and no model is loaded.
        this.index = PassageIndex.open(indexProperties.dir(), embedder.getIfAvailable());
        log.info("Index at {} opened with {} passages; corpus folder is {}", indexProperties.dir().toAbsolutePath(),
                index.passageCount(), corpusDir.toAbsolutePath());
    }

    @EventListener(ApplicationStartedEvent.class)
    void syncOnStart() {
        sync();
    }

    /** Re-reads the corpus folder and brings the index in line with it; completes with the new snapshot. */
    public CompletableFuture<Snapshot> sync() {
        return CompletableFuture.supplyAsync(this::syncNow, syncThread).whenComplete((s, e) -> {
            if (e != null) {
                lastError = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
                log.error("Syncing the index with {} failed; still serving the previous index: {}",
                        corpusDir.toAbsolutePath(), lastError);
            }
        });
    }

    private Snapshot syncNow() {
        long start = System.nanoTime();
        Corpus corpus = reader.read(corpusDir);
        SyncReport report = index.sync(corpus);
        Snapshot s = new Snapshot(corpus, report, clock.instant());
        snapshot = s;
        lastError = null;
        log.info("Index in sync with {}: {} articles, {} passages ({} added, {} changed, {} removed, {} skipped) in {} ms",
                corpusDir.toAbsolutePath(), index.articleCount(), index.passageCount(), report.added().size(),
                report.changed().size(), report.removed().size(), corpus.report().skipped().size(),
                (System.nanoTime() - start) / 1_000_000);
        corpus.report().skipped().forEach(f -> log.warn("Skipped {}: {}", f.file(), f.reason()));
        corpus.report().warnings().forEach(w -> log.warn("Corpus warning: {}", w));
        return s;
    }

    public PassageIndex index() {
        return index;
    }

    /** The last successful sync, or empty while the first one runs. */
    public Optional<Snapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    /** Why the last sync failed, or empty when it did not. */
    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** Questions can be answered: a sync has finished, or a persisted index already holds passages. */
    public boolean isServing() {
        return snapshot != null || index.passageCount() > 0;
    }

    @Override
    public void destroy() throws IOException {
        syncThread.shutdownNow();
        index.close();
    }

    private static BoilerplateRules rules(Path extra) {
        try {
            return extra == null ? BoilerplateRules.defaults() : BoilerplateRules.defaultsPlus(extra);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the boilerplate rules in " + extra + ": " + e.getMessage(), e);
        }
    }

    /** A corpus as read, what its sync changed, and when. */
    public record Snapshot(Corpus corpus, SyncReport sync, Instant syncedAt) {
    }
}
