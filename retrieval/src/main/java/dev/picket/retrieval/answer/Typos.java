package dev.picket.retrieval.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.picket.retrieval.index.IndexStats;
import dev.picket.retrieval.index.QueryTerms;

/**
 * Misspelt words put right before a question is read, so its kind, its terms and its embedding all see the word
 * meant: "why r nurss striking", "the health secretery", "appointmnets". A word is corrected only when it is not
 * English and the articles don't use it, and only to an English word one edit away (a letter left out, added or
 * changed, or two letters swapped) whose analysed term the index holds; the commonest in the index wins. A real
 * word is never turned into another ("world" is English, so it never becomes "would"), and a word is only ever
 * corrected towards the articles' own words.
 *
 * <p>English is the whole-word vocabulary of the MiniLM tokenizer that ships with the embedding model (about
 * 22,000 lower-case words): a general list, not one written for picket. Its words are mostly base forms, so a
 * word also counts as English when it is one of them with a regular ending ("strikes", "cancelled").
 */
final class Typos {

    /** Shorter words are chat forms or too close to other words for one edit to mean a typo. */
    private static final int MIN_LENGTH = 5;
    /**
     * A base form shorter than this, with an ending, makes too many false words ("for" + "ing"); one letter
     * shorter when the ending replaced a letter of it ("suing" is "sue").
     */
    private static final int MIN_BASE = 4;
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}'@#-])\\p{Ll}+(?![\\p{L}\\p{N}'-])");
    /** Regular endings and what the base form ends with instead: "cancelled" is "cancel", "studies" "study". */
    private static final String[][] ENDINGS = {{"s", ""}, {"es", ""}, {"ies", "y"}, {"ed", ""}, {"ed", "e"},
        {"led", ""}, {"ing", ""}, {"ing", "e"}, {"ly", ""}, {"er", ""}, {"ers", ""}};

    private Typos() {
    }

    /** The question with each misspelt word replaced by the word it was meant to be, when one is clear. */
    static String corrected(String question, IndexStats stats) {
        Matcher m = WORD.matcher(question);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String word = m.group();
            if (word.length() < MIN_LENGTH || English.isWord(word) || held(word, stats)) {
                continue;
            }
            String meant = meant(word, stats);
            if (meant != null) {
                out = out == null ? new StringBuilder(question.length() + 8) : out;
                out.append(question, last, m.start()).append(meant);
                last = m.end();
            }
        }
        return out == null ? question : out.append(question, last, question.length()).toString();
    }

    /** Whether the articles use the word: its analysed term is in the index (a stop word counts as used). */
    private static boolean held(String word, IndexStats stats) {
        List<String> terms = QueryTerms.of(word);
        return terms.isEmpty() || terms.stream().allMatch(t -> stats.docFreq(t) > 0);
    }

    /** The English word one edit away that the index holds most often, or null when none is. */
    private static String meant(String word, IndexStats stats) {
        String best = null;
        int bestFreq = 0;
        for (String candidate : oneEditAway(word)) {
            if (!English.isWord(candidate)) {
                continue;
            }
            List<String> terms = QueryTerms.of(candidate);
            int freq = terms.size() == 1 ? stats.docFreq(terms.getFirst()) : 0;
            if (freq > bestFreq) {
                best = candidate;
                bestFreq = freq;
            }
        }
        return best;
    }

    /** Every string one deletion, swap of neighbours, change or insertion of a letter away, in that order. */
    static Set<String> oneEditAway(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < word.length(); i++) {
            out.add(word.substring(0, i) + word.substring(i + 1));
        }
        for (int i = 0; i + 1 < word.length(); i++) {
            out.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
        }
        for (int i = 0; i <= word.length(); i++) {
            for (char c = 'a'; c <= 'z'; c++) {
                if (i < word.length() && c != word.charAt(i)) {
                    out.add(word.substring(0, i) + c + word.substring(i + 1));
                }
                out.add(word.substring(0, i) + c + word.substring(i));
            }
        }
        out.remove(word);
        return out;
    }

    /** The tokenizer's whole words, read once, when a question first holds a word the articles don't use. */
    static final class English {

        private static final Set<String> WORDS = read();

        private English() {
        }

        static boolean isWord(String word) {
            if (WORDS.contains(word)) {
                return true;
            }
            for (String[] ending : ENDINGS) {
                int stem = word.length() - ending[0].length();
                if (stem > 0 && word.endsWith(ending[0])
                        && stem + ending[1].length() >= (ending[1].isEmpty() ? MIN_BASE : MIN_BASE - 1)
                        && WORDS.contains(word.substring(0, stem) + ending[1])) {
                    return true;
                }
            }
            return false;
        }

        /** Empty when the model's tokenizer is not on the class path: then nothing is corrected. */
        private static Set<String> read() {
            try (InputStream in = Typos.class.getResourceAsStream(TOKENIZER)) {
                if (in == null) {
                    return Set.of();
                }
                JsonNode vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
                Set<String> words = new HashSet<>();
                for (Iterator<String> it = vocab.fieldNames(); it.hasNext(); ) {
                    String token = it.next();
                    if (token.length() > 1 && token.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                        words.add(token.toLowerCase(Locale.ROOT));
                    }
                }
                return Set.copyOf(words);
            } catch (IOException e) {
                throw new UncheckedIOException("the tokenizer's vocabulary could not be read", e);
            }
        }
    }
}
