package dev.picket.retrieval.answer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of fact a question asks for, read from its wording. A sentence that holds that kind of fact (a
 * number for "how many", a date for "when", a name for "who") is a better answer than one that only shares
 * words with the question.
 */
enum AnswerType {
    NUMBER(Pattern.compile("^(how (many|much|long|big|large)|what (percentage|proportion|share|number|amount|sum)|"
            + "what (pay )?(rise|offer|uplift|increase)|what .*(pay rise|offer|uplift|increase|figure))\\b"),
            Pattern.compile("\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|"
                    + "billion|half|third|quarter)\\b", Pattern.CASE_INSENSITIVE)),
    /** A time of day: a year or a weekday doesn't say at what hour. */
    TIME(Pattern.compile("^((at|by|until|from) )?(what|which) (time|hour)\\b"),
            Pattern.compile("\\b(\\d{1,2}([.:]\\d\\d)? ?(am|pm)|\\d{1,2}[.:]\\d\\d|midnight|noon|midday|o'clock)\\b",
                    Pattern.CASE_INSENSITIVE)),
    DATE(Pattern.compile("^(when|((on|by|until|at|from) )?(what|which) (date|dates|day|days|year|month)|"
            + "how soon|since when)\\b"),
            Pattern.compile("\\b(january|february|march|april|may|june|july|august|september|october|november|"
                    + "december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(19|20)\\d\\d|"
                    + "\\d{1,2}(am|pm|\\.\\d\\d)|\\d{1,2}(st|nd|rd|th)|midnight|noon)\\b", Pattern.CASE_INSENSITIVE)),
    PERSON(Pattern.compile("^(who|whom|whose|which (union leader|minister|official|leader|person|politician))\\b"),
            Pattern.compile("\\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Admiral) \\p{Lu}|"
                    + "\\b(\\p{Lu}\\p{Ll}+) (?=(\\p{Lu}\\p{Ll}+)\\b)")),
    OTHER(Pattern.compile("$^"), Pattern.compile("$^"));

    private final Pattern question;
    private final Pattern evidence;

    AnswerType(Pattern question, Pattern evidence) {
        this.question = question;
        this.evidence = evidence;
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

    /**
     * Capitalised words that make up titles and institutions, not people: "Health Secretary" and "British
     * Medical Association" are not names, "Steve Barclay" is.
     */
    private static final Set<String> NOT_NAMES = Set.of("Health", "Secretary", "Minister", "Prime", "Foreign",
            "Shadow", "Chancellor", "British", "Medical", "Association", "Royal", "College", "Nursing", "National",
            "Service", "Government", "Department", "Social", "Care", "Cabinet", "Office", "Border", "Force", "Work",
            "Pensions", "Street", "Downing", "House", "Commons", "Labour", "Conservative", "Party", "Union",
            "Council", "Committee", "England", "Wales", "Scotland", "Northern", "Ireland", "United", "Kingdom",
            "News", "Sky", "Daily", "Mirror", "Independent", "Guardian", "Times", "Christmas", "Junior",
            "Resident", "Doctors", "Nurses", "Armed", "Forces", "Chief", "General", "Senior", "The", "Read", "More",
            "Politics", "Strikes", "Number", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "June", "July", "August", "September", "October",
            "November", "December");

    /** Whether the sentence holds the kind of fact asked for; a name must not merely open the sentence. */
    boolean isAnsweredBy(String sentence) {
        if (this != PERSON) {
            return evidence.matcher(sentence).find();
        }
        Matcher m = evidence.matcher(sentence.substring(Math.min(1, sentence.length())));
        while (m.find()) {
            if (m.group(1) == null || !NOT_NAMES.contains(m.group(1)) && !NOT_NAMES.contains(m.group(2))) {
                return true;
            }
        }
        return false;
    }
}
