package dev.picket.retrieval.answer;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.AbstractSet;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

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

    /**
     * The terms with the hit's month and year added; the terms themselves when its date is unknown. A view, not a
     * copy: it is built for every candidate sentence and most are only asked whether they hold a term.
     */
    static Set<String> withDate(Set<String> terms, SearchHit hit) {
        if (hit.published() == null) {
            return terms;
        }
        int year = hit.published().getYear();
        return new Dated(terms, MONTHS.get(hit.published().getMonth()),
                year >= FIRST_YEAR && year - FIRST_YEAR < YEARS.size() ? YEARS.get(year - FIRST_YEAR)
                        : QueryTerms.setOf(Integer.toString(year)));
    }

    /** A set of terms and the few of a date, as one set; read-only. */
    private static final class Dated extends AbstractSet<String> {
        private final Set<String> terms;
        private final Set<String> month;
        private final Set<String> year;
        private int size = -1;

        Dated(Set<String> terms, Set<String> month, Set<String> year) {
            this.terms = terms;
            this.month = month;
            this.year = year;
        }

        @Override
        public boolean contains(Object o) {
            return terms.contains(o) || month.contains(o) || year.contains(o);
        }

        @Override
        public Iterator<String> iterator() {
            return Stream.concat(terms.stream(), Stream.concat(month.stream().filter(t -> !terms.contains(t)),
                    year.stream().filter(t -> !terms.contains(t) && !month.contains(t)))).iterator();
        }

        @Override
        public int size() {
            if (size < 0) {
                int added = 0;
                for (String t : month) {
                    added += terms.contains(t) ? 0 : 1;
                }
                for (String t : year) {
                    added += terms.contains(t) || month.contains(t) ? 0 : 1;
                }
                size = terms.size() + added;
            }
            return size;
        }
    }

    private static Map<Month, Set<String>> months() {
        Map<Month, Set<String>> months = new EnumMap<>(Month.class);
        for (Month m : Month.values()) {
            months.put(m, Set.copyOf(QueryTerms.setOf(m.getDisplayName(TextStyle.FULL, Locale.UK))));
        }
        return Map.copyOf(months);
    }
}
