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
 * The items a text names only as one of a list of three or more ("rail workers, Border Force officials, driving
 * examiners and postal workers are also striking"). Such a list says the same of every item: that they strike,
 * or this week. It gives no cause, demand or figure of any one of them, so a passage that names a group only
 * there is not about that group, and can't answer what the group wants, why it acts or how many of it did.
 *
 * @param lists each list's items
 */
record Enumeration(List<List<Item>> lists) {

    /**
     * One listed item.
     *
     * @param own   its analysed terms that the text uses nowhere outside its lists, which tell it from the others
     * @param terms all its terms: "force" of "Border Force officials" means Border Force here, whatever other
     *              force the text names elsewhere
     * @param telling its own terms a question names it by: of several words, those before the last, as items
     *              share their head noun ("rail workers, postal workers, DWP staff"), so "Border Force staff" names
     *              one item, not two
     */
    record Item(Set<String> own, Set<String> terms, Set<String> telling) {
    }

    static final Enumeration NONE = new Enumeration(List.of());

    /** One item: one to five words, no comma, no clause break, not the joining word of the last. */
    private static final String ITEM = "(?!(?:and|or) )" + ListStarts.ITEM_CHARS + "+(?: " + ListStarts.ITEM_CHARS
            + "+){0," + (ListStarts.MOST_WORDS - 1) + "}";
    /** Three items or more, the last after "and" or "or" (with or without a comma before it). */
    private static final Pattern LIST = Pattern.compile("(?<![\\p{L}\\p{N}])(" + ITEM + ")((?:, " + ITEM
            + ")+),? (?:and|or) (" + ITEM + ")");
    /**
     * Words that end an item on the side away from the list: "with rail workers" lists "rail workers", "in
     * England" lists "England", and "and Department for Work" lists a department. General English function words.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "this", "that", "these", "those",
            "of", "in", "on", "at", "by", "for", "from", "with", "to", "into", "as", "including", "like", "such",
            "among", "and", "or", "but", "is", "are", "was", "were", "be", "been", "has", "have", "had", "all",
            "both", "their", "its", "his", "her", "our", "who", "which", "said", "says", "between", "across",
            "also", "too", "now", "then", "each", "will", "would", "could", "can", "may", "might", "must",
            "should", "not", "whether", "if");
    private static final Pattern SPACE = Pattern.compile(" ");
    private static final Pattern COMMA = Pattern.compile(",");

    /** The items of the text's lists of three or more; none when it lists nothing. */
    static Enumeration of(String text) {
        if (!mayList(text)) {
            return NONE;
        }
        Matcher m = LIST.matcher(text).useTransparentBounds(true);
        List<List<String>> listed = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int from = 0;
        for (int at = 0; ListStarts.find(m, text, at); at = m.end()) {
            // The items of a list are alike in length, so its ends are cut to the longest middle item.
            List<String> middle = new ArrayList<>();
            for (String item : COMMA.split(m.group(2))) {
                if (!item.isBlank()) {
                    middle.add(item.strip());
                }
            }
            int most = middle.stream().mapToInt(i -> SPACE.split(i).length).max().orElse(0);
            String first = firstItem(m.group(1), most);
            String last = lastItem(text.substring(m.start(3), clauseEnd(text, m.start(3))), most);
            List<String> items = new ArrayList<>();
            items.add(first);
            items.addAll(middle);
            items.add(last);
            listed.add(items);
            int firstStart = m.start(1) + m.group(1).length() - first.length();
            if (firstStart < from) {
                // A list inside the long name that ended the one before is no list of its own.
                listed.removeLast();
                continue;
            }
            rest.append(text, from, firstStart).append(' ');
            from = m.start(3) + last.length();
        }
        if (listed.isEmpty()) {
            return NONE;
        }
        rest.append(text, from, text.length());
        Set<String> elsewhere = QueryTerms.setOf(rest.toString());
        List<List<Item>> lists = new ArrayList<>();
        for (List<String> list : listed) {
            List<Item> items = new ArrayList<>();
            for (String item : list) {
                Set<String> terms = QueryTerms.setOf(item);
                Set<String> own = new HashSet<>(terms);
                own.removeAll(elsewhere);
                Set<String> telling = new HashSet<>(own);
                int head = item.lastIndexOf(' ');
                if (head > 0) {
                    telling.removeAll(QueryTerms.setOf(item.substring(head + 1)));
                }
                items.add(new Item(Set.copyOf(own), Set.copyOf(terms), Set.copyOf(telling)));
            }
            lists.add(List.copyOf(items));
        }
        return new Enumeration(List.copyOf(lists));
    }

    /** Every term the text uses only in lists, whichever item it belongs to. */
    Set<String> terms() {
        Set<String> all = new HashSet<>();
        lists.forEach(l -> l.forEach(i -> all.addAll(i.own())));
        return all;
    }

    /**
     * The terms a text holds for a question, without those of the one item of a list that the question names
     * and the text names nowhere else; the terms themselves when there is none. A question that names two items
     * of one list ("nurses in Kent, Essex and Surrey") asks about the list, which then counts.
     */
    Set<String> without(Set<String> held, QuestionTerms question) {
        Set<String> drop = new HashSet<>();
        for (List<Item> items : lists) {
            List<Item> named = items.stream().filter(i -> question.coverage(i.telling()) > 0).toList();
            if (named.size() == 1) {
                drop.addAll(named.getFirst().terms());
            }
        }
        if (drop.isEmpty()) {
            return held;
        }
        Set<String> out = new HashSet<>(held);
        out.removeAll(drop);
        return out;
    }

    /** For the test that {@link ListStarts} finds what the pattern finds. */
    static Pattern pattern() {
        return LIST;
    }

    /** A list needs a comma and a joining word; most sentences are not scanned for one. */
    private static boolean mayList(String text) {
        return text.contains(", ") && (text.contains(" and ") || text.contains(" or "));
    }

    /** The first item without the words before it that are not part of it ("with rail workers"). */
    private static String firstItem(String item, int most) {
        List<String> words = List.of(SPACE.split(item));
        int start = Math.max(0, words.size() - most);
        for (int i = start; i < words.size(); i++) {
            if (isFunctionWord(words.get(i))) {
                start = i + 1;
            }
        }
        return String.join(" ", words.subList(Math.min(start, words.size()), words.size()));
    }

    /**
     * The last item up to the first word that is not part of it, as long as the longest middle item: a name counts
     * as one word with the function words between its capitals and the initials after it ("Department for Work
     * and Pensions (DWP) staff"), as its words are one item.
     */
    private static String lastItem(String item, int most) {
        List<String> words = List.of(SPACE.split(item));
        int end = 0;
        int counted = 0;
        boolean name = false;
        while (end < words.size()) {
            String w = words.get(end);
            boolean joinsName = name && end + 1 < words.size() && isCapitalised(words.get(end + 1));
            if (isFunctionWord(w) && !joinsName) {
                break;
            }
            boolean goesOn = name && (isCapitalised(w) || joinsName || w.startsWith("(") && w.endsWith(")"));
            if (!goesOn && ++counted > most) {
                break;
            }
            name = isCapitalised(w) || joinsName || goesOn && w.startsWith("(");
            end++;
        }
        return String.join(" ", words.subList(0, end));
    }

    /** Where the clause holding an offset ends: at the next comma, semicolon or full stop. */
    private static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '\n' || c == '.' && (i + 1 == text.length()
                    || Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
