package dev.picket.retrieval.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.picket.retrieval.index.QueryTerms;

/**
 * Groups of words and phrases that mean the same thing in the domain ("RCN" and "Royal College of Nursing",
 * "walkout" and "strike"), read from a data file, each phrase held as its analysed terms. A question phrased
 * in a user's words is then matched by a passage phrased in a reporter's.
 */
public final class Equivalences {

    /** The bundled groups, for questions about NHS disputes. */
    static final String RESOURCE = "/dev/picket/retrieval/equivalences.txt";

    private static final Equivalences NONE = new Equivalences(List.of());

    private final List<List<Set<String>>> groups;

    private Equivalences(List<List<Set<String>>> groups) {
        this.groups = groups;
    }

    static Equivalences none() {
        return NONE;
    }

    public static Equivalences bundled() {
        return Bundled.GROUPS;
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
        return new Equivalences(List.copyOf(groups));
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
        if (groups.isEmpty()) {
            return out;
        }
        List<Candidate> candidates = new ArrayList<>();
        for (List<Set<String>> group : groups) {
            for (Set<String> phrase : group) {
                if (terms.containsAll(phrase)) {
                    candidates.add(new Candidate(phrase, group));
                }
            }
        }
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

    private record Candidate(Set<String> phrase, List<Set<String>> group) {
    }

    /** A phrase of the question and the group's phrases, any of which a passage may use instead. */
    record Match(Set<String> phrase, List<Set<String>> alternatives) {
    }
}
