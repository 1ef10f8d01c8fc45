package dev.picket.retrieval.answer;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import dev.picket.retrieval.search.TimeIntent;

/**
 * The days a request for a digest asks about: "the 2022 nurse strikes" one year, "from 2022 to 2024" the years
 * between as well, and "since 2023" or "from 2022 to now" everything from the first year on. A request that names
 * no year asks about all of them.
 */
final class AskedSpan {

    /** A range between two years, or from one year on: the years named are its ends, not the only years asked. */
    private static final Pattern RANGE = Pattern.compile("\\b(?:from|between)\\b.*\\d.*\\b(?:to|till|until|and|through)"
            + "\\b|\\d\\s*-+\\s*\\d|\\d\\s+(?:to|till|until|through)\\s+(?:\\d|now|today|date)"
            + "|\\b(?:since|onwards?|after|so far|to date)\\b");
    /** A range that runs on to the newest report. */
    private static final Pattern OPEN_END = Pattern.compile("\\b(?:since|onwards?|after|(?:to|till|until) "
            + "(?:now|today|date|the present)|so far)\\b");

    static final AskedSpan ALL = new AskedSpan(List.of(), false, false);

    private final List<TimeIntent.Period> periods;
    private final boolean range;
    private final boolean openEnd;

    private AskedSpan(List<TimeIntent.Period> periods, boolean range, boolean openEnd) {
        this.periods = periods;
        this.range = range;
        this.openEnd = openEnd;
    }

    static AskedSpan of(String question) {
        List<TimeIntent.Period> periods = TimeIntent.of(question).periods();
        if (periods.isEmpty()) {
            return ALL;
        }
        String q = question.toLowerCase(java.util.Locale.ROOT);
        boolean range = RANGE.matcher(q).find();
        return new AskedSpan(periods, range, range && OPEN_END.matcher(q).find());
    }

    /** Whether a report of this day is in the span; one of no known day is in it only when the span is all. */
    boolean covers(LocalDate day) {
        if (periods.isEmpty()) {
            return true;
        }
        if (day == null) {
            return false;
        }
        if (!range) {
            return periods.stream().anyMatch(p -> !day.isBefore(p.from()) && !day.isAfter(p.to()));
        }
        LocalDate from = periods.stream().map(TimeIntent.Period::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = periods.stream().map(TimeIntent.Period::to).max(LocalDate::compareTo).orElseThrow();
        return !day.isBefore(from) && (openEnd || periods.size() == 1 || !day.isAfter(to));
    }

    boolean isAll() {
        return periods.isEmpty();
    }
}
