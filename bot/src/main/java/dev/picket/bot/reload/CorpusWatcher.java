package dev.picket.bot.reload;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads when files in the corpus folder change, once they have settled: a copy of many files, or an editor's
 * save in several steps, becomes one reload after {@code settle} without further changes. Hidden files (an
 * upload's staging folder, a sidecar being rewritten) are ignored.
 */
public final class CorpusWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CorpusWatcher.class);

    private final ReloadService reloads;
    private final Duration settle;
    private WatchService watcher;
    private Thread thread;

    public CorpusWatcher(ReloadService reloads, Duration settle) {
        this.reloads = Objects.requireNonNull(reloads, "reloads");
        this.settle = Objects.requireNonNull(settle, "settle");
    }

    public void start() throws IOException {
        Path dir = reloads.corpusDir();
        watcher = dir.getFileSystem().newWatchService();
        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        thread = Thread.ofPlatform().name("picket-corpus-watch").daemon().start(this::watch);
        log.info("Watching {} for changes; a reload follows {} ms after they settle", dir.toAbsolutePath(),
                settle.toMillis());
    }

    private void watch() {
        long quietSince = 0;
        boolean pending = false;
        try {
            while (true) {
                WatchKey key = pending ? watcher.poll(settle.toMillis(), TimeUnit.MILLISECONDS) : watcher.take();
                if (key != null) {
                    if (relevant(key)) {
                        pending = true;
                        quietSince = System.nanoTime();
                    }
                    key.reset();
                }
                if (pending && System.nanoTime() - quietSince >= settle.toNanos()) {
                    pending = false;
                    reloads.reloadAfterChange();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: picket is stopping.
        }
    }

    private static boolean relevant(WatchKey key) {
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            // Events can be lost when many arrive at once; a reload catches up with whatever happened.
            if (event.kind() == StandardWatchEventKinds.OVERFLOW
                    || event.context() instanceof Path p && !p.getFileName().toString().startsWith(".")) {
                relevant = true;
            }
        }
        return relevant;
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        if (thread != null) {
            thread.interrupt();
        }
    }
}
