package dev.picket.retrieval.answer;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.PassageFeatures;

/**
 * A figure that measures time ("within two weeks", "five days of strike action", "over the next six months")
 * counts days or weeks, not people, money or a share: a sentence whose only figures are lengths of time answers
 * "how long", not "how many appointments were cancelled" nor "how much was offered".
 */
final class TimeFigures {

    private static final String UNIT = "(?:second|minute|hour|day|night|week|month|year|fortnight|decade)s?";
    /** A length of time, with its number: "two weeks", "a 48-hour", "six months", "a few weeks". */
    private static final Pattern LENGTH = Pattern.compile("\\b(?:\\d[\\d,.]*|an?|one|two|three|four|five|six|seven|"
            + "eight|nine|ten|eleven|twelve|twenty|thirty|several|(?:a )?few|couple of)[ -](?:more |extra |further )?"
            + UNIT + "\\b", Pattern.CASE_INSENSITIVE);
    /** A question that asks how many or how much of something; "what did they offer" may ask for no figure. */
    private static final Pattern HOW_MANY = Pattern.compile("^how (?:many|much)\\b");
    /** Units of time in the question: "how many days", "a few weeks to agree a deal, how many exactly". */
    private static final Pattern COUNTS_TIME = Pattern.compile("\\b" + UNIT + "\\b");

    /** Per type, names the test of whether a sentence gives the type's figure once its lengths of time are out. */
    private static final Map<AnswerType, Object> OTHER_FIGURE = otherFigureKeys();

    private TimeFigures() {
    }

    /**
     * Keeps the sentences that give the figure asked for once their lengths of time are left out.
     *
     * @param asked the question it asks ({@link TwoPart#asked}), for whether it asks how many or how much
     * @param plain the whole question, for whether what it counts is time itself, maybe named in its topic
     */
    static void keepOtherFigures(AnswerType type, String asked, String plain, List<SentenceChoice.Scored> candidates,
                                 Names names, Function<SearchHit, PassageFeatures> features) {
        if (type != AnswerType.SHARE && !(type.isFigure() && type != AnswerType.DURATION
                && HOW_MANY.matcher(asked.strip().toLowerCase(Locale.ROOT)).find())
                || COUNTS_TIME.matcher(plain.toLowerCase(Locale.ROOT)).find()) {
            return;
        }
        // Both tests read the sentence alone (the type is a figure's, which no name gives), so each passage
        // remembers them.
        candidates.removeIf(c -> SentenceChoice.has(c, LENGTH, t -> LENGTH.matcher(t).find(), features)
                && !SentenceChoice.has(c, OTHER_FIGURE.get(type),
                        t -> type.isAnsweredBy(LENGTH.matcher(t).replaceAll(" "), names), features));
    }

    private static Map<AnswerType, Object> otherFigureKeys() {
        Map<AnswerType, Object> keys = new EnumMap<>(AnswerType.class);
        for (AnswerType t : AnswerType.values()) {
            keys.put(t, new Object());
        }
        return keys;
    }
}
