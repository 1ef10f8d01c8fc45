package dev.picket.retrieval.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.picket.retrieval.index.QueryTerms;

/**
 * The place or body a "how many" or "how much" question narrows its noun to ("how many doctors in Scotland", "how
 * much did nurses from Wales get"): a figure of the noun at large, or of another place's, is no count of that part
 * of it, so the sentence whose figure answers must name it too (one of them, when it names several), and not merely
 * as one item of a list ({@link Enumeration}).
 * Only names count (words the articles never write in lower case), less the scope's words, which say who takes
 * part in anything the articles report: "how many nurses in the NHS" narrows nothing.
 *
 * @param terms the question's units that the qualifying names hold; empty when it narrows its noun by none
 */
record Qualifier(QuestionTerms terms) {

    private static final Pattern HOW_MANY = Pattern.compile("^how (?:many|much) (?:of )?");
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}.'&-]+");
    /** Prepositions that narrow a noun to a place or a body right after it. */
    private static final Set<String> NARROWING = Set.of("in", "from", "at", "across", "inside", "outside");
    /** Words a run of names may hold between them: "England, Wales and Northern Ireland". */
    private static final Set<String> JOINING = Set.of("and", "or", "the", "of");
    /** The longest noun that a narrowing preposition may follow: "how many junior hospital doctors in". */
    private static final int NOUN_WORDS = 3;

    /**
     * @param names    which words the articles write only capitalised
     * @param question the question's weighed terms, whose units (with their equivalents) the names are read as
     */
    static Qualifier of(String plain, Names names, Scope scope, QuestionTerms question) {
        String q = NOT_WORDS.matcher(plain.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        Matcher m = HOW_MANY.matcher(q);
        if (!m.find()) {
            return new Qualifier(QuestionTerms.NONE);
        }
        List<String> words = List.of(q.substring(m.end()).strip().split(" "));
        // "how much did nurses in Wales get": the noun narrowed is the subject after the auxiliary.
        int first = !words.isEmpty() && AnswerType.AUXILIARIES.contains(words.getFirst()) ? 1 : 0;
        int at = first;
        while (at < words.size() && at <= NOUN_WORDS + first && !NARROWING.contains(words.get(at))) {
            if (AnswerType.AUXILIARIES.contains(words.get(at)) || AnswerType.ENDS_OF_NOUN.contains(words.get(at))) {
                return new Qualifier(QuestionTerms.NONE);
            }
            at++;
        }
        if (at == first || at > NOUN_WORDS + first || at >= words.size()) {
            return new Qualifier(QuestionTerms.NONE);
        }
        Set<String> named = new HashSet<>();
        for (String w : words.subList(at + 1, words.size())) {
            if (JOINING.contains(w)) {
                continue;
            }
            if (!names.mayName(w)) {
                break;
            }
            named.addAll(QueryTerms.setOf(w));
        }
        named.removeAll(scope.terms());
        return new Qualifier(named.isEmpty() ? QuestionTerms.NONE : question.only(named));
    }

    /**
     * An ordinal that says which of several events a figure is of: "the 11th strike", "the third round". It comes
     * before the noun it picks out: alone ("on the 13th", "(second)") or before "of" ("the 13th of May") it is a
     * day or an aside, not an event.
     */
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|"
            + "seventh|eighth|ninth|tenth|eleventh|twelfth)\\b(?=\\s+(?!of\\b)\\p{L})");

    /**
     * Keeps the sentences that name the ordinal a figure question names: a total of every strike is no figure of
     * "the 11th strike alone".
     */
    static void keepOrdinal(String plain, List<SentenceChoice.Scored> candidates) {
        String q = plain.toLowerCase(Locale.ROOT);
        Matcher m = ORDINAL.matcher(q);
        if (HOW_MANY.matcher(q.strip()).find() && m.find()) {
            Pattern named = Pattern.compile("\\b" + Pattern.quote(m.group(1)) + "\\b", Pattern.CASE_INSENSITIVE);
            candidates.removeIf(c -> !named.matcher(c.sentence()).find());
        }
    }

    /**
     * Keeps the sentences that name a place or body the question narrows its noun to. One of several will do: a
     * chat word for one of them ("ni") may be read as some other term of the index.
     */
    void keep(List<SentenceChoice.Scored> candidates) {
        if (!terms.isEmpty()) {
            candidates.removeIf(c -> terms.coverage(c.terms()) == 0);
        }
    }
}
