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
 * @param meaning    what the vector modes embed: {@code text}, unless the answerer embeds another text of the
 *                   question for its own weighing too ({@link #withMeaning})
 */
public record SearchQuery(String text, List<String> terms, TimeIntent when, IndexStats vocabulary,
                          List<String> spelled, String meaning) {

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(meaning, "meaning");
        terms = List.copyOf(terms);
        Objects.requireNonNull(when, "when");
        spelled = spelled == null ? null : List.copyOf(spelled);
    }

    /** The text analysed, with no index to correct its spelling against yet. */
    public static SearchQuery of(String text) {
        String t = text == null ? "" : text;
        return new SearchQuery(t, QueryTerms.of(t), TimeIntent.of(t), null, null, t);
    }

    /** The text analysed, its terms corrected against {@code vocabulary}, its time intent {@code when}. */
    public static SearchQuery of(String text, TimeIntent when, IndexStats vocabulary) {
        List<String> terms = QueryTerms.of(text);
        return new SearchQuery(text, terms, when, vocabulary, correct(terms, vocabulary), text);
    }

    /**
     * The same words, embedded by the vector modes as {@code meaning}: the answerer weighs passages and sentences
     * against one text of the question, and when the kNN search embeds that text too, a question is embedded
     * once (an embedding is most of a distinct hybrid answer's CPU).
     */
    public SearchQuery withMeaning(String meaning) {
        return meaning.equals(this.meaning) ? this : new SearchQuery(text, terms, when, vocabulary, spelled, meaning);
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
