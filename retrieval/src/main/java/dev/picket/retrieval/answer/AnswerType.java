package dev.picket.retrieval.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of fact a question asks for, read from its wording. A sentence that holds that kind of fact (a
 * number for "how many", a date for "when", a name for "who") is a better answer than one that only shares
 * words with the question.
 */
enum AnswerType {
    /** An amount of money: "how much does a nurse earn" is not answered by a percentage or a count. */
    MONEY(Pattern.compile("^(how much (money|cash)|how much\\b.*\\b(earn|earns|earned|earning|make|makes|paid|"
            + "salary|salaries|cost|costs|costed|spend|spent|price|charge|charged|owed|owe)\\b|"
            + "what( is| are| was|'s|s)( the| a| an)? (\\w+ ){0,2}(salary|salaries|wage|wages|cost|price|bill)\\b|"
            + "what (do|does|did) (\\w+ ){1,3}(get )?(paid|earn|make)\\b|how much is (a|an)\\b)(?!.*(%|per ?cent))"),
            Pattern.compile("[£$€] ?\\d|\\b\\d[\\d,.]* ?(pounds|dollars|euros|quid)\\b", Pattern.CASE_INSENSITIVE)),
    /**
     * A count of people or things: "how many nurses walked out" is answered by "thousands of nurses" too, which
     * is no answer to "how much were they offered".
     */
    COUNT(Pattern.compile("^(by )?how many\\b"), Pattern.compile(Figures.NUMERAL + "|\\b(?:hundreds|thousands|"
            + "millions|dozens|scores) of\\b", Pattern.CASE_INSENSITIVE)),
    /**
     * How long something has been going on: "how long have they been in dispute" is answered by when it began
     * ("since 2022") as well as by a length, and "how far back does the row go" by the date it goes back to.
     */
    SPAN(Pattern.compile("^(how long (have|has|had)\\b.*\\bbeen\\b|how far back\\b)"),
            Pattern.compile(Dates.SINCE + "|" + Dates.LENGTH, Pattern.CASE_INSENSITIVE)),
    /**
     * A length of time: "how long did the strike last" is answered by "five days" or "a 48-hour walkout", not by
     * a percentage or a count of people. "How long ago" asks for a date.
     */
    DURATION(Pattern.compile("^(by )?how long\\b(?! ago\\b)"), Pattern.compile(Dates.LENGTH, Pattern.CASE_INSENSITIVE)),
    /**
     * A share of a whole: "what percentage of members voted" is answered by "58 per cent" or "a third", not by a
     * count of the members or a percentage rise.
     */
    SHARE(Pattern.compile("^(?:(?:what|which) (?:percentage|proportion|share|fraction|per ?cent|%)|"
            + "how many (?:per ?cent|percent|%))"), Pattern.compile("\\d ?(?:%|per ?cent\\b|percent\\b)|"
            + "\\b(?:half|a third|two[- ]thirds|a quarter|three[- ]quarters|majority|minority)\\b",
            Pattern.CASE_INSENSITIVE)),
    NUMBER(Pattern.compile("^((by )?how (many|much|long(?! ago\\b)|big|large)|"
            + "what (percentage|proportion|share|number|amount|sum|size)|"
            + "what (pay )?(rise|offer|uplift|increase)|what .*(pay rise|offer|uplift|increase|figure)|"
            + "what( is| was| are|'s|s)? (the )?([\\w']+ ){0,3}(number|total|percentage|proportion|rate|count)|"
            + "(the )?total)\\b"),
            Pattern.compile(Figures.NUMERAL, Pattern.CASE_INSENSITIVE)),
    /** A time of day: a year or a weekday doesn't say at what hour. */
    TIME(Pattern.compile("^((at|by|until|from) )?(what|which) (time|hour)\\b"),
            Pattern.compile("\\b(\\d{1,2}([.:]\\d\\d)? ?(am|pm)|\\d{1,2}[.:]\\d\\d|midnight|noon|midday|o'clock)\\b",
                    Pattern.CASE_INSENSITIVE)),
    DATE(Pattern.compile("^(when|((on|by|until|at|from) )?(what|which) (date|dates|day|days|year|month)|"
            + "how soon|since when|how long ago|" + Event.NAMED_DATE + ")\\b"),
            Pattern.compile("\\b(" + Dates.ABSOLUTE + "|" + Dates.RELATIVE + ")\\b", Pattern.CASE_INSENSITIVE)),
    /** A place: "where did they meet" is answered by where, "at the Department of Health" or "in Westminster". */
    PLACE(Pattern.compile("^where\\b(?! (?:are|do|does|is|were|did) (?:we|things|they|it|you|u|i|this|that|matters)\\b)"),
            Pattern.compile("\\b(?:at|in|outside|inside|near|across) (?:the )?\\p{Lu}\\p{Ll}+")),
    /** A news outlet: "which paper did he write in" is answered by a newspaper, a channel or a programme. */
    OUTLET(Pattern.compile("^(?:(?:in|on|to|for) )?(?:which|what) (?:news)?(?:paper|outlet|channel|station|"
            + "programme|program|show|broadcaster|publication|tv|radio)s?\\b"),
            Pattern.compile("\\b(?:BBC|ITV|Sky News|Channel [45]|LBC|Times Radio|GB News|Radio \\d|The (?:Guardian|"
                    + "Times|Telegraph|Independent|Observer|Sun|Mirror)|(?:Daily|Sunday) (?:Mail|Mirror|Telegraph|"
                    + "Express|Star|Times)|Financial Times|Evening Standard|Reuters|Press Association)\\b"
                    + "|\\b(?:newspaper|broadcaster|radio|podcast|programme|interview with)\\b")),
    PERSON(Pattern.compile("^(who|whom|whose|which (\\w+ )?(union leader|minister|secretary|official|leader|person|"
            + "politician|boss|chief|spokesperson|spokesman|spokeswoman|mp))\\b"),
            Pattern.compile("\\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Admiral) \\p{Lu}|"
                    + "\\b(\\p{Lu}\\p{Ll}+) (?=(\\p{Lu}\\p{Ll}+)\\b)")),
    OTHER(Pattern.compile("$^"), Pattern.compile("$^"));

