package dev.picket.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/** The sample corpus bundled in {@code corpus/articles}; surefire runs tests with the module as working folder. */
final class SampleCorpus {

    static final Path DIR = Path.of("articles");

    static final List<String> FILES = List.of(
            "000_49e35b76aa9f111b.txt",
            "001_33371de56cf75ba2.txt",
            "002_d59a43f00b1277ce.txt",
            "003_9c64a7fd3e2ddd29.txt",
            "004_b8399ad4387e3a20.txt");

    private SampleCorpus() {
    }

    static Corpus read() {
        return CorpusReader.builder().build().read(DIR);
    }

    /** Copies every sample file, {@code sources.csv} included, into {@code target} and returns it. */
    static Path copyTo(Path target) {
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName().toString()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article article(Corpus corpus, String id) {
        return corpus.articles().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + id + " in " + corpus.report().loaded()));
    }

    static String words(int n, String word) {
        return String.join(" ", Collections.nCopies(n, word));
    }
}
