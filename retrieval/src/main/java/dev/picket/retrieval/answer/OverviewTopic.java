package dev.picket.retrieval.answer;

import java.util.Set;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.PassageSentences;
import dev.picket.retrieval.index.QueryTerms;

/**
 * What an overview is asked about: the dispute as a whole ("sum up the dispute so far"), or a part of it named by
 * its words ("the nurses' pay row"), and which articles are about that part.
 */
final class OverviewTopic {

    /**
     * Words that name the dispute as a whole, or its whole, rather than a part of it: "sum up the dispute so far" and
     * "tl;dr of the whole nhs strikes saga" ask for the whole digest, not for the articles that say "dispute".
     */
    private static final Set<String> WHOLE = QueryTerms.setOf("nhs national health service strike strikes striking "
            + "walkout walkouts industrial action stoppage stoppages dispute disputes row rows pay whole entire "
            + "situation");

    /** Chat hedges ("the doctors strike basically"), which name nothing. */
    private static final Set<String> HEDGES = QueryTerms.setOf("literally basically");

    private static final Set<String> MONTHS = QueryTerms.setOf("january february march april may june july august "
            + "september october november december jan feb mar apr jun jul aug sep sept oct nov dec");

    /**
     * The topic's words the articles use that name a part of the dispute, as written ("doctors" of "the doctors
     * strike pls"): not the dispute itself, nor a year, a month or a figure, which say when or how much rather
     * than what, nor a function word or a chat hedge.
     *
     * @param held the topic's words the articles use ({@link Timeline#heldWords})
     */
    static String namedWords(String held) {
        StringBuilder out = new StringBuilder();
        for (String word : held.split("\\s+")) {
            Set<String> terms = QueryTerms.setOf(word);
            if (!terms.isEmpty() && !WHOLE.containsAll(terms) && !MONTHS.containsAll(terms)
                    && word.chars().noneMatch(Character::isDigit)
                    && terms.stream().noneMatch(OverviewTopic::isFunctionWord)) {
                out.append(out.isEmpty() ? "" : " ").append(word);
            }
        }
        return out.toString();
    }

    /** Whether the topic's words that the articles use name nothing narrower than the dispute itself. */
    static boolean namesTheWhole(String topic, String held) {
        return namedWords(held).isEmpty() && (!held.isBlank() || WHOLE.containsAll(QueryTerms.setOf(topic)));
    }

    /**
     * Whether the headline names the topic, or two sentences of the lead do: a report about the nurses says so
     * more than once before it goes on, while one sentence can name them only in passing.
     */
    static boolean names(SearchHit lead, QuestionTerms named) {
        if (named.coverage(QueryTerms.setOf(lead.title())) > 0) {
            return true;
        }
        int naming = 0;
        for (String sentence : PassageSentences.of(lead.text())) {
            if (named.coverage(QueryTerms.setOf(sentence)) > 0 && ++naming == 2) {
                return true;
            }
        }
        return false;
    }

    /** The lead's first sentence that names the topic, or its headline. */
    static String naming(SearchHit lead, QuestionTerms named) {
        for (String sentence : Digest.leadSentences(lead, Integer.MAX_VALUE)) {
            if (named.coverage(QueryTerms.setOf(sentence)) > 0) {
                return sentence;
            }
        }
        return lead.title();
    }

    /** English function words the index keeps and chat hedges name nothing. */
    private static boolean isFunctionWord(String term) {
        return QueryTerms.isKeptStopWord(term) || UnseenWords.FUNCTION_TERMS.contains(term) || HEDGES.contains(term);
    }

    private OverviewTopic() {
    }
}
