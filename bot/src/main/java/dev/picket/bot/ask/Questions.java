package dev.picket.bot.ask;

import java.util.regex.Pattern;

import dev.picket.bot.api.BadRequestException;

/** The checks every question passes before it reaches retrieval, whichever door it came in by. */
public final class Questions {

    public static final int MAX_LENGTH = 1_000;

    // Control characters (but not line breaks and tabs) only ever come from a broken or hostile client.
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t\\r]]");

    private Questions() {
    }

    /** The question, stripped and cleaned of control characters. */
    public static String check(String question) {
        if (question == null || question.isBlank()) {
            throw new BadRequestException("the question is missing or empty");
        }
        String clean = CONTROL.matcher(question).replaceAll(" ").strip();
        if (clean.isEmpty()) {
            throw new BadRequestException("the question is missing or empty");
        }
        if (clean.length() > MAX_LENGTH) {
            throw new BadRequestException("the question is " + clean.length() + " characters long; the limit is "
                    + MAX_LENGTH);
        }
        return clean;
    }
}
