package dev.picket.retrieval.answer;

import java.util.Map;
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
    private static final Pattern FILLER = Pattern.compile("\\b(?:pls|plz|please|thx|thanks|ty|tho|though|lol|lmao|"
            + "idk|tbh|imo|ngl|kinda|sorta|like|ok|okay|guys|mate|hey|hi|hello|btw|anyway|"
            + "actually|basically|literally|rly|really|fr|smh|omg|omfg|wtf|ffs|tbf|afaik|iirc|imho|jk|bruh|"
            + "honestly|lowkey|yeah|ya)\\b");
    /** "december '22" or "december 22" where 22 cannot be a day… only the apostrophe form is taken as a year. */
    private static final Pattern SHORT_YEAR = Pattern.compile("\\b(january|february|march|april|may|june|july|"
            + "august|september|october|november|december) '(\\d\\d)\\b");

    private QuestionText() {
    }

    static String plain(String question) {
        return plainSpelled(spelledOut(question));
    }

    /** {@link #plain} of a question already {@link #spelledOut}. */
    static String plainSpelled(String spelled) {
        String years = SHORT_YEAR.matcher(spelled).replaceAll("$1 20$2");
        return QuestionKind.SPACES.matcher(FILLER.matcher(years).replaceAll(" ")).replaceAll(" ").strip();
    }

    /**
     * The question normalised, with its chat spellings written out and nothing dropped: what {@link QuestionKind}
     * reads, so "y r they striking" is asked the way "why are they striking" is, and a greeting stays one.
     */
    static String spelledOut(String question) {
        String q = QuestionKind.normalised(question);
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
