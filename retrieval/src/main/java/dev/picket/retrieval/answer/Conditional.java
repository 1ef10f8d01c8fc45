package dev.picket.retrieval.answer;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.picket.retrieval.index.PassageFeatures;
import dev.picket.retrieval.index.QueryTerms;

/**
 * What a sentence asserts, apart from what it only supposes. "Leaders said they would pause the strike if the
 * minister agreed to talks" does not say that the minister agreed, nor why anyone struck: the words of a
 * condition ("if …", "unless …") or of an indirect question ("asked whether …") are not a fact the sentence
 * gives. They settle no yes/no question and give no cause; they do say what the speaker wants, as a condition
 * set for another side is a demand of it.
 */
final class Conditional {

    /**
     * The opening of a clause the sentence does not assert: a condition, or an indirect question. "as if" and
     * "even if" concede rather than suppose, and "if any" only hedges, so they are left as they are.
     */
    private static final Pattern OPENS = Pattern.compile("(?<!\\bas |\\beven )\\b(?:if|unless|whether)\\b(?! any\\b)",
            Pattern.CASE_INSENSITIVE);
    /**
     * The words {@link #OPENS} finds, one of which a sentence must hold in some case for the pattern to be tried:
     * on a large corpus few candidates' tests are remembered, and the pattern, tried at every word of every
     * candidate sentence, was a twentieth of an answer.
     */
    private static final String[] OPENERS = {"if", "unless", "whether"};
    /** Where such a clause ends: a comma, a semicolon, a dash or a colon, or the sentence's end. */
    private static final Pattern ENDS = Pattern.compile("[,;:]|\\s[\u2013\u2014-]\\s");

    /** Names what a passage's features remember of the terms its sentences assert. */
    private static final Object ASSERTED = new Object();

    private Conditional() {
    }

    /** Whether the sentence holds a clause it only supposes ({@link #OPENS}). */
    static boolean supposes(String sentence) {
        return mayOpen(sentence) && OPENS.matcher(sentence).find();
    }

    /** The sentence without the clauses it only supposes: what it states as fact. */
    static String asserted(String sentence) {
        if (!mayOpen(sentence)) {
            return sentence;
        }
        Matcher open = OPENS.matcher(sentence);
        if (!open.find()) {
            return sentence;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        do {
            out.append(sentence, from, open.start());
            Matcher end = ENDS.matcher(sentence);
            from = end.find(open.end()) ? end.start() : sentence.length();
        } while (from < sentence.length() && open.find(from));
        out.append(sentence, from, sentence.length());
        return out.toString();
    }

    /** False only when the sentence holds none of {@link #OPENERS}, so {@link #OPENS} cannot be found in it. */
    static boolean mayOpen(String sentence) {
        return Pieces.anyIgnoringCase(sentence, OPENERS);
    }

    /** For the test that the guard lets through whatever the pattern finds. */
    static Pattern opens() {
        return OPENS;
    }

    /**
     * {@link #assertedTerms(String, Set)} of sentence {@code i} of a passage, with its terms as the index holds
     * them, worked out once a passage: it analyses the sentence twice, and the same passages come back question
     * after question.
     */
    static Set<String> assertedTerms(PassageFeatures passage, int i) {
        AtomicReferenceArray<Set<String>> known = passage.derived(ASSERTED,
                () -> new AtomicReferenceArray<>(passage.sentences().size()));
        Set<String> terms = known.get(i);
        if (terms == null) {
            // Two threads may both work it out; they get equal sets.
            terms = assertedTerms(passage.sentences().get(i), passage.sentenceTerms(i));
            known.set(i, terms);
        }
        return terms;
    }

    /**
     * A sentence's terms less those only its supposed clauses hold: "if the minister agreed to talks" leaves
     * "minister", "agreed" and "talks" out, unless the sentence states them elsewhere too.
     *
     * @param terms the sentence's analysed terms, as the index holds them
     */
    static Set<String> assertedTerms(String sentence, Set<String> terms) {
        String stated = asserted(sentence);
        if (stated.length() == sentence.length()) {
            return terms;
        }
        Set<String> supposed = QueryTerms.setOf(sentence);
        supposed.removeAll(QueryTerms.setOf(stated));
        if (supposed.isEmpty()) {
            return terms;
        }
        Set<String> out = new HashSet<>(terms);
        out.removeAll(supposed);
        return Collections.unmodifiableSet(out);
    }
}
