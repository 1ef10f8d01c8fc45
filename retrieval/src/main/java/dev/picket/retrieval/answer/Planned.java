package dev.picket.retrieval.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.picket.retrieval.index.QueryTerms;

/**
 * What a report only announces is not what happened: "what was the result of the ballot" is not answered by "plans
 * to ballot members", nor "how many members voted to reject it" by "will ballot 300,000 members". A question about
 * what is over, whose chosen sentence names the question's event only as still to come, and gives no date for it,
 * is not answered by the articles: they were written before it happened.
 */
final class Planned {

    /** A question about what is over: its auxiliary in the past, or the outcome of something. */
    private static final Pattern PAST = Pattern.compile("\\b(?:did|was|were|had|result|results|outcome)\\b");
    /** A question that asks about plans or the future itself, which an announcement answers. */
    private static final Pattern ASKS_AHEAD = Pattern.compile("\\b(?:will|would|shall|gonna|going to|next|plans? to|"
            + "planned|planning|expected|due|upcoming|future|(?:was|were) to)\\b");
    /**
     * How English announces what is to come: the modal, a plan, a schedule ("due to" is left out, as it gives a
     * cause as often: "due to strike action").
     */
    private static final Pattern AHEAD = Pattern.compile("\\b(?:will|would|shall|plans? to|planning to|planned to|"
            + "expected to|set to|going to|intends? to|aims? to)\\s+", Pattern.CASE_INSENSITIVE);
    /** An announcement for the report's own day, which has happened as the reader reads it. */
    private static final Pattern TODAY = Pattern.compile("\\b(?:today|tonight|this (?:morning|afternoon|evening))\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words between the announcement and its event that are no part of the event: "would be published". */
    private static final Set<String> FILLER = Set.of("be", "been", "being", "the", "a", "an", "its", "their", "his",
            "her", "all", "some", "up", "also", "then", "further", "more", "again");
    /** How many of the event's words after the announcement are read: the verb and its object. */
    private static final int EVENT_WORDS = 2;
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}'-]+");
    private static final Pattern FIGURE = Pattern.compile("[\\d,.]+");

    private Planned() {
    }

    /**
     * Whether the question asks about what is over and the sentence only announces its event.
     *
     * @param plain the question
     */
    static boolean onlyAnnounced(String plain, String sentence) {
        String q = plain.toLowerCase(Locale.ROOT);
        if (!PAST.matcher(q).find() || ASKS_AHEAD.matcher(q).find() || TODAY.matcher(sentence).find()) {
            return false;
        }
        Set<String> asked = events(q);
        Matcher m = AHEAD.matcher(sentence);
        while (m.find()) {
            String rest = sentence.substring(m.end());
            // "due to take part in strike action on December 15": a date after the announcement is its schedule.
            if (AnswerType.DATE.isAnsweredBy(rest) && !AnswerType.datedByItsReport(rest)) {
                return false;
            }
            for (String w : eventWords(rest)) {
                if (QueryTerms.setOf(w).stream().anyMatch(asked::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The question's words that may name what happened, up to a gerund: "what did they think of using troops"
     * asks about a view of a plan, its gerund phrase a topic, not whether the plan was carried out.
     */
    private static Set<String> events(String question) {
        Set<String> out = new HashSet<>();
        for (String w : WORDS.split(question)) {
            if (w.endsWith("ing")) {
                break;
            }
            out.addAll(QueryTerms.setOf(w));
        }
        return out;
    }

    private static List<String> eventWords(String rest) {
        List<String> out = new ArrayList<>();
        for (String w : WORDS.split(rest.toLowerCase(Locale.ROOT))) {
            if (out.size() == EVENT_WORDS) {
                break;
            }
            if (!w.isEmpty() && !FILLER.contains(w) && !FIGURE.matcher(w).matches()) {
                out.add(w);
            }
        }
        return out;
    }
}
