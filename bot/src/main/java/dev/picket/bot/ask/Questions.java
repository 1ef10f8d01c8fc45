package dev.picket.bot.ask;

import java.util.regex.Pattern;

/** The checks every question passes before it reaches retrieval, whichever door it came in by. */
public final class Questions {

    public static final int MAX_LENGTH = 1_000;

    // Control characters (but not line breaks and tabs) only ever come from a broken or hostile client.
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t\\r]]");

    private Questions() {
    }

    /** The question checked against the longest any front end takes. */
    public static QuestionCheck check(String question) {
        return check(question, MAX_LENGTH);
    }

    /** The question checked against a front end's own, shorter, limit. */
    public static QuestionCheck check(String question, int maxLength) {
        int limit = Math.min(maxLength, MAX_LENGTH);
        // The length is checked before any pattern runs, so a huge question costs no more than its strip().
        String stripped = question == null ? "" : question.strip();
        if (stripped.length() > limit) {
            return new QuestionCheck.TooLong(stripped.length(), limit);
        }
        String clean = CONTROL.matcher(stripped).replaceAll(" ").strip();
        if (clean.isEmpty()) {
            return new QuestionCheck.Empty();
        }
        return new QuestionCheck.Accepted(clean);
    }
}
