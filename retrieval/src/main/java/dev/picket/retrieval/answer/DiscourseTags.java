package dev.picket.retrieval.answer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of a chat question that ask for confirmation or frame it, and say nothing of its topic: a tag that
 * closes a clause ("that was in 2024, right", "is that a yes or a no", "or not") and idioms of general English
 * that only mark emphasis ("in the first place", "at the end of the day"). Weighed as content, a word such as
 * "right" or "place", which an article may never use or uses about something else, pulls a question's evidence
 * down or onto the wrong passage.
 */
final class DiscourseTags {

    /**
     * "right" closing a clause (before a comma, a question mark or the end), unless a determiner or "all" makes
     * it a noun or a phrase of its own: "the right", "their right", "all right".
     */
    private static final Pattern RIGHT_TAG = Pattern.compile("(?<!\\b(?:the|a|their|his|her|its|our|your|my|no|"
            + "any|all|of|to|far|hard|turn|go|went) )\\bright\\b(?=\\s*(?:[,?!.]|$))");
    /** A closing alternative that asks for a yes or a no: "or not", "or what", "or is that a no", "or no". */
    private static final Pattern YES_OR_NO = Pattern.compile("[ ,]*\\bor (?:not|what|nah|no|(?:is|was) (?:that|it) "
            + "an? (?:no|yes))\\b\\s*\\??\\s*$");
    private static final List<String> IDIOM_LIST = List.of("in the first place", "at the end of the day",
            "when all is said and done", "by any chance", "if you ask me", "to be fair", "to be honest",
            "for the record");
    private static final Pattern IDIOMS = Pattern.compile("\\b(?:" + String.join("|", IDIOM_LIST) + ")\\b");

    private DiscourseTags() {
    }

    /** The question without its tags and idioms; the question itself when nothing else would be left. */
    static String without(String plain) {
        // Each pattern is run only on a text holding the words it must match, as most questions hold none.
        String out = holdsIdiom(plain) ? IDIOMS.matcher(plain).replaceAll(" ") : plain;
        out = out.contains("or ") ? YES_OR_NO.matcher(out).replaceFirst("") : out;
        out = out.contains("right") ? RIGHT_TAG.matcher(out).replaceAll(" ") : out;
        out = QuestionKind.singleSpaced(out).strip();
        return out.isBlank() ? plain : out;
    }

    private static boolean holdsIdiom(String text) {
        for (String idiom : IDIOM_LIST) {
            if (text.contains(idiom)) {
                return true;
            }
        }
        return false;
    }
}
