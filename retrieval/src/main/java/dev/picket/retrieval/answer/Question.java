package dev.picket.retrieval.answer;

import java.util.Optional;

import dev.picket.retrieval.index.IndexStats;
import dev.picket.retrieval.search.SearchQuery;
import dev.picket.retrieval.search.TimeIntent;

/**
 * A question analysed once per answer, so no stage reads its text again: the plain text, what kind of question it
 * is, the time it names, the kind of fact it asks for, what is searched for (analysed as retrieval reads it) and
 * its weighted terms, and what a figure asked for must count.
 *
 * @param plain    the question made plain ({@link QuestionText#plain})
 * @param kind     how it asks to be answered
 * @param when     the time intent of the plain text
 * @param type     the kind of fact asked for
 * @param query    what is retrieved for: the plain text without the words that only say what kind it is, its
 *                 terms corrected against the index and its own time intent, which the time prior reads
 * @param terms    the terms of {@code query}, weighted by idf
 * @param measured what a figure asked for must count, as terms; null when the question asks for none or says not
 * @param listed   for a question asking for several things, the noun its plain text lists; else empty
 * @param asked    the question the plain text asks, for reading what kind of fact it wants ({@link TwoPart#asked}):
 *                 after a topic ("the pay deal, when was it signed"), the clause that follows it
 */
record Question(String plain, QuestionKind kind, TimeIntent when, AnswerType type, SearchQuery query,
                QuestionTerms terms, SentenceChoice.Measured measured, Optional<ListQuestion> listed, String asked) {

    static Question of(String question, IndexStats stats, Equivalences equivalences) {
        String spelled = Typos.corrected(QuestionText.spelledOut(question), stats);
        return of(spelled, QuestionKind.ofSpelled(spelled), stats, equivalences);
    }

    /** @param spelled the question {@link QuestionText#spelledOut}, whose kind is known */
    static Question of(String spelled, QuestionKind kind, IndexStats stats, Equivalences equivalences) {
        String plain = QuestionText.plainSpelled(spelled);
        TimeIntent when = TimeIntent.of(plain);
        String related = AnswerType.withoutRelation(kind.content(plain));
        // A list names every item, the one set aside too ("which sectors besides the NHS"), so it keeps its words.
        String asked = kind == QuestionKind.LIST || Besides.ASKS_FOR_ITEMS.matcher(plain).lookingAt() ? related
                : Besides.without(related);
        Optional<ListQuestion> listed = kind == QuestionKind.LIST ? ListQuestion.of(plain) : Optional.empty();
        String searched = kind == QuestionKind.LIST ? (asked.equals(plain) ? listed : ListQuestion.of(asked))
                .map(l -> l.content(stats)).orElse(asked) : asked;
        // Most questions are searched as they are asked: then the time they name is the one already read.
        // Embedded once, as one text (meaning): a second embedding is most of a distinct question's cost.
        SearchQuery query = searched.equals(plain) ? SearchQuery.of(searched, when, stats)
                : SearchQuery.of(searched, stats).withMeaning(meaning(kind, plain, searched));
        // A topic then its question ("the pay deal, when was it signed") asks what the question after it does.
        AnswerType whole = AnswerType.of(plain);
        String typed = TwoPart.asked(plain, whole);
        SentenceChoice.Measured measured = AnswerType.measured(typed).map(m -> new SentenceChoice.Measured(
                QuestionTerms.weigh(m.words(), stats, equivalences), m.verb(), m.compound(),
                m.counted() == null ? null : counted(m.counted(), stats, equivalences))).orElse(null);
        return new Question(plain, kind, when, NameRequest.type(typed, typed.equals(plain) ? whole
                : AnswerType.of(typed)), query,
                QuestionTerms.weigh(query, stats, equivalences), measured, listed, typed);
    }

    /**
     * The one text a question is embedded as, for the kNN search, the passages' weighing and the sentences'
     * alike: the words it is searched with, but the whole question when it asks for a demand. A demand's answer
     * says it in other words ("is calling for", "insists"), and what the question wants ("besides pay") is what
     * its sentence must be weighed against; the words a cause, a list, the latest news or a role strip ("why",
     * "which", "any news on", "leader") only say what kind of answer is wanted, and weigh the passages' meaning
     * by the question's framing rather than its subject (whole-question kNN lost causes and lists).
     */
    private static String meaning(QuestionKind kind, String plain, String searched) {
        return kind == QuestionKind.DEMAND ? plain : searched;
    }

    /** What a figure counts, its words analysed once for both weighings, with and without equivalents. */
    private static Counted counted(String words, IndexStats stats, Equivalences equivalences) {
        SearchQuery counted = SearchQuery.of(words, stats);
        return new Counted(words, QuestionTerms.weigh(counted, stats, equivalences),
                QuestionTerms.weigh(counted, stats, Equivalences.none()));
    }

    /**
     * Whether the question asks for what is particular to its subject: a cause, a demand or a figure. A list that
     * names the subject among others gives none of them ({@link Enumeration}).
     */
    boolean asksForParticulars() {
        // "how many unions have been involved" is answered by the list itself.
        return kind == QuestionKind.CAUSE || kind == QuestionKind.DEMAND
                || type.isFigure() && kind != QuestionKind.LIST;
    }

    /** The text retrieved for. */
    String searched() {
        return query.text();
    }

    /**
     * Whether the answer should come from the newest reports: the question asks how things stand now, or when
     * something will happen next.
     */
    boolean current() {
        return kind == QuestionKind.LATEST || when.recent() || kind.asksAboutNow(plain, when)
                || type == AnswerType.DATE && Event.asksAboutFuture(plain);
    }
}
