package dev.picket.retrieval.answer;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.picket.retrieval.search.TimeIntent;

/**
 * A title a question asks about ("who is the chancellor", "which health secretaries"), as news writes it: with its
 * holder's name in apposition after it ("Health Secretary Steve Barclay"). A sentence that uses the title without
 * a name ("the Chancellor set out…") does not say who holds it, and a name elsewhere in it is someone else's.
 */
final class Title {

    /** The holder's name after the title, with an honorific: "Health Secretary Steve Barclay". */
    private static final String NAME = "(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame) )?((?:\\p{Lu}\\p{Ll}+ )?\\p{Lu}\\p{Ll}+)\\b";
    /**
     * "who is the X", up to a word of time or place that narrows the question, not the title, or a relative
     * clause that says which holder ("the chancellor that set out the plan").
     */
    private static final Pattern WHO_IS = Pattern.compile("^who(?:'s| is| was| are| were|s) (?:the|a|an) "
            + "([\\p{L}'-]+(?: [\\p{L}'-]+){0,2}?)"
            + "(?: (?:now|then|today|currently|in|at|of|for|during|when|before|after|that|who|which)\\b.*)?$");

    /** How far before the title, in characters, "Name, the title" may begin. */
    private static final int NEAR = 50;
    /** Right after the title, past any "of the Royal College of Nursing": the holder's name. */
    private static final Pattern AFTER = Pattern.compile(",?\\s+(?:(?:of|at|for) (?:the )?(?:\\p{Lu}[\\p{L}'-]*"
            + "(?: (?:of|for|and|the))? )+(?:\\(\\p{Lu}+\\),? )?)?" + NAME);
    /**
     * Just before the title, its holder in apposition: "Pat Cullen, the general secretary", "Ann Lee and Bob Roe,
     * committee co-chairs", "Ann Lee, union leader". The name must end at the comma, so "…," said the chair" is
     * not read as one.
     */
    private static final Pattern APPOSED = Pattern.compile(
            "\\p{Lu}\\p{Ll}+,\\s+(?:the\\s+)?(?:\\p{Ll}[\\p{L}'-]*\\s+)?$");
    /**
     * Words for whoever leads a body, which news writes interchangeably ("the chief of the union", "union leader
     * Ann Lee", "its head"): a question asking for one is answered by a sentence using any.
     */
    private static final Pattern LEADS = Pattern.compile("head|chief|leader|boss");
    private static final String LEADER = "(?:head|chief|leader|boss)(?:s|es)?";

    /**
     * A word before a title that makes it another title: the shadow health secretary, a former or deputy one, an
     * acting or junior minister is not the health secretary or the minister.
     */
    private static final Pattern MODIFIED = Pattern.compile("(?i:\\b(?:shadow|former|deputy|ex|acting|junior|"
            + "interim|vice|assistant)[\\s-]+)$");
    /** The question asks about now: "who is", "who's", "whos", "who are", or a word for the present. */
    private static final Pattern PRESENT = Pattern.compile("\\bwho(?:'s|s|\\s+(?:is|are))\\b|\\b(?:current|currently|now|"
            + "today)\\b", Pattern.CASE_INSENSITIVE);

    private final Pattern mention;
    private final Pattern holder;

    private Title(String words) {
        StringBuilder title = new StringBuilder();
        if (LEADS.matcher(words.strip()).matches()) {
            title.append(LEADER);
        } else {
            for (String word : words.strip().split("\\s+")) {
                title.append(title.isEmpty() ? "" : "\\s+").append(Pattern.quote(singular(word))).append("\\w*");
            }
        }
        this.mention = Pattern.compile("(?i:\\b" + title + "\\b)");
        this.holder = Pattern.compile("(?i:\\b" + title + ")\\s+" + NAME);
    }

    static Title of(String words) {
        return new Title(words.toLowerCase(Locale.ROOT));
    }

    /** The title a "who is the X" question asks about; empty for other questions ("who runs the union"). */
    static Optional<Title> asked(String question) {
        Matcher m = WHO_IS.matcher(QuestionKind.normalised(question));
        // "the current health secretary" asks for the health secretary, now.
        return m.find() ? Optional.of(of(m.group(1).replaceFirst("^(?:current|present) ", ""))) : Optional.empty();
    }

    /** Finds the title with its holder's name after it, the name as group 1. */
    Pattern holder() {
        return holder;
    }

    boolean mentionedIn(String sentence) {
        return mention.matcher(sentence).find();
    }

    /**
     * Whether the sentence names someone beside the title: right after it, past a complement ("the general
     * secretary of the Royal College of Nursing (RCN), Pat Cullen"), or just before it ("Pat Cullen, the general
     * secretary").
     */
    boolean heldIn(String sentence) {
        Matcher m = mention.matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(Math.max(0, m.start() - NEAR), m.start());
            if (MODIFIED.matcher(before).find()) {
                continue;
            }
            if (AFTER.matcher(sentence.substring(m.end())).lookingAt() || APPOSED.matcher(before).find()
                    && AnswerType.PERSON.isAnsweredBy(" " + before)) {
                return true;
            }
        }
        return false;
    }

    /** A plural's stem common to its singular: "secretaries" and "secretary" share "secretar". */
    private static String singular(String word) {
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3);
        }
        return word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * For "who is the X" where the sentences use the title: keeps only those naming its holder beside it, and
     * says whether any is left. Without one no sentence says who holds it, and picket declines rather than quote
     * a name that stands beside the title. A question naming a year asks who held it then: when that year's
     * articles name a holder, only theirs.
     */
    static boolean keepHolders(String question, List<SentenceChoice.Scored> candidates) {
        Optional<Title> title = Title.asked(question)
                .filter(t -> candidates.stream().anyMatch(c -> t.mentionedIn(c.sentence())));
        title.ifPresent(t -> candidates.removeIf(c -> !t.heldIn(c.sentence())));
        // A year the question names ("in 2022"): its articles' holders are the ones it asks about.
        OptionalInt year = title.isPresent() ? TimeIntent.firstYear(question) : OptionalInt.empty();
        if (year.isPresent()) {
            int asked = year.getAsInt();
            if (candidates.stream().anyMatch(c -> inYear(c, asked))) {
                candidates.removeIf(c -> !inYear(c, asked));
            }
        } else if (title.isPresent() && PRESENT.matcher(question).find()) {
            // "who is the health secretary" asks who holds it now: the newest report naming a holder says so,
            // an older one names whoever held it then.
            candidates.stream().map(c -> c.hit().published()).filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .ifPresent(newest -> candidates.removeIf(c -> !newest.equals(c.hit().published())));
        }
        return title.isEmpty() || !candidates.isEmpty();
    }

    private static boolean inYear(SentenceChoice.Scored candidate, int year) {
        return candidate.hit().published() != null && candidate.hit().published().getYear() == year;
    }
}
