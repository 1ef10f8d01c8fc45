package dev.picket.bot.reload;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import dev.picket.corpus.CorpusReader;
import dev.picket.retrieval.index.PassageIndex;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: reloads a corpus, and after writing {@code stopAfter} articles
 * (before the commit) says so on stdout and waits to be killed.
 */
public final class CrashingReload {

    static final String MID_RELOAD = "MID-RELOAD";

    private CrashingReload() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path indexDir = Path.of(args[1]);
        int stopAfter = Integer.parseInt(args[2]);
        AtomicInteger written = new AtomicInteger();
        PassageIndex index = PassageIndex.open(indexDir);
        ReloadService reloads = ReloadService.builder().reader(CorpusReader.builder().build()).corpusDir(corpus)
                .index(index).progress(id -> {
                    if (written.incrementAndGet() == stopAfter) {
                        System.out.println(MID_RELOAD);
                        System.out.flush();
                        try {
                            Thread.sleep(Long.MAX_VALUE);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }).build();
        reloads.reload().join();
        System.out.println("finished without being killed");
    }
}
