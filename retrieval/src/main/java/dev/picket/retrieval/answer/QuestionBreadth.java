package dev.picket.retrieval.answer;

import java.util.Set;

import dev.picket.retrieval.index.QueryTerms;

/**
 * Whether a question's answer is likely spread over several articles, so whoever writes it needs more passages
 * than a fact does: an overview, the latest news, a list ("which unions…", "how many health secretaries…"), a
 * cause, or a question so vague (one or two topic words) that no single passage stands out.
 */
public final class QuestionBreadth {

    private static final Set<QuestionKind> BROAD = Set.of(QuestionKind.OVERVIEW, QuestionKind.LATEST,
            QuestionKind.LIST, QuestionKind.CAUSE);
    /** A question with this many topic terms or fewer names too little for one passage to stand out. */
    private static final int VAGUE_TERMS = 2;

    private QuestionBreadth() {
    }

    public static boolean isBroad(String question) {
        String spelled = QuestionText.spelledOut(question);
        return BROAD.contains(QuestionKind.ofSpelled(spelled))
                || QueryTerms.of(QuestionText.plainSpelled(spelled)).size() <= VAGUE_TERMS;
    }
}
