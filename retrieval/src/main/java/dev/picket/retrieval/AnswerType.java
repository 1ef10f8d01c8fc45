package dev.picket.retrieval;

import java.util.Locale;
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
    DATE(Pattern.compile("^(when|(on |by |until )?(what|which) (date|dates|day|days|time|year|month)|"
            + "how soon|since when)\\b"),
            Pattern.compile("\\b(january|february|march|april|may|june|july|august|september|october|november|"
                    + "december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(19|20)\\d\\d|"
                    + "\\d{1,2}(am|pm|\\.\\d\\d)|\\d{1,2}(st|nd|rd|th)|midnight|noon)\\b", Pattern.CASE_INSENSITIVE)),
    PERSON(Pattern.compile("^(who|whom|whose|which (union leader|minister|official|leader|person|politician))\\b"),
            Pattern.compile("\\b\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+")),
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

    /** Whether the sentence holds the kind of fact asked for; a name must not merely open the sentence. */
    boolean isAnsweredBy(String sentence) {
        return evidence.matcher(this == PERSON ? sentence.substring(Math.min(1, sentence.length())) : sentence)
                .find();
    }
}
