package dev.picket.retrieval.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.PassageFeatures;
import dev.picket.retrieval.index.PassageLookup;
import dev.picket.retrieval.search.TimeIntent;

/**
 * Which sentences of the retrieved passages an extractive answer quotes. A sentence's score is the idf-weighted
 * share of the question's terms it contains, plus a share for its passage's coverage, plus a bonus when it holds
 * the kind of fact asked for, plus its closeness in meaning to the question when a {@link SentenceSimilarity} is
 * set, minus a little per rank of its passage. Near-duplicates of a chosen sentence are skipped.
 */
final class SentenceChoice {

    /** Neighbours of this many top hits are read too, so a sentence split from its context is not lost. */
    private static final int NEIGHBOUR_HITS = 2;
    private static final double NEIGHBOUR_PENALTY = 0.1;

    private static final double PASSAGE_WEIGHT = 0.35;
    private static final double TYPE_BONUS = 0.25;
    /** For a sentence that gives what the question's kind asks for: a cause, a demand, a yes or a no. */
    private static final double KIND_BONUS = 0.3;
    private static final double RANK_PENALTY = 0.04;
    /** For a sentence of a report outside the periods the question names, when reports of them were found. */
    private static final double PERIOD_PENALTY = 0.25;
    private static final TimeIntent UNDATED = new TimeIntent(false, List.of());
    private static final double BEFORE_SHARE = 0.5;
    /** Full coverage, short of rounding in the sum of the weights. */
    private static final double WHOLE = 1 - 1e-9;

    /** How much a sentence's closeness in meaning to the question adds to its words' share. */
    static final double SENTENCE_MEANING_WEIGHT = 0.3;
    /**
     * Only the sentences that best match the question's words are weighed by meaning too: the answer is among
     * them, and embedding the rest would cost more than the question.
     */
    private static final int MEANING_CANDIDATES = 8;

    private final int maxSentences;
    private final PassageLookup neighbours;
    private final PassageLookup features;
    private final SentenceSimilarity sentenceSimilarity;
    private final Names names;
    private final Scope scope;

    /**
     * @param neighbours         reads the passages next to the top hits; null to read none
     * @param sentenceSimilarity weighs sentences by meaning; null for words only
     * @param names              which capitalised words may name a person
     * @param scope              picket's subject, whose words say who took part in an event, not what it was
     */
    SentenceChoice(int maxSentences, PassageLookup neighbours, SentenceSimilarity sentenceSimilarity, Names names,
                   Scope scope) {
        this.maxSentences = maxSentences;
        this.scope = scope;
        this.names = names;
        this.neighbours = neighbours;
        // The index reads each passage's sentences and terms stored; without one they are worked out.
        this.features = neighbours != null ? neighbours : (articleId, ordinal) -> Optional.empty();
        this.sentenceSimilarity = sentenceSimilarity;
    }

    /** A hit's sentences and analysed terms. */
    PassageFeatures features(SearchHit hit) {
        return features.features(hit);
    }

    /** The share of the question's weight that a hit's headline, text and date hold. */
    double coverage(QuestionTerms terms, SearchHit hit) {
        return coverage(terms, hit, false, CompoundNames.NONE);
    }

    /**
     * The same, without the words of a name the passage doesn't hold whole ({@link CompoundNames}), and for a
     * question that asks for particulars ({@link Question#asksForParticulars}) those the passage names only as
     * an item of a list ({@link Enumeration}).
     */
    double coverage(QuestionTerms terms, SearchHit hit, boolean particulars, CompoundNames compounds) {
        Set<String> held = compounds.without(DateTerms.withDate(features(hit).terms(), hit), hit);
        if (particulars) {
            held = listed(hit).without(held, terms);
        }
        return terms.coverage(terms.withContractions(held, () -> hit.title() + "\n" + hit.text()));
    }

    /** The names the question's words make in these passages. */
    CompoundNames compounds(String question, List<SearchHit> hits) {
        return CompoundNames.of(question, hits, names, this::features);
    }

    /** The lists of a hit's headline and text, read once a passage ({@link PassageFeatures#derived}). */
    private Enumeration listed(SearchHit hit) {
        return features(hit).derived(Enumeration.class, () -> Enumeration.of(hit.title() + "\n" + hit.text()));
    }

