package dev.picket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.picket.corpus.Corpus;
import dev.picket.corpus.CorpusReader;
import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic benchmark corpus keeps the shape bench/README.md promises: real news statistics, seeded. */
class SyntheticCorpusTest {

    @TempDir
    Path dir;

    @Test
    void should_write_the_same_files_when_given_the_same_seed() throws IOException {
        SyntheticCorpus.write(dir.resolve("a"), 40, 42);
        SyntheticCorpus.write(dir.resolve("b"), 40, 42);
        SyntheticCorpus.write(dir.resolve("c"), 40, 43);

        for (int n = 0; n < 40; n++) {
            assertThat(text(dir.resolve("b"), n)).isEqualTo(text(dir.resolve("a"), n));
        }
        assertThat(read(dir.resolve("b"), "sources.csv")).isEqualTo(read(dir.resolve("a"), "sources.csv"));
        assertThat(text(dir.resolve("c"), 0)).isNotEqualTo(text(dir.resolve("a"), 0));
    }

    @Test
    void should_keep_each_article_when_the_corpus_grows() throws IOException {
        SyntheticCorpus.write(dir.resolve("small"), 30, 42);
        SyntheticCorpus.write(dir.resolve("large"), 90, 42);

        for (int n = 0; n < 30; n++) {
            assertThat(text(dir.resolve("large"), n)).isEqualTo(text(dir.resolve("small"), n));
        }
    }

    @Test
    void should_grow_its_vocabulary_like_running_text_when_the_corpus_grows() throws IOException {
        SyntheticCorpus.write(dir, 600, 42);

        int at60 = words(dir, 60).size();
        int at600 = words(dir, 600).size();

        // Heaps' law: ten times the text gives more words, but far fewer than ten times as many (newswire:
        // about three times). The template corpus this replaced stopped growing at a few hundred words.
        assertThat(at60).isGreaterThan(5_000);
        assertThat((double) at600 / at60).isBetween(2.0, 6.0);
    }

    @Test
    void should_follow_zipfs_law_when_counting_its_words() throws IOException {
        SyntheticCorpus.write(dir, 300, 42);
        Map<String, Integer> counts = new HashMap<>();
        for (int n = 0; n < 300; n++) {
            for (String w : text(dir, n).toLowerCase().split("[^a-z]+")) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        int[] byRank = counts.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        int top = byRank.length - 1;

        // Frequency against rank on log scales: a slope near -1 from the common words to the rare ones, and
        // most distinct words seen only once or twice, as in real text (300 articles here give about 23,000).
        double slope = Math.log((double) byRank[top - 999] / byRank[top - 9]) / Math.log(100);
        long rare = Arrays.stream(byRank).filter(c -> c <= 2).count();
        assertThat(slope).isBetween(-1.3, -0.7);
        assertThat((double) rare / byRank.length).isBetween(0.4, 0.8);
    }

    @Test
    void should_republish_about_one_article_in_ten_as_a_near_duplicate_wire_copy() throws IOException {
        int articles = 400;
        SyntheticCorpus.write(dir, articles, 42);
        List<String[]> rows = sources(dir);
        Map<String, List<Integer>> withParagraph = new HashMap<>();
        List<Integer> copies = new ArrayList<>();
        for (int n = 0; n < articles; n++) {
            String[] paragraphs = text(dir, n).split("\n\n");
            Map<Integer, Integer> shared = new HashMap<>();
            for (String p : paragraphs) {
                List<Integer> earlier = withParagraph.computeIfAbsent(p, k -> new ArrayList<>());
                earlier.forEach(m -> shared.merge(m, 1, Integer::sum));
                earlier.add(n);
            }
            // A copy repeats all but its edited first paragraph, one dropped one and one with a changed figure; an
            // original shares none. A copy of a copy shares as much with both, and was published after either.
            List<Integer> originals = shared.entrySet().stream().filter(e -> e.getValue() >= paragraphs.length - 2)
                    .map(Map.Entry::getKey).toList();
            if (originals.isEmpty()) {
                assertThat(shared).as("article %d shares paragraphs without being a copy", n).isEmpty();
                continue;
            }
            copies.add(n);
            String outlet = rows.get(n)[1];
            LocalDate copied = LocalDate.parse(rows.get(n)[2]);
            assertThat(originals).as("article %d: an original published up to two days before, elsewhere", n)
                    .anySatisfy(m -> {
                        LocalDate from = LocalDate.parse(rows.get(m)[2]);
                        assertThat(copied).isBetween(from, from.plusDays(2));
                        assertThat(outlet).isNotEqualTo(rows.get(m)[1]);
                    });
        }

        assertThat(copies.size()).isBetween(articles / 20, articles / 6);
    }

    @Test
    void should_date_articles_across_2022_to_2026_with_about_nine_passages_each() throws IOException {
        SyntheticCorpus.write(dir, 200, 42);

        List<Integer> years = sources(dir).stream().map(r -> LocalDate.parse(r[2]).getYear()).toList();
        Corpus corpus = CorpusReader.builder().build().read(dir);

        assertThat(years).allMatch(y -> y >= 2022 && y <= 2026).contains(2022, 2023, 2024, 2025, 2026);
        assertThat(corpus.articles()).hasSize(200);
        assertThat(corpus.passageCount() / 200.0).isBetween(8.0, 10.0);
    }

    @Test
    void should_ask_questions_of_five_to_twelve_words_in_the_corpus_vocabulary_when_seeded() throws IOException {
        List<String> questions = SyntheticQuestions.generate(1_000, 7);
        SyntheticCorpus.write(dir, 500, 42);
        Set<String> corpusWords = words(dir, 500);

        assertThat(SyntheticQuestions.generate(1_000, 7)).isEqualTo(questions);
        assertThat(questions).allSatisfy(q -> assertThat(q.split(" ")).hasSizeBetween(5, 12));
        assertThat(new HashSet<>(questions)).hasSizeGreaterThan(950);
        // Drawn from the same distribution: most question words are in the corpus, a few (rare words, typos)
        // are not, as with real readers.
        List<String> asked = questions.stream().flatMap(q -> QueryTerms.of(q).stream()).toList();
        long known = asked.stream().filter(corpusWords::contains).count();
        assertThat((double) known / asked.size()).isBetween(0.80, 0.99);
    }

    private static Set<String> words(Path dir, int articles) throws IOException {
        Set<String> words = new HashSet<>();
        for (int n = 0; n < articles; n++) {
            QueryTerms.setOf(text(dir, n)).stream().filter(t -> t.chars().allMatch(Character::isLetter))
                    .forEach(words::add);
        }
        return words;
    }

    private static String text(Path dir, int n) throws IOException {
        return read(dir, SyntheticCorpus.fileName(n));
    }

    private static String read(Path dir, String file) throws IOException {
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    }

    /** The rows of sources.csv, by article: file, outlet, published (the title, quoted, is not needed here). */
    private static List<String[]> sources(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("sources.csv"), StandardCharsets.UTF_8).stream().skip(1)
                .map(line -> line.split(",", 4)).toList();
    }
}
