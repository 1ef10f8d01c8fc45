package dev.picket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.picket.bot.CorpusFolder;
import dev.picket.bot.reload.ReloadReport;
import dev.picket.bot.reload.ReloadService;
import dev.picket.corpus.CorpusReader;
import dev.picket.retrieval.index.PassageIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reload time on a large synthetic corpus: the first full build, a reload with nothing changed, and a reload
 * after one article is edited. A benchmark, not a test: it asserts nothing about time and is not part of the
 * normal build (the name does not end in Test). Run it with
 * {@code mvn -B -q -pl bench -am test -Dtest=ReloadBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbench.articles=10000}.
 */
class ReloadBenchmark {

    @TempDir
    Path tmp;

    @Test
    void reload_time_for_one_changed_article() throws IOException {
        int articles = Integer.getInteger("bench.articles", 10_000);
        int rounds = Integer.getInteger("bench.rounds", 10);
        // The synthetic news by default: its names and definitions fill the abbreviation table as real news does.
        boolean synthetic = Boolean.parseBoolean(System.getProperty("bench.synthetic", "true"));
        CorpusFolder corpus = new CorpusFolder(tmp.resolve("articles"));
        if (synthetic) {
            SyntheticCorpus.write(corpus.dir, articles, 42);
        } else {
            for (int i = 0; i < articles; i++) {
                corpus.article(String.format(Locale.ROOT, "article-%05d.txt", i), CorpusFolder.prose(i, 400));
            }
        }
        try (PassageIndex index = PassageIndex.open(tmp.resolve("index"));
             ReloadService reloads = ReloadService.builder().reader(CorpusReader.builder().build())
                     .corpusDir(corpus.dir).index(index).build()) {
            ReloadReport full = reloads.reload().join();
            print("full build", full);
            List<Long> unchanged = new ArrayList<>();
            List<Long> oneChanged = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                unchanged.add(reloads.reload().join().duration().toMillis());
                String name = synthetic ? SyntheticCorpus.fileName((r * 7919) % articles)
                        : String.format(Locale.ROOT, "article-%05d.txt", (r * 7919) % articles);
                Path file = corpus.dir.resolve(name);
                Files.writeString(file, synthetic ? Files.readString(file) + "\n\nUpdated: talks resumed on round " + r
                        + ".\n" : CorpusFolder.prose(r, 400) + " Edit number " + r + ".");
                ReloadReport edited = reloads.reload().join();
                if (!edited.changed().equals(List.of(name))) {
                    throw new IllegalStateException("expected only " + name + " to change: " + edited);
                }
                oneChanged.add(edited.duration().toMillis());
            }
            System.out.printf(Locale.ROOT, "%n%d articles, %d passages; %d rounds%n", index.articleCount(),
                    index.passageCount(), rounds);
            System.out.printf(Locale.ROOT, "full build:          %d ms (%d passages)%n", full.duration().toMillis(),
                    full.passagesIndexed());
            System.out.println("unchanged reload:    " + summary(unchanged));
            System.out.println("one article changed: " + summary(oneChanged));
        }
    }

    private static void print(String what, ReloadReport r) {
        System.out.printf(Locale.ROOT, "%s: %d ms, %d added, %d changed, %d passages%n", what,
                r.duration().toMillis(), r.added().size(), r.changed().size(), r.passagesIndexed());
    }

    private static String summary(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted(Comparator.naturalOrder()).toList();
        return String.format(Locale.ROOT, "median %d ms, min %d ms, max %d ms", sorted.get(sorted.size() / 2),
                sorted.getFirst(), sorted.getLast());
    }
}
