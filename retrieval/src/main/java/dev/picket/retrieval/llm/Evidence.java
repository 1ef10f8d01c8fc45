package dev.picket.retrieval.llm;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.QueryTerms;

/**
 * What the passages a sentence cites give it to stand on: their terms (irregular verbs in their base form, then
 * stemmed), their words, their numbers as numbers, and their dates. The headline and outlet count as part of a
 * passage. The source's own date is a date it gives, never a number, so the 19 of "2022-12-19" backs no "19%".
 */
record Evidence(Set<String> terms, Set<String> words, Set<String> numbers, List<DateMentions.When> dates,
                List<DateMentions.When> published) {

    static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("(?i)\\bper\\s?cent\\b|%");
    private static final Pattern NUMBER_TERM = Pattern.compile("[\\d.,]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final DateTimeFormatter DATE_WORDS = DateTimeFormatter.ofPattern("MMMM EEEE", Locale.UK);
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("one", "1"),
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"));

    static Evidence of(List<SearchHit> hits) {
        StringBuilder all = new StringBuilder();
        List<DateMentions.When> published = new ArrayList<>();
        StringBuilder dateWords = new StringBuilder();
        for (SearchHit h : hits) {
            all.append(h.title()).append('\n').append(h.source()).append('\n').append(h.text()).append('\n');
            LocalDate d = h.published();
            if (d != null) {
                published.add(DateMentions.When.of(d));
                dateWords.append(DATE_WORDS.format(d)).append(' ');
            }
        }
        String text = all.toString();
        DateMentions mentions = DateMentions.of(text);
        Set<String> words = words(text + ' ' + dateWords);
        Set<String> numbers = numbers(mentions.rest());
        words.stream().map(NUMBER_WORDS::get).filter(Objects::nonNull).forEach(numbers::add);
        return new Evidence(terms(mentions.rest()), words, numbers, mentions.dates(), List.copyOf(published));
    }

    /**
     * A sentence's content terms as the evidence's are made. Numbers and their units are left to the number
     * check, so "2 per cent" and "2%" share the same terms.
     */
    static Set<String> terms(String text) {
        Set<String> terms = QueryTerms.setOf(WordForms.withBaseForms(NUMBER_WITH_UNIT.matcher(text).replaceAll(" ")));
        terms.removeIf(t -> NUMBER_TERM.matcher(t).matches());
        return terms;
    }

    /** Whether a date the sentence gives is one the passages give, or the source's own date. */
    boolean gives(DateMentions.When date) {
        return dates.stream().anyMatch(date::matchedBy) || published.stream().anyMatch(date::matchedBy);
    }

    static Set<String> numbers(String text) {
        Set<String> out = new HashSet<>();
        Matcher n = NUMBER.matcher(text);
        while (n.find()) {
            out.add(normalise(n.group()));
        }
        return out;
    }

    /** A number as a number: "1,000" and "1000" alike, "2.50" as "2.5". */
    static String normalise(String number) {
        String n = trimPunctuation(number).replace(",", "");
        return n.contains(".") ? n.replaceAll("\\.?0+$", "") : n;
    }

    static String trimPunctuation(String number) {
        return number.replaceAll("[.,]+$", "");
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
