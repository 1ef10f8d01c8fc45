package dev.picket.corpus;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Sentence splitting for English news text, shared by the passage splitter and the answerers. */
public final class Sentences {

    // BreakIterator breaks after these even though the sentence goes on.
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sir", "st", "no",
            "vs", "gen", "gov", "sen", "rep", "rev", "lt", "col", "capt", "sgt", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "etc", "approx", "inc", "ltd", "co");
    // The word before a final full stop is looked for in the sentence's last characters only, so a huge run of
    // letters costs linear, not quadratic, time.
    private static final int LAST_WORD_WINDOW = 32;
    private static final int LONGEST_ABBREVIATION = 6;
    /** The longest sentence handed out; an article with no full stops must not make an unbounded answer. */
    public static final int MAX_WORDS = 100;
    public static final int MAX_CHARS = 1_000;
    // A sentence instance is built from its rules on every call; indexing splits every paragraph, so each thread
    // keeps one and hands it each text in turn.
    private static final ThreadLocal<BreakIterator> SENTENCE_BREAKS =
            ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(Locale.UK));

    private Sentences() {
    }

    /**
     * The sentences of a paragraph, trimmed, in order. A sentence longer than {@link #MAX_WORDS} words or
     * {@link #MAX_CHARS} characters is cut at words into pieces that fit.
     */
    public static List<String> split(String paragraph) {
        BreakIterator it = SENTENCE_BREAKS.get();
        it.setText(paragraph);
        List<String> raw = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            // What substring(start, end).strip() gives, cut once.
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(paragraph.codePointAt(from))) {
                from += Character.charCount(paragraph.codePointAt(from));
            }
            while (to > from && Character.isWhitespace(paragraph.codePointBefore(to))) {
                to -= Character.charCount(paragraph.codePointBefore(to));
            }
            if (from < to) {
                raw.add(paragraph.substring(from, to));
            }
        }
        List<String> out = new ArrayList<>();
        for (String sentence : mergeFalseBreaks(raw)) {
            // Words are parted by white space, so a sentence of at most twice MAX_WORDS characters has at most
            // MAX_WORDS words and need not be counted.
            if (sentence.length() <= MAX_CHARS
                    && (sentence.length() <= 2 * MAX_WORDS || Words.count(sentence) <= MAX_WORDS)) {
                out.add(sentence);
            } else {
                out.addAll(Words.cut(sentence, MAX_WORDS, MAX_CHARS));
            }
        }
        return out;
    }

    private static List<String> mergeFalseBreaks(List<String> raw) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        // The one piece current holds, handed out as it is when nothing joins it: most sentences are not merged,
        // and copying each again was a twentieth of what indexing allocates.
        String alone = null;
        for (String s : raw) {
            if (!current.isEmpty() && !continues(current, s)) {
                out.add(alone != null ? alone : current.toString());
                current.setLength(0);
            }
            alone = current.isEmpty() ? s : null;
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(s);
        }
        if (!current.isEmpty()) {
            out.add(alone != null ? alone : current.toString());
        }
        return out;
    }

    private static boolean continues(CharSequence previous, String next) {
        if (endsWithFullStop(previous) && abbreviationEnds(previous)) {
            return true;
        }
        // A sentence does not start in lower case; BreakIterator split an ellipsis or an initial.
        return Character.isLowerCase(next.codePointAt(0));
    }

    /** What {@code \.\s*$} needs: the last character that is not {@code \s} is a full stop. */
    private static boolean endsWithFullStop(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '.';
    }

    /**
     * Whether the run of letters and full stops before the final full stop is an abbreviation: what the pattern
     * {@code (?<![\p{L}.])([\p{L}.]+)\.\s*$} found, searched within the last {@link #LAST_WORD_WINDOW}
     * characters (so the run starts there) and looking behind them, as a scan of characters; indexing splits
     * every passage, and the pattern was a tenth of its CPU. Called only when the text ends in a full stop.
     */
    static boolean abbreviationEnds(CharSequence previous) {
        int stop = previous.length() - 1;
        while (previous.charAt(stop) != '.') {
            stop--;
        }
        int start = stop;
        while (start > 0) {
            int cp = Character.codePointBefore(previous, start);
            if (cp != '.' && !Character.isLetter(cp)) {
                break;
            }
            start -= Character.charCount(cp);
        }
        if (start == stop || start < previous.length() - LAST_WORD_WINDOW) {
            return false;
        }
        // Lower-casing never shortens a word, so a longer one is no abbreviation of the list.
        return stop - start <= LONGEST_ABBREVIATION
                && ABBREVIATIONS.contains(previous.subSequence(start, stop).toString().toLowerCase(Locale.ROOT));
    }
}
