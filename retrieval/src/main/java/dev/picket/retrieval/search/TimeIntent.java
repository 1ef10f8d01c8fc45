package dev.picket.retrieval.search;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question says about time: whether it asks about the present ("current", "latest", "now") and which
 * months or years it names ("in 2023", "December 2022").
 *
 * @param recent  the question asks for the latest state of affairs
 * @param periods the periods it names, each a closed range of days
 */
public record TimeIntent(boolean recent, List<Period> periods) {

    private static final Pattern RECENT = Pattern.compile("\\b(now|nowadays|current|currently|latest|most recent|"
            + "recent|recently|today|these days|at the moment|at present|presently|right now|still|ongoing|"
            + "this (week|month|year)|newest|last)\\b");
    /** A piece of every word or phrase {@link #RECENT} matches: a text holding none of them is not scanned. */
    private static final List<String> RECENT_PIECES = List.of("now", "current", "latest", "recent", "today",
            "these days", "moment", "present", "still", "ongoing", "this", "newest", "last");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
            + "dec)[a-z]*\\.?,?\\s+(?:of\\s+)?((?:19|20)\\d\\d)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");

    public TimeIntent {
        periods = List.copyOf(periods);
    }

    public static TimeIntent of(String question) {
        String q = question == null ? "" : question.toLowerCase(Locale.ROOT);
        List<Period> periods = new ArrayList<>();
        if (!hasDigit(q)) {
            // Every period is named by its year: a question without digits names none, and is not scanned for one.
            return new TimeIntent(recent(q), periods);
        }
        Matcher m = MONTH_YEAR.matcher(q);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            Month month = month(m.group(1));
            if (month != null) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month);
                periods.add(new Period(ym.atDay(1), ym.atEndOfMonth()));
                m.appendReplacement(rest, " ");
            }
        }
        m.appendTail(rest);
        Matcher y = YEAR.matcher(rest);
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            periods.add(new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        return new TimeIntent(recent(q), periods);
    }

    /** The first year the text names ("in 2022"), in the order it is written; empty when it names none. */
    public static OptionalInt firstYear(String text) {
        Matcher y = YEAR.matcher(text);
        return y.find() ? OptionalInt.of(Integer.parseInt(y.group(1))) : OptionalInt.empty();
    }

    private static boolean recent(String q) {
        for (String piece : RECENT_PIECES) {
            if (q.contains(piece)) {
                return RECENT.matcher(q).find();
            }
        }
        return false;
    }

    private static boolean hasDigit(String q) {
        for (int i = 0; i < q.length(); i++) {
            if (q.charAt(i) >= '0' && q.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return !recent && periods.isEmpty();
    }

    /** Whether a date falls in one of the named periods. */
    public boolean inPeriod(LocalDate date) {
        return date != null && periods.stream().anyMatch(p -> !date.isBefore(p.from()) && !date.isAfter(p.to()));
    }

    private static Month month(String prefix) {
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return m;
            }
        }
        return null;
    }

    /** A closed range of days. */
    public record Period(LocalDate from, LocalDate to) {
    }
}
