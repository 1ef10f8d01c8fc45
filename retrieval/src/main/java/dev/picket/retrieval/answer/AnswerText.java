package dev.picket.retrieval.answer;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.picket.retrieval.Citation;
import dev.picket.retrieval.SearchHit;

/** The quoted sentences as an answer: each followed by the {@code [n]} of its passage, numbered in order of use. */
final class AnswerText {

    /** Opening words that take a lower case after "As of July 2025, "; names and acronyms keep theirs. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "It", "This", "That", "There",
            "They", "These", "Those", "He", "She", "We", "In", "On", "At", "For", "But", "And", "However",
            "Meanwhile", "Earlier", "Both", "Its", "Their", "Now", "After", "Before", "When", "While");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String[] MONTHS = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.UK)).toArray(String[]::new);

    final String text;
    final List<Citation> citations;

    private AnswerText(String text, List<Citation> citations) {
        this.text = text;
        this.citations = citations;
    }

    /** A sentence to quote from a passage, as it is to be shown (with any dating in front). */
    record Quote(SearchHit hit, String text) {
    }

    /** @param current the question asks about the present: the first sentence says how old its news is */
    static AnswerText of(boolean current, List<SentenceChoice.Scored> chosen) {
        List<Quote> quotes = new ArrayList<>(chosen.size());
        boolean dated = current && !chosen.isEmpty() && chosen.getFirst().hit().published() != null;
        for (SentenceChoice.Scored s : chosen) {
            quotes.add(new Quote(s.hit(), quotes.isEmpty() && dated ? asOf(s.hit().published(), s.sentence())
                    : s.sentence()));
        }
        return of(quotes, " ");
    }

    /** The quotes in order, each followed by the {@code [n]} of its passage, joined by the separator. */
    static AnswerText of(List<Quote> quotes, String separator) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Quote q : quotes) {
            int n = numbers.computeIfAbsent(q.hit().passageId(), id -> {
                citations.add(Citation.of(numbers.size() + 1, q.hit()));
                return numbers.size() + 1;
            });
            if (!text.isEmpty()) {
                text.append(separator);
            }
            text.append(q.text()).append(" [").append(n).append(']');
        }
        return new AnswerText(text.toString(), citations);
    }

    /**
     * "As of 30 July 2025, " before a sentence about the present, so a reader knows how old the news is.
     */
    static String asOf(LocalDate published, String sentence) {
        return "As of " + day(published) + ", " + decapitalised(sentence, true);
    }

    /** A date as an answer writes it: "30 July 2025". */
    static String day(LocalDate date) {
        int year = date.getYear();
        if (year < 1 || year > 9999) {
            return DAY.format(date);
        }
        // As DAY writes a year of one to four digits; the formatter's own parsing of its pattern each time was
        // the most of an answer's dating.
        String y = Integer.toString(year);
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + "000".substring(y.length() - 1) + y;
    }

    private static String decapitalised(String sentence, boolean after) {
        if (!after) {
            return sentence;
        }
        int space = sentence.indexOf(' ');
        String first = space < 0 ? sentence : sentence.substring(0, space);
        return SENTENCE_OPENERS.contains(first)
                ? Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1) : sentence;
    }
}
