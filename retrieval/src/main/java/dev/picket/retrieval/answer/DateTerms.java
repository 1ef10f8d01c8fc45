package dev.picket.retrieval.answer;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.QueryTerms;

/**
 * The month and year a passage's article was published, as analysed terms, so "in December 2022" is matched by a
 * report from that month even when its text only says "on Thursday".
 */
final class DateTerms {

    // Analysis works word by word, so a month's terms are the same in any year: analysed once, never changed.
    private static final Map<Month, Set<String>> MONTHS = months();
    // Years are analysed for every candidate sentence, so the years news is dated in are analysed once here.
    private static final int FIRST_YEAR = 1900;
    private static final List<Set<String>> YEARS = IntStream.rangeClosed(FIRST_YEAR, 2100)
            .mapToObj(y -> Set.copyOf(QueryTerms.setOf(Integer.toString(y)))).toList();

    private DateTerms() {
    }

    /** The terms with the hit's month and year added; the terms themselves when its date is unknown. */
    static Set<String> withDate(Set<String> terms, SearchHit hit) {
        if (hit.published() == null) {
            return terms;
        }
        Set<String> out = new HashSet<>(terms);
        out.addAll(MONTHS.get(hit.published().getMonth()));
        int year = hit.published().getYear();
        out.addAll(year >= FIRST_YEAR && year - FIRST_YEAR < YEARS.size() ? YEARS.get(year - FIRST_YEAR)
                : QueryTerms.setOf(Integer.toString(year)));
        return out;
    }

    private static Map<Month, Set<String>> months() {
        Map<Month, Set<String>> months = new EnumMap<>(Month.class);
        for (Month m : Month.values()) {
            months.put(m, Set.copyOf(QueryTerms.setOf(m.getDisplayName(TextStyle.FULL, Locale.UK))));
        }
        return Map.copyOf(months);
    }
}
