package dev.picket.retrieval.answer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.picket.retrieval.index.IndexStats;
import dev.picket.retrieval.index.QueryTerms;

/**
 * Misspelt words put right before a question is read, so its kind, its terms and its embedding all see the word
 * meant: "why r nurss striking", "the health secretery", "appointmnets". A word is corrected only when it is not
 * English and the articles don't use it, and only to an English word one edit away (a letter left out, added or
 * changed, or two letters swapped) whose analysed term the index holds; the commonest in the index wins. A real
 * word is never turned into another ("world" is English, so it never becomes "would"), and a word is only ever
 * corrected towards the articles' own words, or to a function word of English ("teh", "waht", "thier", "shoud"):
 * one the analyser drops, so the slip read as a word no article uses would make the question look unanswerable.
 *
 * <p>English is the whole-word vocabulary of the MiniLM tokenizer, with regular endings ({@link English}).
 */
final class Typos {

    /** Shorter words are chat forms or too close to other words for one edit to mean a typo. */
    private static final int MIN_LENGTH = 5;
    /**
     * A word of 3 or 4 letters is taken for a slip of a function word only by two letters typed in the wrong order
     * ("teh", "waht"): any other edit of so short a word makes a function word of chat forms ("wat", "abt").
     */
    private static final int MIN_SLIP = 3;
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}'@#-])\\p{Ll}+(?![\\p{L}\\p{N}'-])");

    private Typos() {
    }

    /** The question with each misspelt word replaced by the word it was meant to be, when one is clear. */
    static String corrected(String question, IndexStats stats) {
        Matcher m = WORD.matcher(question);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String word = m.group();
            if (word.length() < MIN_SLIP || English.isWord(word) || held(word, stats)) {
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

    /**
     * What a misspelt word was meant to be, from one walk of {@link OneEdit}: the English word one edit away that the
     * index holds most often (of equally common ones, the first in the walk's order; a string that comes again
     * scores as it did, so it can't win then), else the first function word of English one edit away, one the
     * analyser drops; null when there is neither. A word shorter than {@link #MIN_LENGTH} is only a slip of a
     * function word, by a swap of neighbouring letters.
     */
    private static String meant(String word, IndexStats stats) {
        boolean slipOnly = word.length() < MIN_LENGTH;
        String best = null;
        int bestFreq = 0;
        String function = null;
        for (OneEdit edit = new OneEdit(word); edit.next(); ) {
            if (slipOnly && !edit.isSwap() || !English.mayBeWord(edit.hash())) {
                continue;
            }
            String candidate = edit.text();
            if (!English.isWord(candidate)) {
                continue;
            }
            List<String> terms = QueryTerms.of(candidate);
            if (terms.isEmpty()) {
                function = function == null && !candidate.equals(word) ? candidate : function;
            } else if (!slipOnly && terms.size() == 1) {
                int freq = stats.docFreq(terms.getFirst());
                if (freq > bestFreq) {
                    best = candidate;
                    bestFreq = freq;
                }
            }
        }
        return best != null ? best : function;
    }
}
