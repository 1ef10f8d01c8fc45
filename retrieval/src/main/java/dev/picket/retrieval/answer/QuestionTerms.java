package dev.picket.retrieval.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import dev.picket.retrieval.index.IndexStats;
import dev.picket.retrieval.index.QueryTerms;
import dev.picket.retrieval.search.SearchQuery;

/**
 * The analysed terms of a question, each weighted by how rare it is in the index (BM25's idf). A term the
 * corpus never uses weighs most: a question about "Germany" or "banana bread" hinges on exactly the words the
 * articles lack, which is what makes coverage a good abstention signal.
 *
 * <p>With {@link Equivalences}, a phrase of the question that has domain equivalents ("RCN", "walkout") is one
 * unit, matched by any of them, and weighs as its most common form: a user's word for something the articles
 * name otherwise is not a sign that they don't cover it.
 */
final class QuestionTerms {

    /**
     * Words that ask "when" rather than "what": the time prior answers them by ranking recent articles first,
     * so a passage is not short of evidence for lacking the word "current".
     */
    private static final Set<String> TIME_WORDS = QueryTerms.setOf(
            "now nowadays current currently latest newest recent recently today presently ongoing");

    private static final Pattern SPACE = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** No terms at all. */
    static final QuestionTerms NONE = new QuestionTerms(List.of(), List.of());

    private final List<Unit> units;
    private final double total;
    /** The question's words the index lacks that may be contractions ("govt", "dept"); usually none. */
    private final List<String> stubs;

    private QuestionTerms(List<Unit> units, List<String> stubs) {
        this.units = units;
        this.total = units.stream().mapToDouble(Unit::weight).sum();
        this.stubs = stubs;
    }

    static QuestionTerms weigh(String question, IndexStats stats) {
        return weigh(question, stats, Equivalences.none());
    }

    static QuestionTerms weigh(String question, IndexStats stats, Equivalences equivalences) {
        List<String> analysed = QueryTerms.of(question);
        return weigh(question, analysed, analysed.stream().map(stats::vocabularyTerm).toList(), stats, equivalences);
    }

    /** The terms of a query analysed for retrieval, read as they were analysed and corrected there. */
    static QuestionTerms weigh(SearchQuery query, IndexStats stats, Equivalences equivalences) {
        return weigh(query.text(), query.terms(), query.spelledBy(stats), stats, equivalences);
    }

    /** @param spelled each of {@code analysed} as the index holds it, in the same order */
    private static QuestionTerms weigh(String question, List<String> analysed, List<String> spelled,
                                       IndexStats stats, Equivalences equivalences) {
        int n = Math.max(1, stats.passageCount());
        Set<String> terms = new LinkedHashSet<>();
        for (int i = 0; i < analysed.size(); i++) {
            if (!TIME_WORDS.contains(analysed.get(i))) {
                terms.add(spelled.get(i));
            }
        }
        Set<String> tokens = shortTokens(question);
        List<Unit> units = new ArrayList<>();
        for (Equivalences.Match m : equivalences.find(terms)) {
            terms.removeAll(m.phrase());
            double weight = Double.MAX_VALUE;
            List<Set<String>> alternatives = new ArrayList<>(m.alternatives());
            for (Set<String> alternative : m.alternatives()) {
                weight = Math.min(weight, weight(alternative, stats, n));
                // A word of the group is matched by an abbreviation that holds it too, as a lone word is.
                if (alternative.size() == 1) {
                    alternatives.addAll(equivalences.abbreviating(alternative.iterator().next()));
                }
            }
            units.add(new Unit(alternatives, weight, false));
        }
        List<String> stubs = new ArrayList<>();
        for (String term : terms) {
            if (Contraction.isStub(term) && stats.docFreq(term) == 0) {
                stubs.add(term);
            }
            List<Set<String>> alternatives = new ArrayList<>();
            alternatives.add(Set.of(term));
            List<Set<String>> abbreviations = equivalences.abbreviating(term);
            alternatives.addAll(abbreviations);
            // "did they sit down" is answered by "sat down": a verb's forms are one word, as common as its
            // commonest form.
            double weight = idf(term, stats, n);
            int df = stats.docFreq(term);
            for (String form : VerbForms.others(term)) {
                alternatives.add(Set.of(form));
                weight = Math.min(weight, idf(form, stats, n));
                df += stats.docFreq(form);
            }
            boolean unused = abbreviations.isEmpty() && df == 0;
            if (unused && (UnseenWords.FUNCTION_TERMS.contains(term) || UnseenWords.META_TERMS.contains(term)
                    || UnseenWords.ANSWER_NOUNS.contains(term))) {
                // A word that carries no fact, names the articles themselves ("in the stories") or the kind of
                // answer ("his name"), which the articles happen not to use: no passage lacks what the question
                // asks for by lacking it.
                continue;
            }
            boolean unseen = unused && !tokens.contains(term);
            units.add(new Unit(alternatives, weight, unseen));
        }
        return new QuestionTerms(units, List.copyOf(stubs));
    }

