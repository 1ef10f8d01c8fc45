package dev.picket.retrieval.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.picket.retrieval.index.QueryTerms;

/**
 * What a "when" question asks the date of: its words after the question word, less those that only say who took
 * part (the scope's words: doctors, nurses, the NHS), the auxiliaries and the adverbs of time. A date answers it
 * only in a sentence that names the event: "meeting them again next week" dates a meeting, not the next strike.
 * A question about what is to come ("when will they strike again") is answered only by a sentence about the
 * future: "a fortnight ago" dates what is over.
 *
 * A question about what is over ("when did the plan come out") is not answered by a date still to come ("would be
 * published next month"), and one asking for the date ("what date was the walkout") not by "this week".
 *
 * @param terms    the event's analysed terms; empty when the question names none, and then any date may answer
 * @param future   whether the question asks when something will happen
 * @param past     whether it asks when something happened
 * @param calendar whether it asks for a date of the calendar, which "this week" or "two weeks ago" doesn't give
 */
record Event(Set<String> terms, boolean future, boolean past, boolean calendar) {

    private static final Pattern FUTURE_QUESTION = Pattern.compile("\\b(?:will|gonna|going to|next|upcoming|"
            + "coming)\\b");
    /** What English says of the future with: the auxiliaries, plans and schedules, and times still to come. */
    private static final Pattern FUTURE = Pattern.compile("(?<![\\w-])(?:will|shall|going to|planned|plans?|"
            + "due to|set to|expected to|scheduled|next|tomorrow|later|coming|upcoming|within)\\b|'ll\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A fragment that names the date it asks for ("next date they walk out", "the first strike dates") asks as
     * "when" does; {@link AnswerType#DATE} reads it the same way.
     */
    static final String NAMED_DATE = "(?:the )?(?:next|first|last) (?:\\w+ )?dates?";
    private static final Pattern OPENING = Pattern.compile("^(?:since |until |by |from |on |at )?(?:when|(?:what|which) "
            + "(?:date|dates|day|days|year|month|time)|how soon|" + NAMED_DATE + ")\\b");
    private static final Pattern PAST_QUESTION = Pattern.compile("\\b(?:did|was|were|had)\\b");
    private static final Pattern CALENDAR_QUESTION = Pattern.compile("^(?:on )?(?:what|which) (?:date|dates|day|days)"
            + "\\b");
    /** Dates still to come from the report's day: "next month", "tomorrow", "within two weeks", "later this year". */
    private static final Pattern TO_COME = Pattern.compile("\\b(?:(?:next|coming) (?:week|weekend|month|year|"
            + "summer|autumn|winter|spring)|tomorrow|within (?:a|the next|one|two|three|four|five|six|\\d+)(?: \\w+)? "
            + "(?:days?|weeks?|months?|fortnight)|later this (?:week|month|year))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}'-]+");
    /** Auxiliaries and adverbs of time: they belong to any event, so they tell none apart. */
    private static final Set<String> NOT_EVENT = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "r",
            "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "should", "shall", "may",
            "might", "must", "gonna", "going", "again", "next", "last", "first", "still", "ever", "yet", "now",
            "then", "soon", "later", "earlier", "finally", "also", "actually", "exactly", "roughly", "likely");

    Event {
        terms = Set.copyOf(terms);
    }

    /**
     * Whether a "when" question asks about what is still to come ("when will they strike next"): after the
     * newest report on it, so no older report's "this week" answers it.
     */
    static boolean asksAboutFuture(String question) {
        String q = question.strip().toLowerCase(Locale.ROOT);
        return OPENING.matcher(q).find() && FUTURE_QUESTION.matcher(q).find();
    }

    /** The event of a "when" question; empty for any other question. */
    static Event of(String question, Scope scope) {
        String q = question.strip().toLowerCase(Locale.ROOT);
        var opening = OPENING.matcher(q);
        if (!opening.find()) {
            return new Event(Set.of(), false, false, false);
        }
        Set<String> terms = new LinkedHashSet<>();
        for (String word : WORDS.split(q.substring(opening.end()))) {
            if (!word.isEmpty() && !NOT_EVENT.contains(word)) {
                terms.addAll(QueryTerms.setOf(word));
            }
        }
        terms.removeAll(scope.terms());
        boolean future = FUTURE_QUESTION.matcher(q).find();
        return new Event(terms, future, !future && PAST_QUESTION.matcher(q).find(),
                CALENDAR_QUESTION.matcher(q).find());
    }

    /**
     * Keeps the sentences that name the event, when the question names one, and speak of the future if asked.
     *
     * @param question the question's terms, whose domain equivalents name the event as well: "ambulance crews walk
     *                 out" is named by "ambulance workers stage walkouts"
     */
    void keep(List<SentenceChoice.Scored> candidates, QuestionTerms question) {
        if (!terms.isEmpty()) {
            candidates.removeIf(c -> c.terms().stream().noneMatch(terms::contains)
                    && !question.matchesEquivalentOf(terms, c.terms()));
        }
        if (future) {
            candidates.removeIf(c -> !FUTURE.matcher(c.sentence()).find());
        }
        if (past) {
            candidates.removeIf(c -> !AnswerType.DATE.isAnsweredBy(TO_COME.matcher(c.sentence()).replaceAll(" ")));
        }
        if (calendar) {
            candidates.removeIf(c -> AnswerType.datedByItsReport(c.sentence()));
        }
    }
}
