package dev.picket.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations the articles themselves define, so "RCN" finds "Royal College of Nursing" without anyone
 * writing it down: an explicit definition ("the Royal College of Nursing (RCN)"), and the initials of a
 * capitalised name the articles use ("Office for National Statistics" for ONS), three letters or more. Definitions
 * win over initials;
 * a name's initials only count when its capitalised words give exactly those letters, so an article's typo
 * ("Royal College of Nursing (RN)") defines nothing.
 *
 * <p>Built from article text as a corpus is read; immutable once built.
 */
public final class Abbreviations {

    /** Little words inside names that initials skip: "Department for Work and Pensions" is DWP. */
    private static final Set<String> JOINERS = Set.of("of", "for", "and", "the", "on", "in", "&");
    private static final Pattern DEFINED = Pattern.compile("((?:\\p{Lu}[\\p{L}'’-]*[ ,]+(?:(?:of|for|and|the|on|in|&) )*)+)"
            + "\\((\\p{Lu}{2,6})\\)");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?: (?:(?:of|for|and|the|on|in|&) )*"
            + "\\p{Lu}[\\p{L}'’-]*)+");
    // Two letters guessed from a name are too often a word or a title a question uses otherwise ("Mr", "Ms",
    // "PC" from "Pat Cullen", "DS" from "Downing Street"); a definition in brackets may still be two letters.
    private static final int MIN_GUESSED = 3;
    private static final Abbreviations NONE = new Abbreviations(Map.of());

    private final Map<String, String> longForms;

    private Abbreviations(Map<String, String> longForms) {
        this.longForms = Collections.unmodifiableMap(longForms);
    }

    public static Abbreviations none() {
        return NONE;
    }

    /** The abbreviations defined in, or spelled out by the names of, these texts. */
    public static Abbreviations from(Iterable<String> texts) {
        Builder builder = new Builder();
        texts.forEach(builder::add);
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The long form of an abbreviation, whatever its case ("rcn", "RCN"), when the articles give one. */
    public Optional<String> longForm(String abbreviation) {
        return Optional.ofNullable(longForms.get(abbreviation.toUpperCase(Locale.ROOT)));
    }

    /** Every abbreviation and its long form, abbreviations in upper case. */
    public Map<String, String> asMap() {
        return longForms;
    }

    public boolean isEmpty() {
        return longForms.isEmpty();
    }

    /**
     * Collects definitions text by text, so a reload can stream articles through it. What it has collected can be
     * written down ({@link #snapshot()}) and merged into another builder ({@link #addSnapshot}), so an index can
     * keep each article's findings and the corpus's table without reading the articles again.
     */
    public static final class Builder {
        // Two names are enough to know that initials are ambiguous, and no merge can make them unambiguous again.
        private static final int NAMES_KEPT = 2;
        private static final String DEFINED_TAG = "D";
        private static final String NAME_TAG = "N";

        private final Map<String, String> defined = new LinkedHashMap<>();
        private final Map<String, Set<String>> byInitials = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder add(String text) {
            addDefinitions(text);
            Matcher n = NAME.matcher(text);
            // What find() gives, tried only where a name can start (a capital letter): most of a text is not.
            for (int at = nextCapital(text, 0); at >= 0; at = nextCapital(text, at)) {
                n.region(at, text.length());
                if (!mayStartName(text, at) || !n.lookingAt()) {
                    at += Character.charCount(text.codePointAt(at));
                    continue;
                }
                at = n.end();
                // Each tail too: a sentence's first word or a title runs into the name ("Members of the Royal
                // College of Nursing").
                addTails(n.group().split(" "));
            }
            return this;
        }

        /**
         * Each tail of the name's words that starts with a word other than a joiner and whose {@link #initials}
         * are three to six letters. The initials of every tail are read off the words once, and a tail's name is
         * only joined when its initials qualify: most names are two words, and joining and splitting every tail
         * again was most of the names' cost at index time.
         */
        private void addTails(String[] words) {
            char[] letters = new char[words.length];
            int counted = 0;
            for (int k = words.length - 1; k >= 0; k--) {
                if (!words[k].isEmpty() && !isJoiner(words[k])) {
                    letters[k] = Character.toUpperCase(words[k].charAt(0));
                    counted++;
                }
            }
            for (int start = 0; start < words.length - 1; start++) {
                if (start > 0 && letters[start - 1] != 0) {
                    counted--;
                }
                if (counted >= MIN_GUESSED && counted <= 6 && !JOINERS.contains(words[start])) {
                    StringBuilder initials = new StringBuilder(counted);
                    for (int k = start; k < words.length; k++) {
                        if (letters[k] != 0) {
                            initials.append(letters[k]);
                        }
                    }
                    addName(initials.toString(), String.join(" ", List.of(words).subList(start, words.length)));
                }
            }
        }

        /**
         * Whether {@code NAME} can match at the capital at {@code at}: its first word (a run the pattern cannot
         * give back to a space) must be followed by a space and a capital or a joiner's first letter. Most
         * capitals start a sentence or a lone name, and the pattern costs more than this look.
         */
        private static boolean mayStartName(String text, int at) {
            int i = at + Character.charCount(text.codePointAt(at));
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (!(Character.isLetter(cp) || cp == '\'' || cp == '’' || cp == '-')) {
                    break;
                }
                i += Character.charCount(cp);
            }
            if (i + 1 >= text.length() || text.charAt(i) != ' ') {
                return false;
            }
            int next = text.codePointAt(i + 1);
            return Character.getType(next) == Character.UPPERCASE_LETTER || "ofati&".indexOf(next) >= 0;
        }

        /** Where the first {@code \p{Lu}} at or after {@code from} is, or -1. */
        private static int nextCapital(String text, int from) {
            for (int i = from; i < text.length(); ) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    if (c >= 'A' && c <= 'Z') {
                        return i;
                    }
                    i++;
                    continue;
                }
                int cp = text.codePointAt(i);
                if (Character.getType(cp) == Character.UPPERCASE_LETTER) {
                    return i;
                }
                i += Character.charCount(cp);
            }
            return -1;
        }

        /**
         * What {@code DEFINED.matcher(text)} finds, searched only before each "(ABBR)": the words before the
         * brackets hold no bracket, so a match ends at the first "(" after its start, and one that ends at this
         * "(ABBR)" starts after the bracket before it and after the last match. The pattern tried at every
         * capital letter of an article was a tenth of an index build.
         */
        private void addDefinitions(String text) {
            Matcher d = DEFINED.matcher(text);
            int from = 0;
            for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
                int end = closingAbbreviation(text, open);
                if (end > 0) {
                    d.region(from, end);
                    if (d.find()) {
                        String abbreviation = d.group(2);
                        definedName(d.group(1), abbreviation)
                                .ifPresent(name -> defined.putIfAbsent(abbreviation, name));
                        from = d.end();
                    }
                }
                from = Math.max(from, open + 1);
            }
        }

        /** Where "(" at {@code open}, two to six capital letters and ")" end, or -1 when they do not follow. */
        private static int closingAbbreviation(String text, int open) {
            int i = open + 1;
            int letters = 0;
            while (i < text.length() && letters <= 6) {
                int cp = text.codePointAt(i);
                if (cp == ')') {
                    return letters >= 2 ? i + 1 : -1;
                }
                if (Character.getType(cp) != Character.UPPERCASE_LETTER) {
                    return -1;
                }
                letters++;
                i += Character.charCount(cp);
            }
            return -1;
        }

        public Builder addAll(Abbreviations other) {
            other.longForms.forEach(defined::putIfAbsent);
            return this;
        }

        /**
         * What this builder has collected, one finding a line: a definition, or a name with its initials (at most
         * two names per set of initials). Small: the names an article uses, not its text.
         */
        public String snapshot() {
            StringBuilder out = new StringBuilder();
            defined.forEach((abbreviation, name) -> line(out, DEFINED_TAG, abbreviation, name));
            byInitials.forEach((initials, names) -> names.forEach(name -> line(out, NAME_TAG, initials, name)));
            return out.toString();
        }

        /** Merges a {@link #snapshot()}, as if the texts it was taken from were added here; bad lines are skipped. */
        public Builder addSnapshot(String snapshot) {
            for (String line : snapshot.split("\n")) {
                String[] f = line.split("\t");
                if (f.length == 3 && DEFINED_TAG.equals(f[0])) {
                    defined.putIfAbsent(f[1], f[2]);
                } else if (f.length == 3 && NAME_TAG.equals(f[0])) {
                    addName(f[1], f[2]);
                }
            }
            return this;
        }

        /**
         * Forgets what was collected under these keys ({@link #keyOf}), so an index can merge them again from the
         * articles it keeps: each key's result depends only on the findings under that key, in order.
         */
        public Builder forget(Set<String> keys) {
            defined.keySet().removeIf(abbreviation -> keys.contains(DEFINED_TAG + '\t' + abbreviation));
            byInitials.keySet().removeIf(initials -> keys.contains(NAME_TAG + '\t' + initials));
            return this;
        }

        /** The key of a {@link #snapshot()} line, its kind and abbreviation: what a merge decides together. */
        public static String keyOf(String line) {
            int second = line.indexOf('\t', line.indexOf('\t') + 1);
            return second < 0 ? line : line.substring(0, second);
        }

        private void addName(String initials, String name) {
            Set<String> names = byInitials.computeIfAbsent(initials, k -> new LinkedHashSet<>());
            if (names.size() < NAMES_KEPT) {
                names.add(name);
            }
        }

        private static void line(StringBuilder out, String tag, String abbreviation, String name) {
            out.append(tag).append('\t').append(abbreviation).append('\t').append(name).append('\n');
        }

        /**
         * Sorted by abbreviation, so the table does not depend on the order the index happens to hold articles in
         * and a merge of part of them again gives the same table as a merge of all.
         */
        public Abbreviations build() {
            Map<String, String> out = new TreeMap<>(defined);
            // A set of initials that several names share ("Health Secretary", "Home Secretary") means none of them.
            byInitials.forEach((initials, names) -> {
                if (names.size() == 1) {
                    out.putIfAbsent(initials, names.iterator().next());
                }
            });
            return new Abbreviations(out);
        }
    }

    /**
     * The shortest tail of the capitalised words before "(ABBR)" whose initials are the abbreviation: in
     * "Chief executive of the Royal College of Nursing (RCN)" that is "Royal College of Nursing".
     */
    static Optional<String> definedName(String before, String abbreviation) {
        List<String> words = new ArrayList<>(List.of(before.strip().replaceAll("[,]+$", "").split("[ ,]+")));
        for (int start = words.size() - 1; start >= 0; start--) {
            if (JOINERS.contains(words.get(start))) {
                continue;
            }
            String name = String.join(" ", words.subList(start, words.size()));
            String initials = initials(name);
            if (initials.equals(abbreviation)) {
                return Optional.of(name);
            }
            if (initials.length() > abbreviation.length()) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The first letters of a name's words, the joining words left out, in upper case. */
    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && !isJoiner(word)) {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return out.toString();
    }

    /** A joining word in any case; every joiner is at most three letters, and lower-casing never shortens. */
    private static boolean isJoiner(String word) {
        return word.length() <= 3 && JOINERS.contains(word.toLowerCase(Locale.ROOT));
    }
}
