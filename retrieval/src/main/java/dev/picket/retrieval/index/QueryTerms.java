package dev.picket.retrieval.index;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns free text into the analysed terms the index holds. This is the only way user text reaches Lucene:
 * the terms become term queries, so {@code ?}, {@code *}, {@code :}, {@code AND}, quotes and brackets are
 * just characters the tokenizer drops, never syntax.
 */
public final class QueryTerms {

    /** Far above any real question, and well under Lucene's 1,024-clause limit with two fields per term. */
    static final int MAX_TERMS = 200;

    /**
     * Lucene's English stop words plus the words every question is made of. They carry no topic, and left in
     * they would match every passage and dilute the evidence score. "may" stays: it is also a month.
     */
    private static final CharArraySet STOP_WORDS;

    static {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(List.of("who", "whom", "whose", "what", "when", "where", "which", "why", "how", "much", "many",
                "do", "does", "did", "done", "doing", "was", "were", "been", "being", "has", "have", "had", "would",
                "could", "should", "can", "about", "tell", "me", "please", "i", "you", "your", "my", "we", "our",
                "he", "she", "his", "her", "its", "them", "from", "than", "so", "any", "some", "all", "also", "just",
                "s", "t", "know", "happen", "happened", "going", "get", "got"));
        STOP_WORDS = CharArraySet.unmodifiableSet(words);
    }


    private static final Analyzer ENGLISH = new EnglishAnalyzer(STOP_WORDS);

    /**
     * The analysed forms of Snowball's English stop list (Lucene's copy) that the index keeps: "up", "out",
     * "during", "again"… Passages keep them, as phrases need them ("walk out"). Not answer.UnseenWords'
     * function terms, which are the words a yes/no never hinges on.
     */
    private static final Set<String> KEPT_STOP_WORDS = keptStopWords();

    private static Set<String> keptStopWords() {
        try (var in = SnowballFilter.class.getResourceAsStream("english_stop.txt")) {
            if (in == null) {
                throw new IllegalStateException("no english_stop.txt beside " + SnowballFilter.class.getName());
            }
            Set<String> terms = new HashSet<>();
            for (Object w : WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                terms.addAll(setOf(new String((char[]) w)));
            }
            return Set.copyOf(terms);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lucene's English stop list", e);
        }
    }

    /** Whether the analysed term is an English stop word the index keeps ({@link #KEPT_STOP_WORDS}). */
    public static boolean isKeptStopWord(String term) {
        return KEPT_STOP_WORDS.contains(term);
    }

    private QueryTerms() {
    }

    /** The analyser's stop words, for {@link TermMemo}, which applies its filters one token at a time. */
    static CharArraySet stopWords() {
        return STOP_WORDS;
    }

    /** The analyser used for passage text and titles: English stop words, possessives and Porter stemming. */
    public static Analyzer analyzer() {
        return ENGLISH;
    }

    /** The distinct analysed terms of the text, in order of first appearance, at most {@value #MAX_TERMS}. */
    public static List<String> of(String text) {
        return List.copyOf(distinct(text, MAX_TERMS));
    }

    /** All the distinct analysed terms, for matching sentences against a question. */
    public static Set<String> setOf(String text) {
        return distinct(text, Integer.MAX_VALUE);
    }

    /**
     * The text with each character that joins words under Unicode's rules (colons, middle dots) or is an ASCII
     * control made a space. A loop, not a regular expression: indexing runs it on every sentence.
     */
    static String withoutJoiners(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || c == ':' || c == '\u00B7' || c == '\u2027' || c == '\uFE13'
                    || c == '\uFE55' || c == '\uFF1A') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static Set<String> distinct(String text, int max) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        // Unicode word rules keep "text:nurses" as one word (a colon between letters joins them); a user who
        // types a field-like prefix means two words.
        try (TokenStream ts = ENGLISH.tokenStream(Schema.TEXT, withoutJoiners(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && terms.size() < max) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            // Analysing a String never does I/O.
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
