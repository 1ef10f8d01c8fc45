package dev.picket.bot.ask;

import java.util.function.Function;

/**
 * What the checks every front end applies make of a question: accepted as it will be searched, or refused and why.
 * Each front end words a refusal its own way: the HTTP API as a 400, Discord as a reply.
 */
public sealed interface QuestionCheck {

    /** @param question stripped, its control characters replaced by spaces */
    record Accepted(String question) implements QuestionCheck {
    }

    /** Nothing but white space and control characters, or no question at all. */
    record Empty() implements QuestionCheck {
    }

    /** @param length the cleaned question's length, over {@code limit} */
    record TooLong(int length, int limit) implements QuestionCheck {
    }

    /** The accepted question, or what {@code refused} makes of the reason in plain words. */
    default <X extends Exception> String orElseThrow(Function<String, X> refused) throws X {
        return switch (this) {
            case Accepted a -> a.question();
            case Empty e -> throw refused.apply("the question is missing or empty");
            case TooLong t -> throw refused.apply("the question is " + t.length() + " characters long; the limit is "
                    + t.limit());
        };
    }
}