    /** A sentence chosen for the answer, from this hit. */
    record Scored(SearchHit hit, String sentence, Set<String> terms, double score) {

        /**
         * What {@code sentence.split("\\s+").length} counts, by a scan, as it is asked of every candidate: the
         * runs of other characters, one more for the empty string before a leading space, and 1 for a sentence
         * with no space at all.
         */
        int words() {
            int runs = 0;
            boolean spaced = false;
            boolean inRun = false;
            for (int i = 0; i < sentence.length(); i++) {
                boolean space = QuestionKind.isSpace(sentence.charAt(i));
                spaced |= space;
                runs += !space && !inRun ? 1 : 0;
                inRun = !space;
            }
            if (!spaced) {
                return 1;
            }
            return runs > 0 && QuestionKind.isSpace(sentence.charAt(0)) ? runs + 1 : runs;
        }
    }

    /**
     * The sentences to quote, best first; empty when the question asks for a figure ("how many", "how much") and
     * no sentence that gives one is about what it measures: such an answer declines rather than quote a number of
     * something else.
     *
     * @param q the question, with what a figure asked for must count ({@link Question#measured})
     */
    List<Scored> choose(Question q, ExtractiveAnswerer.Evidence evidence) {
        String question = q.plain();
        AnswerType type = q.type();
        QuestionKind kind = q.kind();
        Measured measured = q.measured();
        List<Scored> candidates = new ArrayList<>();
        TimeIntent when = dated(q.when(), evidence);
        boolean particulars = q.asksForParticulars();
        CompoundNames compounds = evidence.compounds() != null ? evidence.compounds()
                : compounds(evidence.searched(), evidence.hits());
        for (int rank = 0; rank < evidence.hits().size(); rank++) {
            addSentences(candidates, evidence, q, compounds, when, evidence.hits().get(rank),
                    evidence.fused().get(rank), RANK_PENALTY * rank);
        }
        for (var n : neighbours(evidence.hits())) {
            addSentences(candidates, evidence, q, compounds, when, n.getValue(),
                    coverage(evidence.terms(), n.getValue(), particulars, compounds),
                    RANK_PENALTY * n.getKey() + NEIGHBOUR_PENALTY);
        }
        Pattern titled = null;
        Optional<ListItems.Found> found = Optional.empty();
        if (kind == QuestionKind.LIST) {
            // "which unions", "what groups of staff": the items are what the sentences name, from any article,
            // whoever the question says they dealt with ("which unions met the health secretary").
            Optional<ListItems> things = q.listed().flatMap(ListItems::of);
            boolean people = things.isEmpty() && AnswerType.asksForPeople(question);
            List<Scored> all = candidates;
            titled = people ? q.listed().map(l -> l.titled(all)).orElse(null) : null;
            found = things.flatMap(i -> i.found(all, names, scope));
            Pattern title = titled;
            Optional<ListItems.Found> items = found;
            candidates.removeIf(c -> items.isPresent() ? !items.get().names(c)
                    : people ? !AnswerType.PERSON.isAnsweredBy(c.sentence(), names)
                    || title != null && !title.matcher(c.sentence()).find()
                    : !has(c, AnswerType.NAMES_SOMETHING, AnswerType::namesSomething));
        } else if (type.isFigure() && measured != null) {
            if (measured.counted() != null && !measured.counted().isEmpty()) {
                // "how many resident doctors were": the figure must count doctors, in a sentence naming them all.
                if (measured.compound()) {
                    candidates.removeIf(c -> !measures(measured, c));
                }
                measured.counted().keep(candidates, sentenceSimilarity, this::features);
            } else {
                candidates.removeIf(c -> !measures(measured, c));
            }
            Qualifier.of(q.asked(), names, scope, evidence.terms()).keep(candidates);
            Qualifier.keepOrdinal(q.asked(), candidates);
        } else if (type == AnswerType.PERSON && !Title.keepHolders(question, candidates)) {
            return List.of();
        } else if (type == AnswerType.DATE) {
            Event.of(q.asked(), TwoPart.topic(question, q.asked()), scope).keep(candidates, evidence.terms());
        } else if (type == AnswerType.SPAN) {
            AnswerType.keepSince(candidates);
        }
        OfItsTime.keepFigures(type, when, candidates);
        TimeFigures.keepOtherFigures(type, q.asked(), question, candidates, names, this::features);
        Share.keep(type, q.asked(), candidates);
        Optional<Definition> definition = Definition.asked(question);
        if (definition.isPresent()) {
            definition.get().keepSpellingOut(candidates);
        }
        candidates.sort(Comparator.comparingDouble(Scored::score).reversed());
        if (found.isPresent()) {
            candidates = found.get().itemsFirst(candidates);
        }
        if (sentenceSimilarity != null && !candidates.isEmpty()) {
            // The text the search embedded, whose vector the memo holds: the whole question when it asks for a
            // demand ("what was X demanding" must weigh "demanding"), else the searched words (Question#meaning).
            candidates = byMeaning(q.query().meaning(), Cued.weighed(kind, candidates, MEANING_CANDIDATES,
                    c -> answersKind(kind, c)));
            candidates.sort(Comparator.comparingDouble(Scored::score).reversed());
        }
        candidates = Cued.first(kind, candidates, c -> answersKind(kind, c));
        if (kind == QuestionKind.LIST) {
            return found.isPresent() ? found.get().choose(candidates, maxSentences)
                    : ListQuestion.onePerItem(candidates, titled, maxSentences);
        }
        List<Scored> chosen = AnswerSentences.best(when, evidence, candidates, maxSentences);
        if (!chosen.isEmpty() && Initialism.unseenMissing(question, evidence.terms(), chosen.getFirst().terms(),
                chosen.getFirst().hit().text())) {
            return List.of();
        }
        if (kind == QuestionKind.FACT && !type.isFigure() && !chosen.isEmpty()
                && Planned.onlyAnnounced(q.asked(), chosen.getFirst().sentence())) {
            return List.of();
        }
        if (kind == QuestionKind.YES_NO && !chosen.isEmpty()
                && !UnseenWords.carriedBy(question, evidence.terms(), chosen.getFirst(),
                        features(chosen.getFirst().hit()), sentenceSimilarity)) {
            return List.of();
        }
        Continuation.extend(kind, question, chosen, neighbours, maxSentences);
        return chosen;
    }

