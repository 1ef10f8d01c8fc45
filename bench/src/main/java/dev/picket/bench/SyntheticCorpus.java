package dev.picket.bench;

import static dev.picket.bench.StrikeLexicon.pick;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded corpus folder of made-up NHS strike news for benchmarks, with the vocabulary statistics of real news:
 * articles of a headline and twelve to nineteen paragraphs, dated across 2022–2026, from a dozen outlets, with a
 * {@code sources.csv}. About nine passages an article at the default splitter.
 *
 * <p>Two kinds of sentence make an article. Four in ten are NHS-strike sentence templates (unions, staff groups,
 * ministers, trusts, places, pay figures, ballots, dates); the rest are drawn word by word from
 * {@link NewsVocabulary}, Zipf's law over real English words with a long tail of made-up names and rare words,
 * so the number of distinct words grows with the corpus as in real text (Heaps' law) and most words are rare.
 * Each article has a handful of topic words, a place, a person, a union and a staff group that it keeps
 * returning to, as a story does. One article in ten is a wire copy of an earlier one, republished within two
 * days under another outlet with light edits. The same seed and size always give the same files, and article n
 * is the same whatever the size. {@link ArticleWriter} writes an original, {@link SyntheticQuestions} asks about
 * the corpus.
 */
final class SyntheticCorpus {

    private static final int WIRE_COPY_ONE_IN = 10;

    private SyntheticCorpus() {
    }

    /** The article file name of the n-th synthetic article; what a benchmark edits to time a reload. */
    static String fileName(int n) {
        return String.format(Locale.ROOT, "syn-%06d.txt", n);
    }

    /**
     * Writes {@code articles} article files and their {@code sources.csv} into {@code dir}.
     */
    static void write(Path dir, int articles, long seed) throws IOException {
        Files.createDirectories(dir);
        NewsVocabulary words = NewsVocabulary.english();
        try (BufferedWriter csv = Files.newBufferedWriter(dir.resolve("sources.csv"), StandardCharsets.UTF_8)) {
            csv.write("file,source,published,title,url\n");
            for (int a = 0; a < articles; a++) {
                Story story = story(a, seed, words);
                String name = fileName(a);
                Files.writeString(dir.resolve(name), story.text(), StandardCharsets.UTF_8);
                csv.write(name + "," + story.outlet() + "," + story.published() + ",\""
                        + story.title().replace("\"", "\"\"") + "\",https://news.example/" + a + "\n");
            }
        }
    }

    /**
     * The n-th article. Each has its own random stream, so a wire copy can regenerate its original rather than
     * the writer keeping every text in memory.
     */
    private static Story story(int n, long seed, NewsVocabulary words) {
        SplittableRandom r = new SplittableRandom(mix(seed, n));
        if (n >= WIRE_COPY_ONE_IN && r.nextInt(WIRE_COPY_ONE_IN) == 0) {
            return wireCopy(story(r.nextInt(n), seed, words), r, words);
        }
        return new ArticleWriter(r, words).write();
    }

    /**
     * A well-mixed seed for article n. SplittableRandom steps its seed by a fixed odd constant, so seeds that
     * differ by a multiple of it give the same stream shifted: article seeds must not be in arithmetic progression.
     */
    private static long mix(long seed, int n) {
        long z = seed + (n + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * An agency story republished: a new sentence at the top, one paragraph dropped, one figure changed, up to
     * two days later, under another outlet, with the same headline or a new one.
     */
    private static Story wireCopy(Story original, SplittableRandom r, NewsVocabulary words) {
        ArticleWriter writer = new ArticleWriter(r, words);
        List<String> paragraphs = new ArrayList<>(List.of(original.text().split("\n\n")));
        if (paragraphs.size() > 3) {
            paragraphs.remove(1 + r.nextInt(paragraphs.size() - 1));
        }
        paragraphs.set(0, writer.sentence() + " " + paragraphs.get(0));
        String text = (String.join("\n\n", paragraphs) + "\n\n")
                .replaceFirst("\\d+ per cent", (2 + r.nextInt(96)) + " per cent");
        LocalDate published = original.published().plusDays(r.nextInt(3));
        String outlet;
        do {
            outlet = pick(StrikeLexicon.OUTLETS, r);
        } while (outlet.equals(original.outlet()));
        return new Story(r.nextBoolean() ? original.title() : writer.headline(),
                text, published.isAfter(ArticleWriter.LAST) ? ArticleWriter.LAST : published, outlet);
    }
}
