package dev.picket.retrieval.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.picket.retrieval.index.IndexStats;
import dev.picket.retrieval.index.QueryTerms;

/**
 * What is searched for, analysed once for every stage of retrieval: the text (which the vector modes embed), its
 * analysed terms, what it says about time, and, when an index is known, each term as that index spells it. The
 * answerer builds one per question and hands it down, so BM25, the time prior and the evidence read the same
 * analysis; a caller with only text (the LLM's sources, the evaluation) gets one from {@link #of(String)}.
 *
 * @param text       the text searched for, taken literally
 * @param terms      its distinct analysed terms, in order ({@link QueryTerms#of})
 * @param when       its time intent
 * @param vocabulary the index {@code spelled} was corrected against; null when none was
 * @param spelled    each of {@code terms} as {@code vocabulary} holds it, in the same order; null without one
 */
public record SearchQuery(String text, List<String> terms, TimeIntent when, IndexStats vocabulary,
                          List<String> spelled) {

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        terms = List.copyOf(terms);
        Objects.requireNonNull(when, "when");
        spelled = spelled == null ? null : List.copyOf(spelled);
    }

    /** The text analysed, with no index to correct its spelling against yet. */
    public static SearchQuery of(String text) {
        String t = text == null ? "" : text;
        return new SearchQuery(t, QueryTerms.of(t), TimeIntent.of(t), null, null);
    }

    /** The text analysed, its terms corrected against {@code vocabulary}, its time intent {@code when}. */
    public static SearchQuery of(String text, TimeIntent when, IndexStats vocabulary) {
        List<String> terms = QueryTerms.of(text);
        return new SearchQuery(text, terms, when, vocabulary, correct(terms, vocabulary));
    }

    /** The text analysed and its terms corrected against {@code vocabulary}. */
    public static SearchQuery of(String text, IndexStats vocabulary) {
        return of(text, TimeIntent.of(text), vocabulary);
    }

    /**
     * Each term as this index holds it, in the order of {@link #terms}: the corrections made when the query was
     * built when it was built for this index, else made now.
     */
    public List<String> spelledBy(IndexStats index) {
        return index == vocabulary ? spelled : correct(terms, index);
    }

    private static List<String> correct(List<String> terms, IndexStats vocabulary) {
        List<String> out = new ArrayList<>(terms.size());
        for (String t : terms) {
            out.add(vocabulary.vocabularyTerm(t));
        }
        return out;
    }
}
