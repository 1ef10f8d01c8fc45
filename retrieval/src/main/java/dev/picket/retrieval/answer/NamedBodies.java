package dev.picket.retrieval.answer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.picket.retrieval.index.QueryTerms;

/**
 * The bodies a sentence names ("the Royal College of Nursing (RCN)", "Unite", "Sky News"), each under one key, so
 * a name and its initials are one item: "Royal College of Nursing" and "RCN" are both {@code RCN}. What kind of
 * body a name is, news says beside it: a trade union by its head word ("… Association", "… Union") or by who it
 * has ("Unite leader Ann Lee", "members of the …"); a news outlet by who spoke to it ("told Sky News", "writing for
 * The Guardian"). General English and newsroom usage, not the words of any one article.
 */
final class NamedBodies {

    /** A capitalised word or initials; "The" may open a name only as an outlet's ("The Guardian"). */
    private static final String WORD = "(?:\\p{Lu}[\\p{Ll}\u2019'-]*\\p{Ll}|\\p{Lu}{2,})";
    /** A name: capitalised words, with the small words that join them ("Department for Work and Pensions"). */
    private static final String NAME = WORD + "(?: (?:(?:of|for|and|the|de) )?(?!The )" + WORD + ")*"
            + "(?: \\((\\p{Lu}{2,})\\))?";
    private static final Pattern NAMES = Pattern.compile("(?<![\\p{L}\\p{N}])(?:The )?(" + NAME + ")");

    /** The last word of a trade union's name in English. */
    private static final Pattern UNION_HEAD = Pattern.compile("(?:Union|Association|College|Federation|Congress|"
            + "Confederation|Guild)");
    /** Who a union has, written right after its name: "Unite leader", "RCN members", "the GMB union". */
    private static final Pattern UNION_AFTER = Pattern.compile("^(?:\u2019s|'s)? ?(?:leader|leaders|chief|boss|"
            + "general secretary|members|member|union|reps|representatives|shop stewards)\\b");
    /** Who a union has, written before its name: "the general secretary of the", "members of", "leaders at". */
    private static final Pattern UNION_BEFORE = Pattern.compile("\\b(?:leaders?|chief|head|boss|general secretary|"
            + "members|chairs?|co-chairs) (?:of|at) (?:the )?$", Pattern.CASE_INSENSITIVE);
    /** Who spoke to an outlet, right before its name: "told", "telling the", "asked by", "writing for". */
    private static final Pattern OUTLET_BEFORE = Pattern.compile("\\b(?:told|telling|tells|speaking to|spoke to|"
            + "speak to|asked by|writing for|wrote for|writes for|interview with|appearing on|appeared on|"
            + "asked on|said on) (?:the )?$", Pattern.CASE_INSENSITIVE);
    /** An outlet named as the owner of a programme: "the BBC's Sunday programme". */
    private static final Pattern OUTLET_PROGRAMME = Pattern.compile("^(?:\u2019s|'s) (?:" + NAME + " )?"
            + "(?:programme|program|show|podcast)\\b");
    /**
     * The words of a name that make it a state body, an employer, a party or a place, which neither strikes
     * for its members nor is an outlet, whatever stands beside it.
     */
    private static final Set<String> NOT_A_PARTY = Set.of("Department", "Office", "Ministry", "Government",
            "Cabinet", "Council", "Service", "Treasury", "Street", "Parliament", "Commons", "Lords", "Trust",
            "Agency", "Authority", "Police", "Forces", "Court", "NHS", "Labour", "Conservative", "Conservatives",
            "Tory", "Tories", "Party", "England", "Wales", "Scotland", "Britain", "UK", "Health", "Mr", "Mrs", "Ms",
            "Dr", "Sir", "Dame");

    /** The small words inside a name, between its capitals ("Royal College of Nursing"). */
    private static final Set<String> JOINERS = Set.of("of", "for", "and", "the", "de");

    /** The kinds of body a list may ask for. */
    enum Kind { UNION, OUTLET }

    private NamedBodies() {
    }

    /**
     * The bodies of the kind the sentence itself says it names, each key with its name as written.
     *
     * @param known keys of bodies of this kind named elsewhere, counted here whatever stands beside them
     * @param names  which capitalised words the articles write only as names
     */
    static Map<String, String> in(String sentence, Kind kind, Set<String> known, Names names) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = NAMES.matcher(sentence);
        while (m.find()) {
            String initials = m.group(2);
            String written = initials == null ? m.group(1) : m.group(1).substring(0, m.group(1).length()
                    - initials.length() - 3);
            // Initials after a name mark where it ends.
            String name = initials == null ? ended(written) : written;
            if (!isParty(name) || QueryTerms.of(name).isEmpty()) {
                continue;
            }
            String key = key(name);
            String before = sentence.substring(0, m.start());
            String after = sentence.substring(m.start(1) + name.length());
            // A sentence's first word is capitalised whatever it is: only what follows it makes it a name.
            boolean opening = m.start(1) == 0 && initials == null && !name.contains(" ")
                    && !name.chars().allMatch(Character::isUpperCase);
            if (opening && !names.mayName(name)) {
                // "Nursing leaders said": a word the articles write in lower case is no body's name.
                continue;
            }
            if (opening ? known.contains(key) || kind == Kind.UNION && UNION_AFTER.matcher(after).lookingAt()
                    : known.contains(key) || initials != null && known.contains(initials)
                    || is(kind, name, before, after)) {
                // One key a body, its own initials: "Royal College of Nursing (RN)" is still the RCN.
                out.put(key, name);
            }
        }
        return out;
    }

    /**
     * A union's name up to its head word and the one word of its complement ("Royal College of Nursing"), when
     * two words or more follow, which name its leader written right after it ("… of Nursing Pat Cullen").
     */
    private static String ended(String name) {
        String[] words = name.split(" ");
        int head = -1;
        for (int i = 0; i < words.length; i++) {
            if (UNION_HEAD.matcher(words[i]).matches()) {
                head = i;
            }
        }
        if (head < 0) {
            return name;
        }
        int end = head + 1 < words.length && JOINERS.contains(words[head + 1]) ? head + 3 : head + 1;
        return words.length - end >= 2 ? String.join(" ", Arrays.copyOf(words, end)) : name;
    }

    private static boolean is(Kind kind, String name, String before, String after) {
        if (kind == Kind.OUTLET) {
            return OUTLET_BEFORE.matcher(before).find() || OUTLET_PROGRAMME.matcher(after).lookingAt();
        }
        return name.contains(" ") && Arrays.stream(name.split(" ")).anyMatch(w -> UNION_HEAD.matcher(w).matches())
                || UNION_AFTER.matcher(after).lookingAt() || UNION_BEFORE.matcher(before).find();
    }

    /** Whether no word of the name makes it a state body, an employer, a party or a place. */
    private static boolean isParty(String name) {
        for (String word : name.split(" ")) {
            if (NOT_A_PARTY.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** A name's key: the initials of its capitalised words, or the word itself when it is one. */
    static String key(String name) {
        String[] words = name.split(" ");
        if (words.length == 1) {
            return name.toUpperCase(Locale.ROOT);
        }
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString();
    }
}
