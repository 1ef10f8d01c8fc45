package dev.picket.retrieval.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/** The analysed terms of the served passages' text: how often each occurs, and spelling correction against them. */
final class Vocabulary {

    /** Shorter words are too close to other real words for one edit to mean a typo. */
    private static final int MIN_CORRECTED_LENGTH = 6;
    /** Five letters: long enough for a left-out letter to mean a typo ("stike"). */
    private static final int MIN_OMISSION_LENGTH = 5;
    /** Typos rarely hit the first letters, and a fixed prefix keeps the automaton small. */
    private static final int CORRECTION_PREFIX = 2;
    /** Chat shortens words to their first letters ("sec", "docs"); shorter stubs than this name nothing. */
    private static final int MIN_STUB = 3;
    private static final int MAX_STUB = 5;
    /** A stub stands for its commonest completion only when that one is at least this much commoner than the next. */
    private static final int CLEAR_LEAD = 2;

    /** Distinct words whose correction is remembered, for the index generation being searched. */
    private static final int REMEMBERED = 4_096;

    private final Searchers searchers;
    // Every question's words are corrected several times (the search, the evidence's weights), and a misspelt
    // word's correction walks an automaton over the terms; so each word's correction is kept for the reader it
    // was made against. Its frequency likewise: the answerer weighs every question word by it, and each look-up
    // seeks the term in every segment.
    private volatile ForReader remembered = new ForReader(null);

    Vocabulary(Searchers searchers) {
        this.searchers = searchers;
    }

    private interface Lookup<V> {
        V of() throws IOException;
    }

    private record ForReader(IndexReader reader, Remembered<String> corrections, Remembered<Integer> frequencies) {
        ForReader(IndexReader reader) {
            this(reader, new Remembered<>(), new Remembered<>());
        }
    }

    /** What was worked out for distinct words against one reader, the most recent {@value #REMEMBERED}. */
    private static final class Remembered<V> extends LinkedHashMap<String, V> {

        Remembered() {
            super(16, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > REMEMBERED;
        }

        V of(String word, Lookup<V> lookup) throws IOException {
            V remembered;
            synchronized (this) {
                remembered = get(word);
            }
            if (remembered == null) {
                remembered = lookup.of();
                synchronized (this) {
                    put(word, remembered);
                }
            }
            return remembered;
        }
    }

    int docFreq(String analysedTerm) {
        return searchers.with(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            return remembered(reader).frequencies()
                    .of(analysedTerm, () -> reader.docFreq(new Term(Schema.TEXT, analysedTerm)));
        });
    }

    /**
     * A misspelt word's nearest term in the index, one edit away, the most common one on a tie; a word the
     * index holds, a short one or one with digits stays as it is. Only words absent from the index are ever
     * corrected, so a question never loses a word the articles use. A short word the index lacks may instead be
     * a shortened one ({@link #completion}).
     */
    String nearest(String analysedTerm) {
        if (!analysedTerm.chars().allMatch(Character::isLetter)) {
            return analysedTerm;
        }
        return searchers.with(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            return remembered(reader).corrections().of(analysedTerm, () ->
                    reader.docFreq(new Term(Schema.TEXT, analysedTerm)) > 0 ? analysedTerm
                            : correct(reader, analysedTerm));
        });
    }

    /** What is remembered for this reader; a new, empty memory once a commit has replaced the last one's. */
    private ForReader remembered(IndexReader reader) {
        ForReader known = remembered;
        if (known.reader() != reader) {
            known = new ForReader(reader);
            remembered = known;
        }
        return known;
    }

    private static String correct(IndexReader reader, String analysedTerm) throws IOException {
        if (analysedTerm.length() >= MIN_STUB && analysedTerm.length() <= MAX_STUB) {
            String completed = completion(reader, analysedTerm);
            if (!completed.equals(analysedTerm) || analysedTerm.length() < MIN_OMISSION_LENGTH) {
                return completed;
            }
            // "stike": at five letters a typo is taken only as a letter left out, since a changed letter
            // makes another real word too often ("world" is not "would").
            return oneEditAway(reader, analysedTerm, t -> t.length() == analysedTerm.length() + 1
                    && inOrder(analysedTerm, t));
        }
        if (analysedTerm.length() < MIN_CORRECTED_LENGTH) {
            return analysedTerm;
        }
        return oneEditAway(reader, analysedTerm, t -> true);
    }

    /** The commonest term one edit away that fits, or the term itself. */
    private static String oneEditAway(IndexReader reader, String analysedTerm, Predicate<String> fits)
            throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Schema.TEXT);
        if (terms == null) {
            return analysedTerm;
        }
        FuzzyTermsEnum near = new FuzzyTermsEnum(terms, new Term(Schema.TEXT, analysedTerm), 1,
                CORRECTION_PREFIX, true);
        String best = analysedTerm;
        int bestFreq = 0;
        for (BytesRef t = near.next(); t != null; t = near.next()) {
            if (near.docFreq() > bestFreq) {
                String term = t.utf8ToString();
                if (fits.test(term)) {
                    best = term;
                    bestFreq = near.docFreq();
                }
            }
        }
        return best;
    }

    /**
     * The word a shortened one stands for ("sec" for "secretary", "doc" for "doctor"): the commonest term the
     * index holds that begins with it, when it is clearly the commonest, or for a contraction ("appt") the one
     * holding its letters in order; otherwise the stub as it is, so a word the articles never use still counts as
     * missing.
     */
    private static String completion(IndexReader reader, String stub) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Schema.TEXT);
        if (terms == null) {
            return stub;
        }
        String completed = commonest(terms, stub, stub, term -> true);
        if (completed == null && contracted(stub)) {
            completed = commonest(terms, stub, stub.substring(0, 1), term -> inOrder(stub, term));
        }
        return completed == null ? stub : completed;
    }

    /** Whether a stub keeps only consonants after its first letter, as chat contracts words ("appt", "dept"). */
    private static boolean contracted(String stub) {
        return stub.substring(1).chars().allMatch(c -> Character.isLetter(c) && "aeiouy".indexOf(c) < 0);
    }

    /**
     * Of the terms beginning with the prefix, at least two letters longer than the stub, that fit it ("appt" is
     * a contraction of "appointment", its letters in order), the one clearly commoner than the rest; else null.
     */
    private static String commonest(Terms terms, String stub, String prefix, Predicate<String> fits)
            throws IOException {
        TermsEnum e = terms.iterator();
        BytesRef start = new BytesRef(prefix);
        if (e.seekCeil(start) == TermsEnum.SeekStatus.END) {
            return null;
        }
        String best = null;
        int bestFreq = 0;
        int nextFreq = 0;
        for (BytesRef t = e.term(); t != null && StringHelper.startsWith(t, start); t = e.next()) {
            String term = t.utf8ToString();
            if (term.length() < stub.length() + 2 || !fits.test(term)) {
                continue;
            }
            int df = e.docFreq();
            if (df > bestFreq) {
                nextFreq = bestFreq;
                best = term;
                bestFreq = df;
            } else {
                nextFreq = Math.max(nextFreq, df);
            }
        }
        return bestFreq > 0 && bestFreq >= CLEAR_LEAD * Math.max(1, nextFreq) ? best : null;
    }

    private static boolean inOrder(String letters, String word) {
        int at = 0;
        for (int i = 0; i < word.length() && at < letters.length(); i++) {
            if (word.charAt(i) == letters.charAt(at)) {
                at++;
            }
        }
        return at == letters.length();
    }
}
