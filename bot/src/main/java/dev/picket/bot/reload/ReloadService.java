package dev.picket.bot.reload;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import dev.picket.corpus.Article;
import dev.picket.corpus.ArticleInfo;
import dev.picket.corpus.CorpusListing;
import dev.picket.corpus.CorpusReader;
import dev.picket.corpus.FileStamps;
import dev.picket.corpus.SkippedFile;
import dev.picket.retrieval.index.IndexSync;
import dev.picket.retrieval.index.PassageIndex;
import dev.picket.retrieval.index.SyncProgress;
import dev.picket.retrieval.index.SyncReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the served index is brought in line with the corpus folder, whatever asked for it (start-up, HTTP,
 * Discord, the folder watcher). Reloads run one at a time on their own thread; requests that arrive while one
 * runs are coalesced into it. The index diffs by content hash, so only added and changed articles are
 * re-processed, and searchers move to the new commit in one step once it is complete. A reload that fails leaves
 * the last commit served and reports why.
 */
public final class ReloadService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReloadService.class);

    private final CorpusReader reader;
    private final Path corpusDir;
    private final PassageIndex index;
    private final Clock clock;
    private final SyncProgress progress;
    private final ReloadProgress tracker;
    // Files untouched since the last reload (size, time, sidecar row) are not read again.
    private final FileStamps stamps = new FileStamps();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("picket-reload").daemon().factory());

    private final Object lock = new Object();
    // The reload running now, and the one that will start after it for callers that need a fresh read.
    private CompletableFuture<ReloadReport> running;
    private CompletableFuture<ReloadReport> queued;

    private final List<Consumer<ReloadReport>> finished = new CopyOnWriteArrayList<>();
    private volatile Loaded loaded;
    private volatile ReloadReport last;

    private ReloadService(Builder b) {
        this.reader = Objects.requireNonNull(b.reader, "reader");
        this.corpusDir = Objects.requireNonNull(b.corpusDir, "corpusDir");
        this.index = Objects.requireNonNull(b.index, "index");
        this.clock = b.clock;
        this.progress = b.progress;
        this.tracker = new ReloadProgress(clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reloads, or joins the reload already running and gets its report. Never completes exceptionally: a failure
     * is a report with {@code succeeded == false}.
     */
    public CompletableFuture<ReloadReport> reload() {
        synchronized (lock) {
            if (running == null) {
                running = start();
            }
            return running.copy();
        }
    }

    /**
     * Reloads with a read of the folder that starts after this call, for callers that have just changed it. While
     * a reload runs (it may have read the folder before the change) this waits for the next one, which every such
     * caller shares.
     */
    public CompletableFuture<ReloadReport> reloadAfterChange() {
        synchronized (lock) {
            if (running == null) {
                running = start();
                return running.copy();
            }
            if (queued == null) {
                queued = new CompletableFuture<>();
            }
            return queued.copy();
        }
    }

    /** Hears of every reload that finishes, successful or not, on the reload's thread (for the metrics). */
    public void onFinished(Consumer<ReloadReport> listener) {
        finished.add(Objects.requireNonNull(listener));
    }

    /** The corpus behind the served index, from the last reload that succeeded; empty before the first. */
    public Optional<Loaded> loaded() {
        return Optional.ofNullable(loaded);
    }

    /** How far the running reload has got; empty when none runs. */
    public Optional<ReloadProgress.Progress> progress() {
        return tracker.snapshot();
    }

    /** The report of the last reload that finished, successful or not. */
    public Optional<ReloadReport> last() {
        return Optional.ofNullable(last);
    }

    public PassageIndex index() {
        return index;
    }

    /** The reader every reload uses, so an upload can be checked exactly as the next reload will read it. */
    public CorpusReader reader() {
        return reader;
    }

    public Path corpusDir() {
        return corpusDir;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    // Called with the lock held.
    private CompletableFuture<ReloadReport> start() {
        CompletableFuture<ReloadReport> first = new CompletableFuture<>();
        try {
            worker.execute(() -> runFrom(first));
        } catch (RejectedExecutionException e) {
            first.complete(ReloadReport.failed("picket is shutting down", index.generation(), Duration.ZERO,
                    clock.instant()));
            return first;
        }
        return first;
    }

    private void runFrom(CompletableFuture<ReloadReport> first) {
        CompletableFuture<ReloadReport> current = first;
        while (current != null) {
            ReloadReport report = reloadNow();
            CompletableFuture<ReloadReport> next;
            synchronized (lock) {
                next = queued;
                queued = null;
                running = next;
            }
            current.complete(report);
            current = next;
        }
    }

    private ReloadReport reloadNow() {
        long start = System.nanoTime();
        ReloadReport report;
        try {
            report = reloadOrThrow(start);
            log.info("Reloaded {} in {} ms: generation {}, {} added, {} changed, {} removed, {} unchanged, "
                            + "{} skipped, {} passages indexed", corpusDir.toAbsolutePath(),
                    report.duration().toMillis(), report.generation(), report.added().size(),
                    report.changed().size(), report.removed().size(), report.unchanged(), report.skipped().size(),
                    report.passagesIndexed());
            report.skipped().forEach(f -> log.warn("Skipped {}: {}", f.file(), f.reason()));
            report.warnings().forEach(w -> log.warn("Corpus warning: {}", w));
        } catch (RuntimeException | Error e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            report = ReloadReport.failed(why, index.generation(), since(start), clock.instant());
            log.error("Reloading {} failed; still serving generation {}: {}", corpusDir.toAbsolutePath(),
                    report.generation(), why, e);
        }
        tracker.finished();
        last = report;
        for (Consumer<ReloadReport> listener : finished) {
            listener.accept(report);
        }
        return report;
    }

    private ReloadReport reloadOrThrow(long start) {
        // The reader cleans only files the index lacks or holds with another hash, and hands each over to be
        // written as it goes, so a reload holds one article's text at a time whatever the corpus's size. A file
        // that was indexed before but cannot be read now keeps its last good passages (the sync's rule).
        CorpusListing corpus;
        SyncReport sync;
        SyncProgress counted = id -> {
            tracker.written();
            progress.written(id);
        };
        try (IndexSync writing = index.startSync(counted)) {
            tracker.started(corpusDir, writing.indexed().size(), loaded == null && index.passageCount() == 0);
            corpus = reader.read(corpusDir, writing.indexed(), stamps, writing::write);
            sync = writing.commit(corpus);
        }

        Map<String, String> fileNames = new HashMap<>();
        Loaded previous = loaded;
        if (previous != null) {
            previous.corpus().articles().forEach(a -> fileNames.put(a.id(), a.fileName()));
        }
        corpus.articles().forEach(a -> fileNames.put(a.id(), a.fileName()));
        Set<String> inCorpus = new HashSet<>();
        corpus.articles().forEach(a -> inCorpus.add(a.id()));
        List<SkippedFile> skipped = corpus.report().skipped().stream()
                .map(f -> !inCorpus.contains(Article.idOf(f.file())) && index.holds(Article.idOf(f.file()))
                        ? new SkippedFile(f.file(), f.reason() + "; its previously indexed version is still served")
                        : f)
                .toList();
        Instant now = clock.instant();
        loaded = new Loaded(corpus, sync, now);
        return new ReloadReport(true, names(sync.added(), fileNames), names(sync.changed(), fileNames),
                names(sync.removed(), fileNames), skipped, sync.unchanged(), sync.passagesIndexed(),
                index.generation(), since(start), now, null, corpus.report().warnings());
    }

    private static List<String> names(List<String> ids, Map<String, String> fileNames) {
        return ids.stream().map(id -> fileNames.getOrDefault(id, id)).toList();
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** The corpus as listed by a reload (metadata, no texts), what its sync changed, and when. */
    public record Loaded(CorpusListing corpus, SyncReport sync, Instant at) {

        public Optional<ArticleInfo> article(String id) {
            return corpus.article(id);
        }
    }

    public static final class Builder {
        private CorpusReader reader;
        private Path corpusDir;
        private PassageIndex index;
        private Clock clock = Clock.systemUTC();
        private SyncProgress progress = SyncProgress.NONE;

        public Builder reader(CorpusReader reader) {
            this.reader = reader;
            return this;
        }

        public Builder corpusDir(Path corpusDir) {
            this.corpusDir = corpusDir;
            return this;
        }

        public Builder index(PassageIndex index) {
            this.index = index;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** Hears of each article written before the commit; tests use it to fail or stop a reload part-way. */
        public Builder progress(SyncProgress progress) {
            this.progress = Objects.requireNonNull(progress);
            return this;
        }

        public ReloadService build() {
            return new ReloadService(this);
        }
    }
}