    /** A figure in a sentence; an enum's constants can't see its own static fields. */
    private static final class Figures {
        // A year or a day of the month is not the figure asked for ("how much … since 2008", "on December 15"),
        // nor a time of day ("at 7am"), a number that is part of a name ("Number 10", "Channel 4", after a
        // capital that doesn't open the sentence), or "one" in an adjective that counts nothing ("a one-off").
        static final String NUMERAL = "(?<![\\d/-])(?<!" + Dates.MONTH + " )(?<!(?-i:\\S \\p{Lu}\\p{Ll}{1,12}) )"
                + "(?!\\d{1,2}(?:[.:]\\d\\d)? ?(?:am|pm)\\b)(?!(?:19|20)\\d\\d(?![\\d,.%]))"
                + "(?!\\d{1,2}(?:st|nd|rd|th)? " + Dates.MONTH + "\\b)\\d|\\b(one(?!-(?:off|sided)\\b)|two|three|four|five|six|seven|"
                + "eight|nine|ten|hundred|thousand|million|billion|half|third|quarter)\\b";
    }

    /**
     * The date expressions a sentence may give, lengths of time and since when something has lasted; an enum's
     * constants can't see its own static fields.
     */
    private static final class Dates {
        static final String LENGTH = "\\b(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                + "several|few|couple of)[ -](?:more |extra |further )?(?:minute|hour|day|night|week|month|year|"
                + "fortnight)s?\\b|\\bfortnight\\b";
        /** "since 2022", "since last summer", "since December": a year, a month or a season it began in. */
        static final String SINCE = "\\bsince (?:(?:early|late|mid)[- ]|the (?:start|end|spring|summer|autumn|winter) "
                + "of |last )?(?:the )?(?:(?:19|20)\\d\\d|january|february|march|april|june|july|august|september|"
                + "october|november|december|spring|summer|autumn|winter|year)\\b";
        static final String ABSOLUTE = "january|february|march|april|may|june|july|august|september|october|"
                + "november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(19|20)\\d\\d|"
                + "\\d{1,2}(am|pm|\\.\\d\\d)|(on|by|from|until|since) the \\d{1,2}(st|nd|rd|th)|midnight|noon";
        /** Dates the report's own date gives ("this week" of a report dated 19 December); "their 11th strike" is a count. */
        static final String RELATIVE = "(this|next|last|that) (week|weekend|month|year|morning|evening|summer|autumn|"
                + "winter|spring)|yesterday|tomorrow|(a|one|two|three|four|five|six|several|few|\\d+) (days?|weeks?|"
                + "months?|years?|fortnight) ago|a fortnight ago|within (a|the next|one|two|three|four|five|six|"
                + "\\d+)( \\w+)? (days?|weeks?|months?|fortnight)";
        /** A month, as news writes it in a date ("December 15", "15 Dec"). */
        static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}";
        static final Pattern ABSOLUTE_DATE = Pattern.compile("\\b(" + ABSOLUTE + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    private static final Pattern SINCE = Pattern.compile(Dates.SINCE, Pattern.CASE_INSENSITIVE);
    /** "has lasted since 2022", "has been going on since": the since says how long the subject has gone on. */
    private static final Pattern LASTED_SINCE = Pattern.compile("\\b(?:lasted|lasting|been|going on|gone on|run|"
            + "running|continued|dragged on|raged)\\b[^.;:]{0,40}?" + Dates.SINCE, Pattern.CASE_INSENSITIVE);

    /**
     * Keeps, of the sentences that answer how long something has gone on ({@link #SPAN}), those that say since
     * when, when some do: "since 2022" answers "how long have they been in dispute", "five days of strike action"
     * measures one walkout of it. Of those, the ones that say what has lasted since ("has lasted since 2022"),
     * when some do: "pay lost since 2008" dates a loss, not the dispute.
     */
    static void keepSince(List<SentenceChoice.Scored> candidates) {
        for (Pattern p : new Pattern[] {SINCE, LASTED_SINCE}) {
            if (candidates.stream().anyMatch(c -> p.matcher(c.sentence()).find())) {
                candidates.removeIf(c -> !p.matcher(c.sentence()).find());
            }
        }
    }

    /** Whether a sentence says since when its subject has gone on: "the action has lasted since 2022". */
    static boolean saysWhatLastedSince(String sentence) {
        return LASTED_SINCE.matcher(sentence).find();
    }

    /** Whether a sentence that gives a date gives it only relative to its report ("this week"), which dates it. */
    static boolean datedByItsReport(String sentence) {
        return DATE.isAnsweredBy(sentence) && !Dates.ABSOLUTE_DATE.matcher(sentence).find();
    }

    private final Pattern question;
    private final Pattern evidence;

    AnswerType(Pattern question, Pattern evidence) {
        this.question = question;
        this.evidence = evidence;
    }

    private static final Pattern HOW_MUCH = Pattern.compile("^how (?:many|much)(?: of)?\\b");
    static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "do", "does", "did", "have",
            "has", "had", "will", "would", "can", "could", "should", "got", "get", "been", "being");
    static final Set<String> ENDS_OF_NOUN = Set.of("for", "in", "at", "on", "during", "from", "to", "by",
            "with", "over", "since", "per", "after", "before", "across", "under", "than", "so", "that", "who");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "of", "all");

    /**
     * What a figure asked for must be a figure of: the noun after "how many" ("troops" in "how many troops were
     * deployed in 2022"), or for "how much does a nurse earn" the verb the question ends on, "earn".
     *
     * @param words what is measured, as the question words it
     * @param verb  true for a verb, which the quoted sentence itself must use; a noun may be named anywhere in
     *              the sentence's passage ("300,000 members" of a nursing union's passage count nurses)
     * @param compound true when the words are one compound noun ending where the question's auxiliary begins
     *                 ("how much strike pay does", "how many rcn members could"): it names one thing, so the
     *                 sentence that gives its figure must name all of it, and a figure of "pay rise" in a passage
     *                 that mentions a strike is not one of "strike pay". Nouns joined by "and" are several things;
     *                 words running on to the end ("how many porters went out") may hold a verb, so they don't count.
     * @param counted  for "how many", the noun a figure quoted must count ({@link Counted}): the last word of a
     *                 noun ending at the auxiliary ("how many rcn members are"), else the first, as the words
     *                 after it may be a verb ("how many porters went out"); null for "how much", or several nouns
     */
    record Measured(String words, boolean verb, boolean compound, String counted) {
    }

    /** Words after the subject that ask what it is worth, not what someone did: no verb the answer must use. */
    private static final Set<String> VALUE_WORDS = Set.of("worth", "valued");

    private static final Pattern NOT_MEASURE_TEXT = Pattern.compile("[^\\p{L}\\p{N}%'\\s-]");
    private static final Pattern COORDINATED = Pattern.compile("\\b(?:and|or|nor)\\b");

    /** What a "how many/much" question measures; empty for other questions, or when it names nothing. */
    static Optional<Measured> measured(String question) {
        String q = NOT_MEASURE_TEXT.matcher(question.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        Matcher m = HOW_MUCH.matcher(q);
        if (!m.find()) {
            return Optional.empty();
        }
        List<String> words = List.of(q.substring(m.end()).strip().split("\\s+"));
        List<String> noun = new ArrayList<>();
        int of = -1;
        int i = 0;
        for (; i < words.size() && !AUXILIARIES.contains(words.get(i)) && !ENDS_OF_NOUN.contains(words.get(i)); i++) {
            if (words.get(i).equals("of") && of < 0) {
                of = noun.size();
            }
            if (!ARTICLES.contains(words.get(i)) && !words.get(i).isBlank()) {
                noun.add(words.get(i));
            }
        }
        boolean bounded = i < words.size() && AUXILIARIES.contains(words.get(i));
        if (!noun.isEmpty()) {
            String phrase = String.join(" ", noun);
            boolean several = COORDINATED.matcher(phrase).find();
            // "how many rcn members voted" counts members: a leading initialism only says whose they are.
            List<String> head = Initialism.withoutLeading(noun);
            // "how many members of the rcn were": what comes after "of" says whose, the noun before it is counted.
            String counted = !m.group().contains("many") || several ? null
                    : of > 0 ? noun.get(of - 1) : bounded ? head.getLast() : head.getFirst();
            return Optional.of(new Measured(phrase, false, bounded && head.size() > 1 && !several, counted));
        }
        if (bounded && words.size() > 2 && VALUE_WORDS.contains(words.getLast())) {
            // "how much was the one-off payment worth": a value of the payment, which a sentence may give as a
            // share ("equivalent to 2 per cent") or a sum, in any words but the payment's own.
            List<String> valued = words.subList(i + 1, words.size() - 1).stream()
                    .filter(w -> !ARTICLES.contains(w) && !w.isBlank()).toList();
            if (!valued.isEmpty()) {
                return Optional.of(new Measured(String.join(" ", valued), false, false, null));
            }
        }
        return bounded ? Optional.of(new Measured(words.getLast(), true, false, null)) : Optional.empty();
    }

    static AnswerType of(String question) {
        String q = question.strip().toLowerCase(Locale.ROOT);
        for (AnswerType t : values()) {
            if (t.question.matcher(q).find()) {
                return t;
            }
        }
        return OTHER;
    }

    private static final Pattern NAME = Pattern.compile("(?<=\\S )(?:\\p{Lu}\\p{Ll}+|\\p{Lu}{2,})\\b");

    private static final Pattern PEOPLE = Pattern.compile("\\b(?:secretar\\w*|secs?|minister\\w*|leaders?|chairs?|"
            + "officials?|politicians?|people|persons?|spokes\\w*|chiefs?|heads?|bosses)\\b");

    /** Whether a question asks about people ("which ministers", "how many health secretaries"). */
    static boolean asksForPeople(String question) {
        return PERSON.question.matcher(question.strip().toLowerCase(Locale.ROOT)).find()
                || PEOPLE.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /** Names {@link #namesSomething} as a feature a passage remembers of its sentences. */
    static final Object NAMES_SOMETHING = new Object();

    /** Whether a sentence names someone or something after its first word: a person, an outlet, a union. */
    static boolean namesSomething(String sentence) {
        return NAME.matcher(sentence).find();
    }

    private static final Pattern WHO_VERB = Pattern.compile("^(who) (?!is\\b|was\\b|are\\b|were\\b|will\\b|"
            + "would\\b|did\\b|does\\b|do\\b|has\\b|have\\b|had\\b|'s\\b)[\\w'-]+"
            // The particle goes with its verb: "who put out the figures".
            + "(?: (?:out|up|down|off|over|forward|through)\\b)?");

    /**
     * "who runs the union" without its verb: news names the relation by a title ("chief of", "general
     * secretary"), so the verb a reader chose must not count against the passage that answers.
     */
    static String withoutRelation(String question) {
        String q = WHO_VERB.matcher(question).replaceFirst("$1");
        return PERSON.question.matcher(q).find() ? QuestionKind.SPACES.matcher(RELATION_NOUN.matcher(q).replaceAll(" "))
                .replaceAll(" ").strip() : q;
    }

    /**
     * The nouns a reader uses for someone's role over a body ("the union boss", "in charge of the army"): the
     * articles give it as a title ("general secretary", "head of"), so these words say who is asked for, not
     * what about, as "who runs" does.
     */
    private static final Pattern RELATION_NOUN = Pattern.compile("\\b(?:boss|bosses|head|heads|chief|chiefs|"
            + "in charge(?: of)?|leader|leaders)\\b");

    /** Whether the question asks for a figure, which an answer must then give. */
    boolean isFigure() {
        return this == MONEY || this == COUNT || this == DURATION || this == SHARE || this == NUMBER;
    }

    /** Whether the sentence holds the kind of fact asked for; a name must not merely open the sentence. */
    boolean isAnsweredBy(String sentence) {
        return isAnsweredBy(sentence, Names.none());
    }

    /**
     * The same, with the words the articles show are not names ({@link Names}): "Health Secretary" and "British
     * Medical Association" are not people, "Steve Barclay" is.
     */
    boolean isAnsweredBy(String sentence, Names names) {
        if (this != PERSON) {
            return evidence.matcher(sentence).find();
        }
        Matcher m = evidence.matcher(sentence.substring(Math.min(1, sentence.length())));
        while (m.find()) {
            if (m.group(1) == null || names.mayName(m.group(1)) && names.mayName(m.group(2))) {
                return true;
            }
        }
        return false;
    }
}