    /** Whether a candidate gives what the question's kind asks for outright: a cause or a demand. */
    private boolean answersKind(QuestionKind kind, Scored c) {
        return has(c, Cued.feature(kind), kind::isPlainlyAnsweredBy);
    }

    /** Whether a candidate's sentence passes the test, remembered with its passage's features under the key. */
    private boolean has(Scored c, Object feature, Predicate<String> test) {
        return has(c, feature, test, this::features);
    }

    static boolean has(Scored c, Object feature, Predicate<String> test,
                       Function<SearchHit, PassageFeatures> features) {
        PassageFeatures passage = features.apply(c.hit());
        int i = passage.sentences().indexOf(c.sentence());
        return i >= 0 ? passage.has(i, feature, test) : test.test(c.sentence());
    }

    /** What a "how many/much" question measures, as the terms a sentence or its passage must hold. */
    record Measured(QuestionTerms terms, boolean verb, boolean compound, Counted counted) {
    }

    private boolean measures(Measured measured, Scored c) {
        if (measured.terms().isEmpty()) {
            return true;
        }
        if (measured.compound()) {
            return measured.terms().coverage(c.terms()) >= WHOLE;
        }
        return measured.verb() ? measured.terms().coverage(c.terms()) > 0
                : coverage(measured.terms(), c.hit()) > 0;
    }

