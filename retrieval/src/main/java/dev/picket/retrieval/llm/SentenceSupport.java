package dev.picket.retrieval.llm;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.picket.corpus.Abbreviations;
import dev.picket.retrieval.SearchHit;

/**
 * Whether the passages a sentence cites support it. Hard facts must be in them: every number as a number, every
 * date in any form (the source's own date counts for a date), and every capitalised name past the sentence's
 * first word, directly or through the corpus's abbreviations ("ONS" for "Office for National Statistics", and
 * "British Medical Association" for a passage's "BMA"). The rest of its content words are matched loosely, after
 * irregular verbs are put in their base form and stemmed, so a fair paraphrase passes and a sentence about
 * something else does not. With an embedding model, closeness in meaning to the nearest sentence of the cited
 * passages is a second signal (see {@link Meaning}).
 */
final class SentenceSupport {

    /** The least share of a sentence's content terms found in its cited passages. */
    static final double MIN_OVERLAP = 0.5;

    /** How every reason ends that names a fact (a number, date or name) the cited passages don't give. */
    private static final String NOT_IN_SOURCE = " is not in the cited source";
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}'\u2019])\\p{Lu}[\\p{L}\\p{N}'\u2019-]*");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*\u2022]|\\d{1,2}[.)])\\s+");
    private static final Pattern NO_LETTERS = Pattern.compile("[^\\p{L}]*");
    // Capitalised for reasons other than being a name.
    private static final Set<String> NOT_NAMES = Set.of("i", "a", "the", "as", "according", "however", "but",
            "and", "in", "on", "this", "these", "it", "they", "he", "she", "we", "there", "sources", "source");

    private final Supplier<Abbreviations> abbreviations;
    private final Meaning meaning;

    SentenceSupport() {
        this(Abbreviations::none, Meaning.NONE);
    }

    SentenceSupport(Supplier<Abbreviations> abbreviations, Meaning meaning) {
        this.abbreviations = abbreviations;
        this.meaning = meaning;
    }

    /** Why the passages don't support the sentence, or empty when they do. */
    Optional<String> unsupported(String claim, List<SearchHit> cited) {
        String sentence = LIST_ITEM.matcher(claim).replaceFirst("");
        Evidence evidence = Evidence.of(cited);
        DateMentions mentions = DateMentions.of(sentence);
        for (DateMentions.When date : mentions.dates()) {
            if (!evidence.gives(date)) {
                return Optional.of("the date " + render(date) + NOT_IN_SOURCE);
            }
        }
        Matcher n = Evidence.NUMBER.matcher(mentions.rest());
        while (n.find()) {
            if (!evidence.numbers().contains(Evidence.normalise(n.group()))) {
                return Optional.of("the number " + Evidence.trimPunctuation(n.group()) + NOT_IN_SOURCE);
            }
        }
        Optional<String> name = missingName(mentions.rest(), evidence);
        if (name.isPresent()) {
            return Optional.of("\"" + name.get() + "\"" + NOT_IN_SOURCE);
        }
        Set<String> terms = Evidence.terms(mentions.rest());
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        long found = terms.stream().filter(evidence.terms()::contains).count();
        boolean sharesWords = found >= MIN_OVERLAP * terms.size();
        Meaning.Closeness close = meaning.of(claim, cited);
        if (sharesWords && close.unrelated()) {
            return Optional.of("the cited source shares words with this but not its meaning (" + close + ")");
        }
        if (!sharesWords && !close.paraphrase()) {
            return Optional.of("the cited source does not say this (" + found + " of " + terms.size()
                    + " key words found" + (close.known() ? ", " + close : "") + ")");
        }
        return Optional.empty();
    }

    /** Whether a reason {@link #unsupported} gave names a fact the passages don't give, not just too few words. */
    static boolean isMissingFact(String reason) {
        return reason.endsWith(NOT_IN_SOURCE);
    }

    /** Whether one passage has any content term of the sentence; a passage with none was cited in error. */
    boolean shares(String sentence, SearchHit hit) {
        Set<String> terms = Evidence.terms(sentence);
        Set<String> evidence = Evidence.of(List.of(hit)).terms();
        return terms.isEmpty() || terms.stream().anyMatch(evidence::contains);
    }

    private Optional<String> missingName(String sentence, Evidence evidence) {
        Matcher name = NAME.matcher(sentence);
        Abbreviations table = abbreviations.get();
        while (name.find()) {
            String word = name.group().replaceAll("['\u2019]s$", "").replaceAll("[-'\u2019]+$", "");
            String lower = word.toLowerCase(Locale.ROOT);
            // The first word is capitalised anyway, after any bullet, number or opening quote.
            boolean first = NO_LETTERS.matcher(sentence.substring(0, name.start())).matches();
            if (!first && !NOT_NAMES.contains(lower) && !evidence.words().containsAll(Evidence.words(lower))
                    && !abbreviated(word, lower, table, evidence)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the word is an abbreviation the passages spell out, or a word of the long form of an abbreviation
     * the passages use.
     */
    private static boolean abbreviated(String word, String lower, Abbreviations table, Evidence evidence) {
        Optional<String> longForm = table.longForm(word);
        if (word.equals(word.toUpperCase(Locale.ROOT)) && longForm.isPresent()
                && evidence.words().containsAll(Evidence.words(longForm.get()))) {
            return true;
        }
        return table.asMap().entrySet().stream().anyMatch(e -> evidence.words().contains(
                e.getKey().toLowerCase(Locale.ROOT)) && Evidence.words(e.getValue()).contains(lower));
    }

    private static String render(DateMentions.When d) {
        StringBuilder out = new StringBuilder();
        if (d.day() != null) {
            out.append(d.day()).append(' ');
        }
        if (d.month() != null) {
            out.append(java.time.Month.of(d.month()).getDisplayName(java.time.format.TextStyle.FULL, Locale.UK))
                    .append(' ');
        }
        if (d.year() != null) {
            out.append(d.year());
        }
        return out.toString().strip();
    }
}
