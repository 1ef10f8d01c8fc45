package dev.picket.retrieval.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "what is the BMA": a question about what initials stand for. News spells them out once, with the initials in
 * brackets after the name ("the British Medical Association (BMA)"), so that sentence is the one to quote, rather
 * than any other that merely uses them.
 */
final class Definition {

    // Compiled once: String.replaceAll compiles its pattern on every call, and this runs for every answer.
    private static final Pattern END_MARKS = Pattern.compile("[?!.]+$");
    /** "what is the X", "what does X stand for": one short word as its subject, initials in a chat's lowercase. */
    private static final Pattern ASKED = Pattern.compile("^(?:what|wat|wot)(?:(?:'s| is| are|s) (?:the |an? )?"
            + "([a-z]{2,6})|(?: does| do) (?:the )?([a-z]{2,6}) (?:stand for|mean))$");

    private final Pattern spelledOut;

    private Definition(String initials) {
        this.spelledOut = Pattern.compile("\\(" + Pattern.quote(initials.toUpperCase(Locale.ROOT)) + "\\)");
    }

    /** The initials a question asks about; empty for other questions. */
    static Optional<Definition> asked(String question) {
        Matcher m = ASKED.matcher(END_MARKS.matcher(QuestionKind.normalised(question)).replaceAll(""));
        return m.matches() ? Optional.of(new Definition(m.group(1) != null ? m.group(1) : m.group(2)))
                : Optional.empty();
    }

    /** Keeps the sentences that spell the initials out, if any does: the name, then the initials in brackets. */
    void keepSpellingOut(List<SentenceChoice.Scored> candidates) {
        if (candidates.stream().anyMatch(c -> spelledOut.matcher(c.sentence()).find())) {
            candidates.removeIf(c -> !spelledOut.matcher(c.sentence()).find());
        }
    }
}
