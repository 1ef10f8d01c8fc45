package dev.picket.retrieval.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.picket.corpus.Abbreviations;

import dev.picket.retrieval.index.QueryTerms;

/**
 * Groups of words and phrases that mean the same thing in the domain ("walkout" and "strike"), read from a data
 * file, each phrase held as its analysed terms, and the abbreviations the corpus itself defines ("RCN" and "Royal
 * College of Nursing", see {@link Abbreviations}), each a group of two. A question phrased in a user's words is then
 * matched by a passage phrased in a reporter's, and an abbreviation by its long form and back.
 */
public final class Equivalences {

    /** The bundled groups, for questions about NHS disputes. */
    static final String RESOURCE = "/dev/picket/retrieval/equivalences.txt";

    private static final Equivalences NONE = new Equivalences(List.of(), Abbreviations::none);

    private final List<List<Set<String>>> groups;
    private final Supplier<Abbreviations> table;
    // The groups with the table's last read; a reload that changes the table gives a new object.
    private volatile Merged merged = new Merged(null, List.of(), Map.of());
    private volatile EquivalencePhrases indexed = EquivalencePhrases.of(List.of());

    private Equivalences(List<List<Set<String>>> groups, Supplier<Abbreviations> table) {
        this.groups = groups;
        this.table = table;
    }

    static Equivalences none() {
        return NONE;
    }

    public static Equivalences bundled() {
        return Bundled.GROUPS;
    }

    /**
     * These groups and the abbreviations of a table that may change (an index's, which each reload replaces):
     * an abbreviation joins the group that already holds it or its long form, or makes a group of its own.
     */
    public Equivalences with(Supplier<Abbreviations> abbreviations) {
        return new Equivalences(groups, abbreviations);
    }

    /** Read once, on first use, and never changed. */
    private static final class Bundled {

        static final Equivalences GROUPS = read();

        private static Equivalences read() {
            try (InputStream in = Equivalences.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One group a line, phrases separated by {@code |}; blank lines and {@code #} comments are skipped. */
    static Equivalences parse(String text) {
        List<List<Set<String>>> groups = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                Set<Set<String>> phrases = new LinkedHashSet<>();
                for (String phrase : line.split("\\|")) {
                    Set<String> terms = QueryTerms.setOf(phrase);
                    if (!terms.isEmpty()) {
                        phrases.add(Set.copyOf(terms));
                    }
                }
                if (phrases.size() > 1) {
                    groups.add(List.copyOf(phrases));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Equivalences(List.copyOf(groups), Abbreviations::none);
    }

    /**
     * The concepts a question's terms name: each group phrase found among them, longest first, takes its terms,
     * and comes with every phrase of its group as an alternative.
     *
     * @param terms the question's analysed terms
     * @return the matches, each with the question terms it took and the alternatives that stand for them
     */
    List<Match> find(Set<String> terms) {
        List<Match> out = new ArrayList<>();
        List<List<Set<String>>> all = groups();
        if (all.isEmpty()) {
            return out;
        }
        EquivalencePhrases index = indexed;
        if (index.groups() != all) {
            index = EquivalencePhrases.of(all);
            indexed = index;
        }
        List<Candidate> candidates = index.within(terms);
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.phrase().size()).reversed());
        Set<String> taken = new LinkedHashSet<>();
        for (Candidate c : candidates) {
            if (c.phrase().stream().noneMatch(taken::contains)) {
                taken.addAll(c.phrase());
                out.add(new Match(c.phrase(), c.group()));
            }
        }
        return out;
    }

    private List<List<Set<String>>> groups() {
        Abbreviations current = table.get();
        return current.isEmpty() ? groups : merged(current).groups();
    }

    private Merged merged(Abbreviations current) {
        Merged m = merged;
        if (m.table() != current) {
            m = new Merged(current, merge(groups, current), byLongWord(current));
            merged = m;
        }
        return m;
    }

    /**
     * The abbreviations whose long form holds this word: a passage about "the RCN" is about nursing, so it
     * matches a question about nurses that never names the Royal College of Nursing.
     */
    List<Set<String>> abbreviating(String term) {
        Abbreviations current = table.get();
        return current.isEmpty() ? List.of() : merged(current).byLongWord().getOrDefault(term, List.of());
    }

    private static Map<String, List<Set<String>>> byLongWord(Abbreviations table) {
        Map<String, List<Set<String>>> out = new HashMap<>();
        table.asMap().forEach((abbreviation, longForm) -> {
            Set<String> shortTerms = Set.copyOf(QueryTerms.setOf(abbreviation));
            if (!shortTerms.isEmpty()) {
                for (String word : QueryTerms.setOf(longForm)) {
                    if (!shortTerms.contains(word)) {
                        out.computeIfAbsent(word, w -> new ArrayList<>()).add(shortTerms);
                    }
                }
            }
        });
        return out;
    }

    static List<List<Set<String>>> merge(List<List<Set<String>>> groups, Abbreviations table) {
        List<List<Set<String>>> out = new ArrayList<>();
        Map<Set<String>, List<Set<String>>> byPhrase = new HashMap<>();
        for (List<Set<String>> g : groups) {
            List<Set<String>> copy = new ArrayList<>(g);
            out.add(copy);
            copy.forEach(p -> byPhrase.putIfAbsent(p, copy));
        }
        table.asMap().forEach((abbreviation, longForm) -> {
            Set<String> shortTerms = Set.copyOf(QueryTerms.setOf(abbreviation));
            Set<String> longTerms = Set.copyOf(QueryTerms.setOf(longForm));
            // A stop word ("US", "IT") analyses to nothing: a question never holds it as a term.
            if (shortTerms.isEmpty() || longTerms.isEmpty() || shortTerms.equals(longTerms)) {
                return;
            }
            List<Set<String>> group = byPhrase.getOrDefault(shortTerms, byPhrase.get(longTerms));
            if (group == null) {
                group = new ArrayList<>();
                out.add(group);
            }
            for (Set<String> phrase : List.of(shortTerms, longTerms)) {
                if (!byPhrase.containsKey(phrase)) {
                    group.add(phrase);
                    byPhrase.put(phrase, group);
                }
            }
        });
        return out.stream().filter(g -> g.size() > 1).map(List::copyOf).toList();
    }

    private record Merged(Abbreviations table, List<List<Set<String>>> groups,
                          Map<String, List<Set<String>>> byLongWord) {
    }

    record Candidate(Set<String> phrase, List<Set<String>> group) {
    }

    /** A phrase of the question and the group's phrases, any of which a passage may use instead. */
    record Match(Set<String> phrase, List<Set<String>> alternatives) {
    }
}
