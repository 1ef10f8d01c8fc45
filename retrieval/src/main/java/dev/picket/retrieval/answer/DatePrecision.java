package dev.picket.retrieval.answer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How precise a date a "when" question wants: "what day did he write" is answered by a weekday or a day of the
 * month, "what dates" by several, "what year" by a year, "what month" by a month. {@link Event} keeps the sentences
 * whose date is that precise when some are, so "back to 2008 levels" does not answer "what day".
 */
final class DatePrecision {

    /** "May" only as a name, capitalised: "may" is more often a verb. */
    private static final String MONTHS = "(?:january|february|march|april|(?-i:May)|june|july|august|september|october|"
            + "november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?)";
    /** What names a day: a weekday, a day of the month ("December 15", "15 Dec", "the 15th"). */
    private static final String A_DAY = "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|" + MONTHS
            + " \\d{1,2}(?:st|nd|rd|th)?\\b(?!,?\\d)|\\d{1,2}(?:st|nd|rd|th)? (?:of )?" + MONTHS
            + "|the \\d{1,2}(?:st|nd|rd|th))\\b";
    private static final Pattern DAY = Pattern.compile(A_DAY, Pattern.CASE_INSENSITIVE);
    /** "what dates" asks for several: "on December 15 and December 20" names them, "on Sunday" one. */
    private static final Pattern DAYS = Pattern.compile(A_DAY + ".*?" + A_DAY, Pattern.CASE_INSENSITIVE);
    /** What names a year: "in 2018", "last year". */
    private static final Pattern YEAR = Pattern.compile("\\b(?:(?:19|20)\\d\\d|(?:this|last|next) year)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What names a month: "in November", "last month", "in November 2018". */
    private static final Pattern MONTH = Pattern.compile("\\b(?:" + MONTHS + "|(?:this|last|next) month)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRECISE_QUESTION = Pattern.compile("^(?:on |in )?(?:what|which) (date|day|year|"
            + "month)(s?)\\b");

    private DatePrecision() {
    }

    /** What "what day", "what dates", "what year" or "what month" asks a date to name, the most precise first. */
    static List<Pattern> asked(String question) {
        var m = PRECISE_QUESTION.matcher(question);
        if (!m.find()) {
            return List.of();
        }
        return switch (m.group(1)) {
            case "date", "day" -> m.group(2).isEmpty() ? List.of(DAY) : List.of(DAYS, DAY);
            case "year" -> List.of(YEAR);
            default -> List.of(MONTH);
        };
    }
}
