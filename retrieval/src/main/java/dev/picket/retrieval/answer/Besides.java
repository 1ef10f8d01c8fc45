package dev.picket.retrieval.answer;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "what else do the porters want besides pay": the thing named after "besides", "apart from", "other than" or
 * "instead of" is what the answer is not about. Searched for, its word would rank the sentences about pay first,
 * which are the ones the reader has set aside; so it is left out of what the question is searched with.
 */
final class Besides {

    /** The word set aside, after any determiner: one noun, the head of what a chat question sets aside. */
    private static final Pattern EXCLUDING = Pattern.compile("\\b(?:besides|apart from|aside from|other than|"
            + "except(?: for)?|excluding|instead of|rather than)\\s+(?:(?:the|their|his|her|its|our|a|an) )?"
            + "([\\w'-]+)");
    /** Words that are the question going on, not a thing set aside ("what else besides that do they…"). */
    private static final Set<String> NOT_A_THING = Set.of("what", "which", "who", "when", "where", "why", "how",
            "do", "does", "did", "is", "are", "was", "were", "that", "this", "it", "them", "they", "to", "for");

    /**
     * "which sectors besides…", "who else apart from…": the question asks for items of a kind, and the one set
     * aside is named beside the others in the sentence that lists them, so it stays in what is searched.
     */
    static final Pattern ASKS_FOR_ITEMS = Pattern.compile("(?:which|who)\\b");

    private Besides() {
    }

    /** The question without what it sets aside; as it is when it sets nothing aside, or nothing would be left. */
    static String without(String question) {
        Matcher m = EXCLUDING.matcher(question);
        if (!m.find() || NOT_A_THING.contains(m.group(1))) {
            return question;
        }
        String rest = QuestionKind.SPACES.matcher(question.substring(0, m.start()) + " " + question.substring(m.end()))
                .replaceAll(" ").strip();
        return rest.isEmpty() ? question : rest;
    }
}
