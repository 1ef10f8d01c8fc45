package dev.picket.retrieval.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat message that names its topic first and asks after a comma or a dash ("the new contract, when does it
 * start"): what kind of fact it asks for is said by the question that follows, not by the topic. A pronoun of the
 * question stands for the topic, so "how many of them" counts what the topic names.
 */
final class TwoPart {

    private TwoPart() {
    }

    private static final Pattern BREAK = Pattern.compile("(?:,|\\s[-\u2013\u2014]+)\\s+(?=(?:how|when|what|whats|"
            + "who|whom|whose|where|which)\\b)");
    private static final Pattern PLURAL_PRONOUN = Pattern.compile("\\b(?:they|them|theirs|their)\\b");
    private static final Pattern SINGULAR_PRONOUN = Pattern.compile("\\b(?:it|she|he|her|him|its)\\b");
    /**
     * "who" asks for a person of a topic that is one ("the union boss - who is she"); of a thing's maker or
     * publisher ("the figures, who put them out") it may as well ask for a body, which names no person.
     */
    private static final Pattern OF_A_PERSON = Pattern.compile("^who (?:is|was|are|were)\\b|\\b(?:she|he|her|him|his)\\b");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}'-]+");
    private static final Pattern POSSESSIVE_END = Pattern.compile("'s?$");

    /**
     * The question a message asks, for reading its answer type: the clause after the topic, its pronouns read as
     * the topic, when the message does not open with a question word itself; else the message as it is.
     */
    static String asked(String plain) {
        return asked(plain, AnswerType.of(plain));
    }

    /** @param type {@code AnswerType.of(plain)}, known already */
    static String asked(String plain, AnswerType type) {
        String q = plain.strip();
        if (type != AnswerType.OTHER) {
            return plain;
        }
        Matcher m = BREAK.matcher(q.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return plain;
        }
        String topic = q.substring(0, m.start()).strip();
        String clause = q.substring(m.end()).strip();
        String lower = clause.toLowerCase(Locale.ROOT);
        AnswerType own = AnswerType.of(lower);
        // "the ballot, what happened next" asks for no kind of fact: the whole message says what it is about.
        if (own == AnswerType.OTHER || topic.isEmpty()
                || own == AnswerType.PERSON && !OF_A_PERSON.matcher(lower).find()) {
            return plain;
        }
        String plural = lastPlural(topic);
        String resolved = plural == null ? clause : PLURAL_PRONOUN.matcher(clause).replaceAll(plural);
        return SINGULAR_PRONOUN.matcher(resolved).replaceAll(Matcher.quoteReplacement(topic));
    }

    /**
     * The topic a message names before the question it asks ({@link #asked}): "the pay deal" of "the pay deal, when
     * was it signed"; empty when the message asks as it is.
     *
     * @param asked {@code asked(plain)}, known already
     */
    static String topic(String plain, String asked) {
        if (asked.equals(plain)) {
            return "";
        }
        Matcher m = BREAK.matcher(plain.strip().toLowerCase(Locale.ROOT));
        return m.find() ? plain.strip().substring(0, m.start()).strip() : "";
    }

    /**
     * The noun "they" stands for: the topic's last plural word ("the ambulance workers' strike" → "workers"), as
     * a pronoun agrees in number with what it refers to; null when the topic names nothing plural.
     */
    private static String lastPlural(String topic) {
        List<String> words = List.of(WORDS.split(topic.toLowerCase(Locale.ROOT)));
        for (int i = words.size() - 1; i >= 0; i--) {
            String w = POSSESSIVE_END.matcher(words.get(i)).replaceAll("");
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
                return w;
            }
        }
        return null;
    }
}
