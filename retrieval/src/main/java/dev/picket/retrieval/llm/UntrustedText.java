package dev.picket.retrieval.llm;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text picket did not write (passages, a conversation's earlier turns), made plain before it goes into a prompt:
 * folded to its compatibility form (NFKC: a fullwidth {@code ＜} is a {@code <}) and stripped of invisible format
 * characters (zero-width, soft hyphen, bidi controls), so what the model reads is what a person sees.
 */
final class UntrustedText {

    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[\\n\\u000B\\f\\u0085\\u2028\\u2029]");
    // Line breaks and every other control or separator character, each run one space.
    private static final Pattern BREAKS_AND_SPACES = Pattern.compile("[\\p{Cc}\\p{Z}\\s]+");

    private UntrustedText() {
    }

    static String plain(String text) {
        return INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** The text plain, each of its line breaks (of any kind) as {@code lineBreak}. */
    static String breaksAs(String text, String lineBreak) {
        return LINE_BREAK.matcher(plain(text)).replaceAll(lineBreak);
    }

    /**
     * The text plain and on one line, no longer than {@code max} characters (an ellipsis marks a cut), so it
     * cannot start a line of the prompt of its own and pass for the prompt's structure.
     */
    static String oneLine(String text, int max) {
        String line = BREAKS_AND_SPACES.matcher(plain(text)).replaceAll(" ").strip();
        return line.length() <= max ? line : line.substring(0, max).strip() + "…";
    }
}
