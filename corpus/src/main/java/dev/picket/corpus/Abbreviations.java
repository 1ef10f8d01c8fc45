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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations the articles themselves define, so "RCN" finds "Royal College of Nursing" without anyone
 * writing it down: an explicit definition ("the Royal College of Nursing (RCN)"), and the initials of a
 * capitalised name the articles use ("Office for National Statistics" for ONS). Definitions win over initials;
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

    /** Collects definitions text by text, so a reload can stream articles through it. */
    public static final class Builder {
        private final Map<String, String> defined = new LinkedHashMap<>();
        private final Map<String, Set<String>> byInitials = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder add(String text) {
            Matcher d = DEFINED.matcher(text);
            while (d.find()) {
                String abbreviation = d.group(2);
                definedName(d.group(1), abbreviation).ifPresent(name -> defined.putIfAbsent(abbreviation, name));
            }
            Matcher n = NAME.matcher(text);
            while (n.find()) {
                // Each tail too: a sentence's first word or a title runs into the name ("Members of the Royal
                // College of Nursing").
                String[] words = n.group().split(" ");
                for (int start = 0; start < words.length - 1; start++) {
                    if (!JOINERS.contains(words[start])) {
                        String name = String.join(" ", List.of(words).subList(start, words.length));
                        String initials = initials(name);
                        if (initials.length() >= 2 && initials.length() <= 6) {
                            byInitials.computeIfAbsent(initials, k -> new LinkedHashSet<>()).add(name);
                        }
                    }
                }
            }
            return this;
        }

        public Builder addAll(Abbreviations other) {
            other.longForms.forEach(defined::putIfAbsent);
            return this;
        }

        public Abbreviations build() {
            Map<String, String> out = new LinkedHashMap<>(defined);
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
            if (!word.isEmpty() && !JOINERS.contains(word.toLowerCase(Locale.ROOT))) {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return out.toString();
    }
}
