package dev.picket.retrieval.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.picket.retrieval.index.PassageFeatures;
import dev.picket.retrieval.index.QueryTerms;

/**
 * The words of a yes/no question that no article uses ("did they sue", "is it being privatised"): the question
 * hinges on them, so the sentence that settles it must carry each, by the word itself or a word of its own close
 * in meaning ("shift" by "move", "less" by "fewer"). A sentence that shares only the subject ("the union", "the
 * government") settles nothing, and picket declines rather than quote it.
 */
final class UnseenWords {

    /**
     * How close in meaning a sentence's word must be to an unseen word of the question, as a share of the model's
     * passage scale (a cosine of 0.5 for MiniLM): "shift" and "move" are, "sue" and "lose" are not.
     */
    static final double CLOSE = 0.5;

    /** Verbs of a decision: what a chat verb the articles never use ("ditch", "sign off") asks about. */
    private static final Pattern DECISION = Pattern.compile("\\b(?:rejected|accepted|agreed|refused|declined|"
            + "approved|backed|turned down|voted (?:for|against|to))\\b", Pattern.CASE_INSENSITIVE);
    /**
     * The question's own verb of a decision ("did they accept"): then its unseen word is not the verb that a
     * decision in the articles' words stands for, but what was decided or who decided ("did firefighters accept").
     */
    private static final Pattern ASKED_DECISION = Pattern.compile("\\b(?:accept|reject|agree|refus|declin|approv|"
            + "back|turn(?:ed|s|ing)? down|vot)\\w*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    /**
     * English words that carry no fact of their own (adverbs of time and degree, indefinite pronouns, chat
     * forms of auxiliaries, the particles of phrasal verbs as in "go along with", "keep" as in "keep striking"):
     * "is the plan out yet" hinges on the plan, not on "yet", which an article may never happen to write. Chat
     * filler ("really", "kinda") never gets this far: {@link QuestionText} drops it.
     */
    static final Set<String> FUNCTION_TERMS = Set.copyOf(QueryTerms.setOf("yet still ever even already anyone "
            + "anybody anything someone somebody something everyone everybody everything nobody nothing just only "
            + "also too gonna wanna gotta dunno yep nope whatever whenever anyways somehow along away around ahead "
            + "apart aside keep keeps kept keeping"));

    /**
     * Nouns for the kind of answer wanted rather than what it is about: "health secretary name", "the strike
     * dates", "size of the ballot". An article states the name, the date or the figure without the noun.
     */
    static final Set<String> ANSWER_NOUNS = Set.copyOf(QueryTerms.setOf("name names date dates size amount total "
            + "figure figures"));

    /** Words for the articles themselves: "who's the health sec in the stories" asks about what they say. */
    static final Set<String> META_TERMS = Set.copyOf(QueryTerms.setOf("story stories article articles source "
            + "sources coverage headline headlines info"));

    private UnseenWords() {
    }

    /** Whether the sentence carries every word of the question that no article uses; without embeddings, by itself. */
    static boolean carriedBy(String question, QuestionTerms terms, SentenceChoice.Scored sentence,
                             SentenceSimilarity similarity) {
        return carriedBy(question, terms, sentence, Set.<String>of(), similarity);
    }

    /**
     * @param passage the sentence's passage: when the sentence goes on from the one before ("However, the deal was
     *                later accepted"), what the decision is about may be named there, so that sentence's terms
     *                count for the words the question names beside its unseen verb
     */
    static boolean carriedBy(String question, QuestionTerms terms, SentenceChoice.Scored sentence,
                             PassageFeatures passage, SentenceSimilarity similarity) {
        return carriedBy(question, terms, sentence, before(passage, sentence.sentence()), similarity);
    }

    private static Set<String> before(PassageFeatures passage, String sentence) {
        int i = passage.sentences().indexOf(sentence);
        return i > 0 && passage.has(i, BackReference.class, BackReference::in)
                ? passage.sentenceTerms(i - 1) : Set.of();
    }

    private static boolean carriedBy(String question, QuestionTerms terms, SentenceChoice.Scored sentence,
                                     Set<String> before, SentenceSimilarity similarity) {
        List<String> missing = terms.missingUnseen(sentence.terms());
        if (missing.isEmpty()) {
            return true;
        }
        if (missing.size() == 1 && terms.holdsEverySeen(withBefore(sentence.terms(), before))
                && DECISION.matcher(sentence.sentence()).find() && !ASKED_DECISION.matcher(question).find()) {
            // "did the rcn ditch the offer": a decision on all the question names settles it in the articles' verb.
            return true;
        }
        List<String> own = words(sentence.sentence());
        List<String> unclipped = new ArrayList<>();
        for (String term : missing) {
            String word = surface(question, term);
            if (!Clipping.expandedIn(word, own)) {
                unclipped.add(word);
            }
        }
        if (unclipped.isEmpty()) {
            return true;
        }
        if (similarity == null) {
            return false;
        }
        for (String word : unclipped) {
            if (own.isEmpty() || similarity.similarity(word, List.of(), own).stream()
                    .noneMatch(c -> similarity.calibration().passage(c) >= CLOSE)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> withBefore(Set<String> terms, Set<String> before) {
        if (before.isEmpty()) {
            return terms;
        }
        Set<String> out = new HashSet<>(terms);
        out.addAll(before);
        return out;
    }

    /** The sentence's content words, as written: the stems the index holds are no words to embed. */
    static List<String> words(String sentence) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : NOT_LETTERS.split(sentence.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !QueryTerms.setOf(w).isEmpty()) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    /** The question's word an analysed term came from ("privatised" for "privatis"), or the term. */
    static String surface(String question, String term) {
        for (String w : NOT_LETTERS.split(question.toLowerCase(Locale.ROOT))) {
            if (QueryTerms.setOf(w).contains(term)) {
                return w;
            }
        }
        return term;
    }
}
