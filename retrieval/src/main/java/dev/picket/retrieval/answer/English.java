package dev.picket.retrieval.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The whole words of the MiniLM tokenizer that ships with the embedding model (about 22,000 lower-case words): a
 * general list of English, not one written for picket, read once, when a question first holds a word the
 * articles don't use. Its words are mostly base forms, so a word also counts as English when it is one of them
 * with a regular ending ("strikes", "cancelled").
 */
final class English {

    /**
     * A base form shorter than this, with an ending, makes too many false words ("for" + "ing"); one letter
     * shorter when the ending replaced a letter of it ("suing" is "sue").
     */
    private static final int MIN_BASE = 4;
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    /** Regular endings and what the base form ends with instead: "cancelled" is "cancel", "studies" "study". */
    private static final String[][] ENDINGS = {{"s", ""}, {"es", ""}, {"ies", "y"}, {"ed", ""}, {"ed", "e"},
        {"led", ""}, {"ing", ""}, {"ing", "e"}, {"ly", ""}, {"er", ""}, {"ers", ""}};

    private static final Set<String> WORDS = read();
    /**
     * The {@link String#hashCode} of every string {@link #isWord} accepts, in an open-addressed table (0 is an
     * empty slot): a misspelling has some hundreds of strings one edit away, and the table rules out nearly all of
     * them by a hash worked out without building the string ({@link OneEdit}).
     */
    private static final int[] FORMS = forms();

    private English() {
    }

    static boolean isWord(String word) {
        if (WORDS.contains(word)) {
            return true;
        }
        for (String[] ending : ENDINGS) {
            int stem = word.length() - ending[0].length();
            if (stem > 0 && word.endsWith(ending[0]) && stem + ending[1].length() >= least(ending)
                    && WORDS.contains(word.substring(0, stem) + ending[1])) {
                return true;
            }
        }
        return false;
    }

    /** False when no string of this hash is a word; true when one may be, which {@link #isWord} then tells. */
    static boolean mayBeWord(int hash) {
        if (hash == 0) {
            return true;
        }
        int mask = FORMS.length - 1;
        for (int i = slot(hash, FORMS.length); FORMS[i] != 0; i = (i + 1) & mask) {
            if (FORMS[i] == hash) {
                return true;
            }
        }
        return false;
    }

    private static int least(String[] ending) {
        return ending[1].isEmpty() ? MIN_BASE : MIN_BASE - 1;
    }

    /** Fibonacci hashing: the top bits of the product, as a string's hash differs little in its low bits. */
    private static int slot(int hash, int tableLength) {
        return hash * 0x9E3779B9 >>> Integer.numberOfLeadingZeros(tableLength) + 1;
    }

    /** Each word and each of its forms with an ending: the strings {@link #isWord} accepts, as it reads them. */
    private static int[] forms() {
        Set<Integer> hashes = new HashSet<>();
        for (String word : WORDS) {
            hashes.add(word.hashCode());
            for (String[] ending : ENDINGS) {
                int stem = word.length() - ending[1].length();
                if (stem > 0 && word.endsWith(ending[1]) && word.length() >= least(ending)) {
                    hashes.add((word.substring(0, stem) + ending[0]).hashCode());
                }
            }
        }
        int[] table = new int[Integer.highestOneBit(Math.max(1, hashes.size())) * 4];
        int mask = table.length - 1;
        for (int hash : hashes) {
            if (hash != 0) {
                int i = slot(hash, table.length);
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = hash;
            }
        }
        return table;
    }

    /** Empty when the model's tokenizer is not on the class path: then nothing is corrected. */
    private static Set<String> read() {
        try (InputStream in = English.class.getResourceAsStream(TOKENIZER)) {
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
