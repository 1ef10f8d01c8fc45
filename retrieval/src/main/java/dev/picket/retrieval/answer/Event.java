package dev.picket.retrieval.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
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
 * @param precision what a date must name to say what is asked ("what day": a day, "what year": a year), the
 *                 most precise first; empty for a question asking none
 * @param first    whether it asks when something was first done ("when was it first promised")
 * @param start    whether it asks when something began ("when did the dispute start")
 */
record Event(Set<String> terms, boolean future, boolean past, boolean calendar, List<Pattern> precision,
             boolean first, boolean start) {

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
    private static final Pattern OPENING = Pattern.compile("^(?:since |until |by |from |on |at )?(?:when|"
            + "how long ago|(?:what|which) (?:date|dates|day|days|year|month|time)|how soon|" + NAMED_DATE + ")\\b");
    private static final Pattern PAST_QUESTION = Pattern.compile("\\b(?:did|was|were|had)\\b");
    private static final Pattern CALENDAR_QUESTION = Pattern.compile("^(?:on )?(?:what|which) (?:date|dates|day|days)"
            + "\\b");
    /** Dates still to come from the report's day: "next month", "tomorrow", "within two weeks", "later this year". */
    private static final Pattern TO_COME = Pattern.compile("\\b(?:(?:next|coming) (?:week|weekend|month|year|"
            + "summer|autumn|winter|spring)|tomorrow|within (?:a|the next|one|two|three|four|five|six|\\d+)(?: \\w+)? "
            + "(?:days?|weeks?|months?|fortnight)|later this (?:week|month|year))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}'-]+");
    /** "when did they first promise it": the question asks for the start, which "was first promised" gives. */
    private static final Pattern FIRST_QUESTION = Pattern.compile("\\b(?:first|originally|initially)\\b");
    /** "first" as an adverb of a verb ("was first promised", "first said"), not an adjective ("a first step"). */
    private static final Pattern FIRST_DONE = Pattern.compile("\\b(?:(?:was|were|is|are|had|has|have|been) "
            + "(?:first|originally|initially)|(?:first|originally|initially) \\w+ed)\\b", Pattern.CASE_INSENSITIVE);
    /** A year a figure is measured against ("back to 2008 levels", "at 2010 prices"), which dates no event. */
    private static final Pattern REFERENCE_YEAR = Pattern.compile("\\b(?:19|20)\\d\\d(?:/\\d\\d)? (?:levels?|prices?"
            + "|terms|rates?)\\b", Pattern.CASE_INSENSITIVE);
    /** "when did the dispute start": the question asks when something began, which "has lasted since" says. */
    private static final Pattern START_QUESTION = Pattern.compile("\\b(?:start|started|begin|began|kick off|"
            + "kicked off)\\b");
    private static final Pattern STARTED = Pattern.compile("\\b(?:began|begun|started|kicked off)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SECOND_QUESTION = Pattern.compile("\\b(?:and|or|but) (?:when|what|which|how|who|"
            + "where|why)\\b");
    /** Auxiliaries and adverbs of time: they belong to any event, so they tell none apart. */
    private static final Set<String> NOT_EVENT = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "r",
            "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "should", "shall", "may",
            "might", "must", "gonna", "going", "again", "next", "last", "first", "still", "ever", "yet", "now",
            "then", "soon", "later", "earlier", "finally", "also", "actually", "exactly", "roughly", "likely");

    Event {
        terms = Set.copyOf(terms);
        precision = List.copyOf(precision);
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
            return new Event(Set.of(), false, false, false, List.of(), false, false);
        }
        Set<String> terms = new LinkedHashSet<>();
        for (String word : WORDS.split(q.substring(opening.end()))) {
            if (!word.isEmpty() && !NOT_EVENT.contains(word)) {
                terms.addAll(QueryTerms.setOf(word));
            }
        }
        terms.removeAll(scope.terms());
        boolean future = FUTURE_QUESTION.matcher(q).find();
        // "when did he say it would be out and when was it first promised" asks two things: what one of them
        // asks of its date is not asked of the other's.
        boolean one = !SECOND_QUESTION.matcher(q).find();
        return new Event(terms, future, !future && PAST_QUESTION.matcher(q).find(),
                CALENDAR_QUESTION.matcher(q).find(), one ? DatePrecision.asked(q) : List.of(),
                one && FIRST_QUESTION.matcher(q).find(), one && START_QUESTION.matcher(q).find());
    }

    /**
     * The event of a "when" question that follows its topic ("the staffing plan, when did they first say they'd
     * do one"): the topic names the event as well, as the question's own words may only stand for it.
     *
     * @param topic the words before the question ({@link TwoPart#topic}); empty when there are none
     */
    static Event of(String question, String topic, Scope scope) {
        Event event = of(question, scope);
        if (topic.isBlank() || event.terms.isEmpty()) {
            return event;
        }
        Set<String> terms = new LinkedHashSet<>(event.terms);
        for (String word : WORDS.split(topic.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && !NOT_EVENT.contains(word)) {
                terms.addAll(QueryTerms.setOf(word));
            }
        }
        terms.removeAll(scope.terms());
        return new Event(terms, event.future, event.past, event.calendar, event.precision, event.first, event.start);
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
        // "when did the walkout end" is not answered by "pay back to 2008 levels to end the walkouts".
        keepWhenAny(candidates,
                c -> AnswerType.DATE.isAnsweredBy(REFERENCE_YEAR.matcher(c.sentence()).replaceAll(" ")));
        // "what day did he write" is better answered by "on Wednesday" than by "back to 2008 levels"; a sentence
        // that names no day still answers when none does ("in November 2018").
        for (Pattern p : precision) {
            keepWhenAny(candidates, c -> p.matcher(c.sentence()).find());
        }
        // "when was it first promised" is answered by the sentence that says it was first done, when one does.
        if (first) {
            keepWhenAny(candidates, c -> FIRST_DONE.matcher(c.sentence()).find());
        }
        // "when did the dispute start" is answered by "action which has lasted since 2022", not by "pay lost since
        // 2008".
        if (start) {
            keepWhenAny(candidates, c -> STARTED.matcher(c.sentence()).find()
                    || AnswerType.saysWhatLastedSince(c.sentence()));
        }
    }

    private static void keepWhenAny(List<SentenceChoice.Scored> candidates, Predicate<SentenceChoice.Scored> test) {
        if (candidates.stream().anyMatch(test)) {
            candidates.removeIf(test.negate());
        }
    }
}