    /**
     * The terms of the question's one- and two-letter words. Chat is full of short tokens no article uses ("fr",
     * "rn", "u"): a question hinges on a word, not on them, so they can't be the unseen thing it asks about.
     */
    private static Set<String> shortTokens(String question) {
        Set<String> out = new HashSet<>();
        for (String w : SPACE.split(question)) {
            if (w.length() <= 2) {
                out.addAll(AnalysedWords.of(w));
            }
        }
        return out;
    }

    /** A phrase is as rare as its rarest word: that word is what tells its passages apart. */
    private static double weight(Set<String> phrase, IndexStats stats, int n) {
        double w = 0;
        for (String t : phrase) {
            w = Math.max(w, idf(t, stats, n));
        }
        return w;
    }

    private static double idf(String term, IndexStats stats, int n) {
        int df = stats.docFreq(term);
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /**
     * A text's analysed terms, with each of the question's contractions whose full word the text uses ("govt"
     * when it says "government"): the index holds stems, which a contraction can't be matched against, so the
     * words of the text itself are read, and only when the question has one (so the text is asked for only then).
     */
    Set<String> withContractions(Set<String> textTerms, Supplier<String> text) {
        if (stubs.isEmpty()) {
            return textTerms;
        }
        Set<String> found = Contraction.foundIn(stubs, text.get());
        if (found.isEmpty()) {
            return textTerms;
        }
        Set<String> out = new HashSet<>(textTerms);
        out.addAll(found);
        return out;
    }

    /** The question's terms that no article uses ({@link Unit#unseen}) and these terms lack. */
    List<String> missingUnseen(Set<String> terms) {
        List<String> out = new ArrayList<>();
        for (Unit u : units) {
            if (u.unseen() && !u.matchedBy(terms)) {
                out.add(u.alternatives().getFirst().iterator().next());
            }
        }
        return out;
    }

    /**
     * Whether the terms match, by one of its other forms, a unit of the question that holds one of the words:
     * "walkout" for the question's "walk out", "workers" for its "crews" when both name ambulance staff.
     */
    boolean matchesEquivalentOf(Set<String> words, Set<String> terms) {
        for (Unit u : units) {
            boolean holdsAWord = u.alternatives().stream().anyMatch(a -> a.stream().anyMatch(words::contains));
            if (u.alternatives().size() > 1 && holdsAWord && u.matchedBy(terms)) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return units.isEmpty();
    }

    /**
     * The units of the question that hold one of these terms, with their equivalents, less those no article uses:
     * what a part of the question names, weighed as the whole question weighs it.
     */
    QuestionTerms only(Set<String> terms) {
        return new QuestionTerms(units.stream().filter(u -> !u.unseen()
                && u.alternatives().stream().anyMatch(a -> a.stream().anyMatch(terms::contains))).toList(), List.of());
    }

    /**
     * Whether the terms hold every word of the question the articles use, each by itself or an equivalent; a
     * particle ("up", "out") belongs to its verb, which a decision's verb stands for ("sign up to" by "accepted").
     */
    boolean holdsEverySeen(Set<String> terms) {
        return units.stream().allMatch(u -> u.unseen() || u.matchedBy(terms) || u.isParticle());
    }

    /** The share of the question's weight whose terms appear in the given analysed terms, from 0 to 1. */
    double coverage(Set<String> terms) {
        return coverage(terms, Set.of());
    }

    /** The same of the union of two sets of terms, as a sentence's with the one's before it, without building it. */
    double coverage(Set<String> terms, Set<String> more) {
        if (total == 0) {
            return 0;
        }
        double covered = 0;
        for (Unit u : units) {
            if (u.matchedBy(terms, more)) {
                covered += u.weight();
            }
        }
        return covered / total;
    }

    /** One term of the question, or a phrase with its equivalents, any of which counts as present. */
    /**
     * @param unseen true for a word the index never uses and that has no equivalent or abbreviation it does: what
     *               the question asks that no article says in its words
     */
    private record Unit(List<Set<String>> alternatives, double weight, boolean unseen) {

        /** A lone function word of English that the index keeps, as "up" in "sign up". */
        boolean isParticle() {
            return alternatives.size() == 1 && alternatives.getFirst().size() == 1
                    && QueryTerms.isKeptStopWord(alternatives.getFirst().iterator().next());
        }

        boolean matchedBy(Set<String> terms) {
            for (Set<String> a : alternatives) {
                if (terms.containsAll(a)) {
                    return true;
                }
            }
            return false;
        }

        boolean matchedBy(Set<String> terms, Set<String> more) {
            if (more.isEmpty()) {
                return matchedBy(terms);
            }
            for (Set<String> a : alternatives) {
                if (inEither(a, terms, more)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean inEither(Set<String> wanted, Set<String> terms, Set<String> more) {
            for (String t : wanted) {
                if (!terms.contains(t) && !more.contains(t)) {
                    return false;
                }
            }
            return true;
        }
    }
}
