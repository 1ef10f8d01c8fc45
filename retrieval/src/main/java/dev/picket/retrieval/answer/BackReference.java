package dev.picket.retrieval.answer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A sentence that goes on from the one before: a pronoun or a connective first ("However, …", "They …"), or "that
 * idea". What it is about is named there, so it earns a share of the question's words the sentence before holds.
 * Tested once per passage and remembered with its features ({@code PassageFeatures#has}).
 */
final class BackReference {

    /** The words that open such a sentence, with a capital as a sentence begins. */
    private static final List<String> OPENERS = List.of("But", "However", "And", "Yet", "So", "He", "She", "They",
            "It", "This", "That", "These", "Those", "His", "Her", "Their");
    /** What "that", "this", "the" or "such a" refer back to. */
    private static final List<String> NOUNS = List.of("idea", "offer", "plan", "proposal", "move", "decision",
            "deal", "call", "request", "suggestion", "demand", "claim", "approach");
    private static final Pattern PATTERN = Pattern.compile("^(?:" + String.join("|", OPENERS) + ")\\b"
            + "|\\b(?:that|this|the|such an?) (?:" + String.join("|", NOUNS) + ")\\b");
    /** Each noun after the space the pattern puts before it. */
    private static final String[] SPACED_NOUNS = NOUNS.stream().map(n -> " " + n).toArray(String[]::new);

    private BackReference() {
    }

    /**
     * Whether the sentence refers back. The pattern runs only on a sentence that opens with an opener or holds a
     * noun after a space, as every match must: on a large corpus few candidates' tests are remembered, and
     * tried at every word of every candidate sentence the pattern was a twentieth of an answer.
     */
    static boolean in(String sentence) {
        return mayBeIn(sentence) && PATTERN.matcher(sentence).find();
    }

    private static boolean mayBeIn(String sentence) {
        for (String opener : OPENERS) {
            if (sentence.startsWith(opener)) {
                return true;
            }
        }
        for (String noun : SPACED_NOUNS) {
            if (sentence.contains(noun)) {
                return true;
            }
        }
        return false;
    }

    /** For the test that the guard lets through whatever the pattern finds. */
    static Pattern pattern() {
        return PATTERN;
    }
}
