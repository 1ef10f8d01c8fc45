package dev.picket.retrieval;

import java.util.List;
import java.util.Objects;

/**
 * An earlier exchange of a conversation, for answering a follow-up ("and when?") that leaves its topic to the
 * questions before it.
 *
 * @param question what was asked
 * @param answer   what picket said, or null when the front end does not have it
 */
public record Turn(String question, String answer) {

    /** The longest question an answerer is given; a combined follow-up is cut to it. */
    public static final int MAX_QUESTION = 1_000;

    public Turn {
        Objects.requireNonNull(question, "question");
    }

    public static Turn of(String question) {
        return new Turn(question, null);
    }

    /**
     * The offline way to make a follow-up stand alone: the follow-up first, because its wording ("when…", "how
     * many…") says what kind of fact is wanted, then the earlier questions, which add the topic it leaves out,
     * most recent first, until the next would make it longer than {@code maxLength}.
     *
     * @param history the earlier turns, most recent first
     */
    public static String combined(String followUp, List<Turn> history, int maxLength) {
        StringBuilder combined = new StringBuilder(followUp.strip());
        for (Turn previous : history) {
            String p = previous.question().strip();
            if (combined.length() + 1 + p.length() > maxLength) {
                break;
            }
            combined.append(' ').append(p);
        }
        return combined.toString();
    }
}
