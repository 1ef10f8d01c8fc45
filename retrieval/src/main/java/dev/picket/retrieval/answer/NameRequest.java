package dev.picket.retrieval.answer;

import java.util.regex.Pattern;

/**
 * A request for someone's name without "who": "the union leader's name", "name of the health secretary", "head
 * of the army, name?". Chat asks this way as often as with "who is", and the answer must name a person as a
 * who-question's does, not quote any sentence about the role.
 */
final class NameRequest {

    /** "name" or "names" as the thing asked for; "name the leaders", an order to list, is a list's question. */
    private static final Pattern NAME = Pattern.compile("(?:^|[\\s,'])names?\\b(?! (?:the|every|all|them|em|each|"
            + "any|some|a|an)\\b)(?! (?:did|do|does|was|were|is|are|went|go)\\b)");

    private NameRequest() {
    }

    /**
     * The kind of fact a question asks for: a person when it asks for the name of someone named by a role
     * ({@link AnswerType#asksForPeople}), else the type it has.
     */
    static AnswerType type(String plain, AnswerType type) {
        return type == AnswerType.OTHER && plain.contains("name") && NAME.matcher(plain).find()
                && AnswerType.asksForPeople(plain) ? AnswerType.PERSON : type;
    }
}
