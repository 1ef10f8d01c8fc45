package dev.picket.retrieval.answer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question as typed in a chat, made plain before it is analysed: chat spellings spelled out ("u" for "you",
 * "wot" for "what"), month abbreviations written in full ("dec" matches the passages' "December"), a two-digit
 * year after a month made a year ("dec '22"), and filler that carries no topic ("pls", "tho", "lol") dropped.
 *
 * <p>Everything here is general English chat usage and date notation, written down without looking at any
 * question set.
 */
final class QuestionText {

    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("r", "are"), Map.entry("y", "why"),
            Map.entry("wot", "what"), Map.entry("wht", "what"), Map.entry("wat", "what"), Map.entry("wut", "what"),
            Map.entry("whats", "what is"), Map.entry("wats", "what is"), Map.entry("wots", "what is"),
            Map.entry("wen", "when"), Map.entry("rn", "right now"), Map.entry("gonna", "going to"),
            Map.entry("wanna", "want to"), Map.entry("gotta", "got to"), Map.entry("dunno", "do not know"),
            Map.entry("whos", "who is"), Map.entry("wheres", "where is"), Map.entry("whens", "when is"),
            Map.entry("hows", "how is"), Map.entry("cuz", "because"), Map.entry("coz", "because"),
            Map.entry("bc", "because"), Map.entry("ppl", "people"), Map.entry("abt", "about"),
            Map.entry("atm", "at the moment"), Map.entry("b4", "before"),
            Map.entry("2day", "today"), Map.entry("tmrw", "tomorrow"), Map.entry("yr", "year"),
            Map.entry("yrs", "years"), Map.entry("w", "with"), Map.entry("n", "and"), Map.entry("im", "i am"),
            Map.entry("jr", "junior"), Map.entry("appt", "appointment"), Map.entry("appts", "appointments"),
            Map.entry("gimme", "give me"), Map.entry("lemme", "let me"), Map.entry("thru", "through"),
            Map.entry("tmr", "tomorrow"), Map.entry("dont", "do not"), Map.entry("didnt", "did not"),
            Map.entry("doesnt", "does not"), Map.entry("isnt", "is not"), Map.entry("wasnt", "was not"),
            Map.entry("arent", "are not"), Map.entry("werent", "were not"), Map.entry("havent", "have not"),
            Map.entry("hasnt", "has not"), Map.entry("cant", "can not"), Map.entry("wont", "will not"),
            Map.entry("wouldnt", "would not"), Map.entry("couldnt", "could not"),
            Map.entry("shouldnt", "should not"), Map.entry("theyre", "they are"), Map.entry("thats", "that is"),
            Map.entry("theres", "there is"), Map.entry("ive", "i have"), Map.entry("youre", "you are"),
            Map.entry("jan", "january"), Map.entry("feb", "february"), Map.entry("mar", "march"),
            Map.entry("apr", "april"), Map.entry("jun", "june"), Map.entry("jul", "july"), Map.entry("aug", "august"),
            Map.entry("sep", "september"), Map.entry("sept", "september"), Map.entry("oct", "october"),
            Map.entry("nov", "november"), Map.entry("dec", "december"));
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}'])[\\p{L}\\p{N}]+\\.?(?![\\p{L}\\p{N}'])");
    /** "wise" as chat uses it, after a noun: "pay wise" is "about pay". */
    private static final List<String> FILLER_LIST = List.of(("pls plz please thx thanks ty tho though lol lmao idk tbh "
            + "imo ngl kinda sorta like ok okay guys mate hey hi hello btw anyway actually basically literally rly "
            + "really exactly fr smh omg omfg wtf ffs tbf afaik iirc imho jk bruh honestly lowkey yeah ya wise").split(" "));
    private static final Set<String> FILLER_WORDS = Set.copyOf(FILLER_LIST);
    private static final Pattern FILLER = Pattern.compile("\\b(?:" + String.join("|", FILLER_LIST) + ")\\b");
    /** "december '22" or "december 22" where 22 cannot be a day… only the apostrophe form is taken as a year. */
    private static final Pattern SHORT_YEAR = Pattern.compile("\\b(january|february|march|april|may|june|july|"
            + "august|september|october|november|december) '(\\d\\d)\\b");

    /**
     * A closing comparison with someone else's case, "like the porters did", "as the drivers have with the
     * trust": it says why the question is asked, and its words are not what the answer is about.
     */
    private static final Pattern COMPARISON = Pattern.compile("[ ,]+(?:just |same )?(?:like|as|unlike) (?:the |a |an )?"
            + "(?:[\\w'-]+ ){1,3}(?:did|do|does|have|has|had|got|were|was)\\b(?: [\\w'-]+){0,3}$");

    /**
     * English contractions with their apostrophe: the analyser keeps "didn't" and "they're" as words of their own,
     * which no article may use, so the question is read with them written out. "'s" stays: it is as often a
     * possessive.
     */
    private static final Pattern NOT = Pattern.compile("\\b(?:(ca)|(wo)|(sha)|(\\p{L}+))n't\\b");
    private static final Pattern CONTRACTED = Pattern.compile("(?<=\\p{L})'(re|m|ve|ll|d)\\b");
    private static final Map<String, String> CONTRACTIONS = Map.of("re", " are", "m", " am", "ve", " have",
            "ll", " will", "d", " would");
    /** "the ambulance lot", "that lot": British chat for the people of a group, who are the group. */
    private static final Pattern LOT = Pattern.compile("\\b(the \\p{L}+|that|this) lot\\b");

    private QuestionText() {
    }

    /** The text with its apostrophe contractions written out ("didn't" as "did not") and "the X lot" as "the X". */
    private static String writtenOut(String q) {
        String out = q;
        if (out.indexOf('\'') >= 0) {
            out = NOT.matcher(out).replaceAll(m -> m.group(1) != null ? "can not" : m.group(2) != null ? "will not"
                    : m.group(3) != null ? "shall not" : m.group(4) + " not");
            out = CONTRACTED.matcher(out).replaceAll(m -> CONTRACTIONS.get(m.group(1)));
        }
        return out.contains(" lot") ? LOT.matcher(out).replaceAll("$1") : out;
    }

    /** The question without a closing comparison with another case ({@link #COMPARISON}). */
    static String withoutComparison(String plain) {
        if (!plain.contains("like ") && !plain.contains("as ")) {
            return plain;
        }
        String rest = COMPARISON.matcher(plain).replaceFirst("");
        return rest.isBlank() ? plain : rest;
    }

    static String plain(String question) {
        return plainSpelled(spelledOut(question));
    }

    /** {@link #plain} of a question already {@link #spelledOut}. */
    static String plainSpelled(String spelled) {
        String years = spelled.indexOf('\'') < 0 ? spelled : SHORT_YEAR.matcher(spelled).replaceAll("$1 20$2");
        // Before the filler goes, as "like" is filler too: "like the porters did" must still read as a comparison.
        String asked = withoutComparison(years);
        return DiscourseTags.without(QuestionKind.singleSpaced(hasFiller(asked) ? FILLER.matcher(asked).replaceAll(" ")
                : asked).strip());
    }

    /**
     * Whether a run of ASCII word characters in the text is a filler word: {@link #FILLER} can match nowhere else,
     * as its word must have no word character on either side. Most questions hold none and are not scanned.
     */
    private static boolean hasFiller(String text) {
        return holdsRun(text, QuestionText::isWordChar, FILLER_WORDS);
    }

    /**
     * Whether a run of letters and digits in the text is a chat spelling: {@link #WORD} matches only whole runs, so
     * a text holding none is what spelling it out would give back.
     */
    private static boolean hasChatSpelling(String text) {
        return holdsRun(text, QuestionText::isLetterOrNumber, SPELLINGS.keySet());
    }

    /** Whether one of the words is a whole run of characters that {@code part} accepts. */
    private static boolean holdsRun(String text, CharPredicate part, Set<String> words) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean in = i < text.length() && part.test(text.charAt(i));
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                if (words.contains(text.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private interface CharPredicate {
        boolean test(char c);
    }

    /** {@code \\w}: the word characters of {@code \\b}, ASCII. */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** {@code \\p{L}} or {@code \\p{N}}. */
    private static boolean isLetterOrNumber(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * The question normalised, with its chat spellings written out and nothing dropped: what {@link QuestionKind}
     * reads, so "y r they striking" is asked the way "why are they striking" is, and a greeting stays one.
     */
    static String spelledOut(String question) {
        String q = writtenOut(QuestionKind.normalised(question));
        if (!hasChatSpelling(q)) {
            return q;
        }
        Matcher m = WORD.matcher(q);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            String spelled = SPELLINGS.get(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
            m.appendReplacement(out, Matcher.quoteReplacement(spelled == null ? word : spelled));
        }
        m.appendTail(out);
        return out.toString();
    }
}
