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
            Map.entry("yrs", "years"),
            Map.entry("jan", "january"), Map.entry("feb", "february"), Map.entry("mar", "march"),
            Map.entry("apr", "april"), Map.entry("jun", "june"), Map.entry("jul", "july"), Map.entry("aug", "august"),
            Map.entry("sep", "september"), Map.entry("sept", "september"), Map.entry("oct", "october"),
            Map.entry("nov", "november"), Map.entry("dec", "december"));
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}'])[\\p{L}\\p{N}]+\\.?(?![\\p{L}\\p{N}'])");
    /** "wise" as chat uses it, after a noun: "pay wise" is "about pay". */
    private static final List<String> FILLER_LIST = List.of(("pls plz please thx thanks ty tho though lol lmao idk tbh "
            + "imo ngl kinda sorta like ok okay guys mate hey hi hello btw anyway actually basically literally rly "
            + "really fr smh omg omfg wtf ffs tbf afaik iirc imho jk bruh honestly lowkey yeah ya wise").split(" "));
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

    private QuestionText() {
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
        return QuestionKind.singleSpaced(hasFiller(years) ? FILLER.matcher(years).replaceAll(" ") : years).strip();
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
        String q = QuestionKind.normalised(question);
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
