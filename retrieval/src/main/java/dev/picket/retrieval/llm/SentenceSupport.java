package dev.picket.retrieval.llm;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.QueryTerms;

/**
 * Whether the passages a sentence cites support it. Hard facts must be in them: every number, and every
 * capitalised name past the sentence's first word. The rest of its content words are matched loosely, after
 * stemming, so a fair paraphrase passes and a sentence about something else does not. The passage's headline,
 * outlet and date count as part of it, so "as of 19 December 2022, Sky News reported" is supported by the
 * source's own metadata.
 */
final class SentenceSupport {

    /** The least share of a sentence's content terms found in its cited passages. */
    static final double MIN_OVERLAP = 0.5;

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}'\u2019])\\p{Lu}[\\p{L}\\p{N}'\u2019-]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*\u2022]|\\d{1,2}[.)])\\s+");
    private static final Pattern NO_LETTERS = Pattern.compile("[^\\p{L}]*");
    private static final DateTimeFormatter DATE_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy EEEE", Locale.UK);
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("one", "1"),
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"));
    // Capitalised for reasons other than being a name.
    private static final Set<String> NOT_NAMES = Set.of("i", "a", "the", "as", "according", "however", "but",
            "and", "in", "on", "this", "these", "it", "they", "he", "she", "we", "there", "sources", "source");

    /** Why the passages don't support the sentence, or empty when they do. */
    Optional<String> unsupported(String claim, List<SearchHit> cited) {
        String sentence = LIST_ITEM.matcher(claim).replaceFirst("");
        Evidence evidence = Evidence.of(cited);
        Matcher n = NUMBER.matcher(sentence);
        while (n.find()) {
            if (!evidence.numbers().contains(normalise(n.group()))) {
                return Optional.of("the number " + trimPunctuation(n.group()) + " is not in the cited source");
            }
        }
        Matcher name = NAME.matcher(sentence);
        while (name.find()) {
            String word = name.group().replaceAll("['\u2019]s$", "").replaceAll("[-'\u2019]+$", "");
            String lower = word.toLowerCase(Locale.ROOT);
            // The first word is capitalised anyway, after any bullet, number or opening quote.
            boolean first = NO_LETTERS.matcher(sentence.substring(0, name.start())).matches();
            if (!first && !NOT_NAMES.contains(lower) && !evidence.words().containsAll(words(lower))) {
                return Optional.of("\"" + word + "\" is not in the cited source");
            }
        }
        Set<String> terms = QueryTerms.setOf(sentence);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        long found = terms.stream().filter(evidence.terms()::contains).count();
        if (found < MIN_OVERLAP * terms.size()) {
            return Optional.of("the cited source does not say this (" + found + " of " + terms.size()
                    + " key words found)");
        }
        return Optional.empty();
    }

    /** Whether one passage has any content term of the sentence; a passage with none was cited in error. */
    boolean shares(String sentence, SearchHit hit) {
        Set<String> terms = QueryTerms.setOf(sentence);
        Set<String> evidence = Evidence.of(List.of(hit)).terms();
        return terms.isEmpty() || terms.stream().anyMatch(evidence::contains);
    }

    private static String normalise(String number) {
        String n = trimPunctuation(number).replace(",", "");
        return n.contains(".") ? n.replaceAll("\\.?0+$", "") : n;
    }

    private static String trimPunctuation(String number) {
        return number.replaceAll("[.,]+$", "");
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private record Evidence(Set<String> terms, Set<String> words, Set<String> numbers) {

        static Evidence of(List<SearchHit> hits) {
            StringBuilder all = new StringBuilder();
            for (SearchHit h : hits) {
                all.append(h.title()).append('\n').append(h.source()).append('\n').append(h.text()).append('\n');
                LocalDate d = h.published();
                if (d != null) {
                    all.append(DATE_WORDS.format(d)).append(' ').append(d).append('\n');
                }
            }
            String text = all.toString();
            Set<String> words = SentenceSupport.words(text);
            Set<String> numbers = new HashSet<>();
            Matcher n = NUMBER.matcher(text);
            while (n.find()) {
                numbers.add(normalise(n.group()));
            }
            words.stream().map(NUMBER_WORDS::get).filter(java.util.Objects::nonNull).forEach(numbers::add);
            return new Evidence(QueryTerms.setOf(text), words, numbers);
        }
    }
}
