package dev.picket.retrieval.llm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a text mentions, in any of the forms news and models write them ("19 December 2022", "Dec 19",
 * "December 19, 2022", "2022-12-19", "December 2022", a bare year), each as the parts it gives, and the text with
 * them cut out, so the 19 of a date is never read as the number 19.
 */
record DateMentions(List<DateMentions.When> dates, String rest) {

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
            + "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:\\.|(?!\\p{L}))";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    // Longest forms first, so "19 December 2022" is one date, not a day-month and a year.
    private static final Pattern DATE = Pattern.compile(String.join("|",
            "(?<![\\d-])" + YEAR + "-(\\d\\d)-(\\d\\d)(?![\\d-])",
            "(?<!\\d)" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?(?!\\d)",
            "\\b" + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?(?![\\d:])",
            "\\b" + MONTH + "\\s+" + YEAR + "(?!\\d)",
            "(?<![\\d,.£$€])" + YEAR + "(?![\\d%]|[.,]\\d)"));
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /** What one mention gives: any of year, month and day may be missing (null). */
    record When(Integer year, Integer month, Integer day) {

        static When of(LocalDate d) {
            return new When(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        }

        /** Whether other agrees with every part this one gives and other gives too, and gives one at least. */
        boolean matchedBy(When other) {
            return agrees(year, other.year) && agrees(month, other.month) && agrees(day, other.day)
                    && (year == null || other.year != null || month != null && other.month != null)
                    && (day == null || other.day != null)
                    && (month == null || other.month != null);
        }

        private static boolean agrees(Integer a, Integer b) {
            return a == null || b == null || a.equals(b);
        }
    }

    static DateMentions of(String text) {
        List<When> dates = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        StringBuilder rest = new StringBuilder(text.length());
        while (m.find()) {
            When w = parse(m);
            if (w == null) {
                continue;
            }
            dates.add(w);
            m.appendReplacement(rest, " ");
        }
        m.appendTail(rest);
        return new DateMentions(List.copyOf(dates), rest.toString());
    }

    private static When parse(Matcher m) {
        if (m.group(1) != null) {
            return new When(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3)));
        }
        if (m.group(4) != null) {
            return valid(year(m.group(6)), month(m.group(5)), Integer.valueOf(m.group(4)));
        }
        if (m.group(7) != null) {
            return valid(year(m.group(9)), month(m.group(7)), Integer.valueOf(m.group(8)));
        }
        if (m.group(10) != null) {
            return new When(Integer.valueOf(m.group(11)), month(m.group(10)), null);
        }
        return new When(Integer.valueOf(m.group(12)), null, null);
    }

    private static When valid(Integer year, int month, int day) {
        return day >= 1 && day <= 31 ? new When(year, month, day) : null;
    }

    private static Integer year(String y) {
        return y == null ? null : Integer.valueOf(y);
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
