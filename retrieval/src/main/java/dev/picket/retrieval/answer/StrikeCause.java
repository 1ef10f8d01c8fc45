package dev.picket.retrieval.answer;

import java.util.Set;
import java.util.regex.Pattern;

import dev.picket.retrieval.index.QueryTerms;

/**
 * "Why are they striking" asks the cause of the strike, and the sentence that gives it rarely says "strike": the
 * dispute is "over pay and working conditions", the union "is demanding" a rise. Such a sentence answers the
 * question's strike word by what it states, so for a "why" it is credited with that word; a sentence that only
 * repeats "strike" ("the NHS has paid too high a price due to strike action") gives what the strike caused.
 */
final class StrikeCause {

    /**
     * The words a question names the strike itself by, as a reader of strike news would list them: industrial
     * action and its plain-English names. Never taken from a question set.
     */
    static final Set<String> EVENT_TERMS = QueryTerms.setOf("strike strikes striking struck walkout walkouts walk "
            + "out industrial action stoppage stoppages dispute disputes");

    /**
     * A demand stated as the side's own: what it is demanding, calling, pushing or asking for, or insists on. Not
     * "must" or "wants" alone, which a minister's sentence holds as often ("we must fix", "he wants talks").
     */
    private static final Pattern DEMANDED = Pattern.compile("\\b(?:(?:is|are|was|were|been) demanding|"
            + "demand(?:s|ed)? (?:an?|the|that|more|higher|better|full|their|its)\\b|calling for|call(?:s|ed)? for|"
            + "asking for|ask(?:s|ed)? for|insist(?:s|ed|ing)? (?:that|on)|has insisted|have insisted|"
            + "push(?:es|ed|ing)? for)\\b", Pattern.CASE_INSENSITIVE);

    private StrikeCause() {
    }

    /** Whether a sentence states a demand as what a side wants, which is a strike's cause as much as its aim. */
    static boolean statesDemand(String sentence) {
        return DEMANDED.matcher(sentence).find();
    }
}