    /** The passages next to the top hits that are not hits themselves, each with the rank of its hit. */
    private List<Map.Entry<Integer, SearchHit>> neighbours(List<SearchHit> hits) {
        if (neighbours == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        hits.forEach(h -> seen.add(h.passageId()));
        List<Map.Entry<Integer, SearchHit>> out = new ArrayList<>();
        for (int rank = 0; rank < Math.min(NEIGHBOUR_HITS, hits.size()); rank++) {
            SearchHit hit = hits.get(rank);
            for (int ordinal : new int[] {hit.ordinal() - 1, hit.ordinal() + 1}) {
                if (ordinal >= 0) {
                    int r = rank;
                    neighbours.passage(hit.articleId(), ordinal).filter(n -> seen.add(n.passageId()))
                            .ifPresent(n -> out.add(Map.entry(r, n)));
                }
            }
        }
        return out;
    }

    /** Adds each sentence's closeness in meaning to its score, so the sentence that answers in other words wins. */
    private List<Scored> byMeaning(String question, List<Scored> candidates) {
        List<Double> cosines = sentenceSimilarity.similarity(question,
                candidates.stream().map(Scored::hit).distinct().toList(),
                candidates.stream().map(Scored::sentence).toList());
        List<Scored> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Scored c = candidates.get(i);
            double semantic = sentenceSimilarity.calibration().sentence(cosines.get(i));
            out.add(new Scored(c.hit(), c.sentence(), c.terms(), c.score() + SENTENCE_MEANING_WEIGHT * semantic));
        }
        return out;
    }


    /** The question's periods when some retrieved report is of one of them; no periods otherwise. */
    private static TimeIntent dated(TimeIntent when, ExtractiveAnswerer.Evidence evidence) {
        return evidence.hits().stream().anyMatch(h -> when.inPeriod(h.published())) ? when : UNDATED;
    }

    /**
     * @param when the periods the question names, when reports of them were found: a sentence of another time
     *             that doesn't name the period answers about another year ("what were nurses offered in dec 2022"
     *             is not answered by the 2023 offer), so it ranks lower
     */
    private void addSentences(List<Scored> candidates, ExtractiveAnswerer.Evidence evidence, Question q,
                              CompoundNames compounds, TimeIntent when, SearchHit hit, double passageCoverage, double penalty) {
        AnswerType type = q.type();
        QuestionKind kind = q.kind();
        // The fact asked for is what makes a sentence an answer: without one it is not a candidate at all (a
        // list's items are checked for names instead), and picket says so rather than quote.
        boolean required = type != AnswerType.OTHER && kind != QuestionKind.LIST;
        PassageFeatures passage = features(hit);
        List<String> sentences = passage.sentences();
        Enumeration listed = q.asksForParticulars() ? listed(hit) : Enumeration.NONE;
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            boolean typed = type != AnswerType.OTHER && passage.has(i, type, t -> type.isAnsweredBy(t, names));
            if (required && !typed) {
                continue;
            }
            Set<String> own = passage.sentenceTerms(i);
            if ((kind == QuestionKind.YES_NO || kind == QuestionKind.CAUSE)
                    && passage.has(i, Conditional.class, Conditional::supposes)) {
                // "…would pause if the minister agreed" says neither whether he agreed nor why he wouldn't.
                own = Conditional.assertedTerms(passage, i);
            }
            Set<String> sentenceTerms = evidence.terms().withContractions(listed.without(compounds.without(
                    DateTerms.withDate(own, hit), hit), evidence.terms()), () -> sentence);
            // "why are they striking" is answered by "their dispute over pay", which needn't say "strike".
            boolean givesCause = kind == QuestionKind.CAUSE
                    && passage.has(i, Cued.feature(kind), kind::isPlainlyAnsweredBy);
            double words = givesCause ? evidence.terms().coverage(sentenceTerms, StrikeCause.EVENT_TERMS)
                    : evidence.terms().coverage(sentenceTerms);
            if (i > 0 && passage.has(i, BackReference.class, BackReference::in)) {
                // "But the foreign secretary rejected that idea": the idea is the sentence before's.
                words += BEFORE_SHARE * Math.max(0, evidence.terms().coverage(sentenceTerms,
                        passage.sentenceTerms(i - 1)) - words);
            }
            double score = words
                    + PASSAGE_WEIGHT * passageCoverage
                    + (typed ? TYPE_BONUS : 0)
                    + (passage.has(i, kind, kind::isAnsweredBy) ? KIND_BONUS : 0)
                    - (AnswerSentences.inTime(when, hit, sentence) ? 0 : PERIOD_PENALTY)
                    - penalty;
            candidates.add(new Scored(hit, sentence, sentenceTerms, score));
        }
    }

}
