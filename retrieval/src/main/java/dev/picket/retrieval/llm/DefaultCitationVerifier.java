package dev.picket.retrieval.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.picket.corpus.Sentences;
import dev.picket.retrieval.Answer.Unsupported;
import dev.picket.retrieval.SearchHit;

/**
 * Parses the {@code [n]} markers ({@code [1]}, {@code [1, 3]}, {@code [1][2]}, {@code [2-4]}), drops numbers
 * that name no source, removes every sentence its cited passages don't support (see {@link SentenceSupport}),
 * drops a cited passage that shares nothing with its sentence, and renumbers what is left 1..k in order of
 * first use. A marker written after a sentence's full stop belongs to that sentence.
 */
final class DefaultCitationVerifier implements CitationVerifier {

    private static final Pattern MARKER = Pattern.compile(
            "\\[(?:(?i:sources?)\\s*)?(\\d{1,3}(?:\\s*(?:[,;&]|and|-|\u2013)\\s*\\d{1,3})*)\\s*]");
    private static final Pattern LEADING_MARKERS = Pattern.compile("^((?:\\s*" + MARKER.pattern() + ")+)\\s*");
    private static final Pattern NUMBER_LIST = Pattern.compile("\\d+|-|\u2013");
    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    private static final int MAX_RANGE = 20;

    private final SentenceSupport support;

    DefaultCitationVerifier() {
        this(new SentenceSupport());
    }

    DefaultCitationVerifier(SentenceSupport support) {
        this.support = support;
    }

    @Override
    public VerifiedAnswer verify(String text, List<SearchHit> sources) {
        List<List<Cited>> lines = new ArrayList<>();
        List<Unsupported> unsupported = new ArrayList<>();
        boolean citedAny = false;
        for (String line : text.strip().split("\\R")) {
            List<Cited> kept = new ArrayList<>();
            for (String sentence : sentences(line)) {
                Cited c = Cited.parse(sentence, sources.size());
                if (!HAS_WORD.matcher(c.claim()).find()) {
                    continue;
                }
                citedAny |= !c.numbers().isEmpty();
                Optional<String> reason = c.numbers().isEmpty()
                        ? Optional.of(c.anyInvalid() ? "cites only sources that were not provided" : "cites no source")
                        : support.unsupported(c.claim(), c.numbers().stream().map(n -> sources.get(n - 1)).toList());
                if (reason.isPresent()) {
                    unsupported.add(new Unsupported(c.claim(), reason.get()));
                } else {
                    kept.add(c.keeping(n -> support.shares(c.claim(), sources.get(n - 1))));
                }
            }
            lines.add(kept);
        }
        return renumber(lines, sources, unsupported, citedAny);
    }

    private static VerifiedAnswer renumber(List<List<Cited>> lines, List<SearchHit> sources,
                                           List<Unsupported> unsupported, boolean citedAny) {
        Map<Integer, Integer> numbers = new LinkedHashMap<>();
        List<SearchHit> cited = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        for (List<Cited> line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            StringBuilder l = new StringBuilder();
            for (Cited c : line) {
                if (!l.isEmpty()) {
                    l.append(' ');
                }
                l.append(c.render(n -> numbers.computeIfAbsent(n, old -> {
                    cited.add(sources.get(old - 1));
                    return cited.size();
                })));
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(l);
        }
        return new VerifiedAnswer(out.toString(), cited, unsupported, citedAny);
    }

    /** The markers a piece of text opens with, and the space after them; empty when it opens with none. */
    static String leadingMarkers(String text) {
        Matcher leading = LEADING_MARKERS.matcher(text);
        return leading.find() ? leading.group() : "";
    }

    /** The sentences of a line, each with the markers that follow its full stop. */
    private static List<String> sentences(String line) {
        List<String> out = new ArrayList<>();
        String prefix = "";
        for (String s : Sentences.split(line)) {
            Matcher leading = LEADING_MARKERS.matcher(s);
            if (!out.isEmpty() && leading.find()) {
                out.set(out.size() - 1, out.getLast() + " " + leading.group(1).strip());
                s = s.substring(leading.end());
            }
            if (!HAS_LETTER.matcher(s).find()) {
                // A list number ("1.") split off by the sentence breaker belongs to what follows.
                prefix = prefix + s + " ";
            } else {
                out.add(prefix + s);
                prefix = "";
            }
        }
        if (!prefix.isBlank()) {
            out.add(prefix.strip());
        }
        return out;
    }

    static Set<Integer> parseNumbers(String list) {
        Set<Integer> out = new LinkedHashSet<>();
        Matcher m = NUMBER_LIST.matcher(list);
        Integer rangeFrom = null;
        boolean range = false;
        while (m.find()) {
            String t = m.group();
            if (!Character.isDigit(t.charAt(0))) {
                range = rangeFrom != null;
                continue;
            }
            int n = Integer.parseInt(t);
            if (range && n > rangeFrom && n - rangeFrom <= MAX_RANGE) {
                for (int i = rangeFrom + 1; i <= n; i++) {
                    out.add(i);
                }
            } else {
                out.add(n);
            }
            rangeFrom = n;
            range = false;
        }
        return out;
    }

    /** A sentence split into its claim and the marker groups in it, by position. */
    private record Cited(String sentence, String claim, List<Group> groups, boolean anyInvalid) {

        static Cited parse(String sentence, int sourceCount) {
            List<Group> groups = new ArrayList<>();
            boolean invalid = false;
            Matcher m = MARKER.matcher(sentence);
            while (m.find()) {
                List<Integer> valid = new ArrayList<>();
                for (int n : parseNumbers(m.group(1))) {
                    if (n >= 1 && n <= sourceCount) {
                        valid.add(n);
                    } else {
                        invalid = true;
                    }
                }
                groups.add(new Group(m.start(), m.end(), valid));
            }
            String claim = MARKER.matcher(sentence).replaceAll("").replaceAll("\\s+([.,;:!?])", "$1")
                    .replaceAll("\\s{2,}", " ").strip();
            return new Cited(sentence, claim, groups, invalid);
        }

        List<Integer> numbers() {
            Set<Integer> all = new LinkedHashSet<>();
            groups.forEach(g -> all.addAll(g.numbers()));
            return List.copyOf(all);
        }

        /** Keeps only the cited numbers that pass; one always stays, the sentence is supported. */
        Cited keeping(java.util.function.IntPredicate relevant) {
            List<Integer> keep = numbers().stream().filter(relevant::test).toList();
            if (keep.isEmpty()) {
                return this;
            }
            return new Cited(sentence, claim, groups.stream()
                    .map(g -> new Group(g.start(), g.end(), g.numbers().stream().filter(keep::contains).toList()))
                    .toList(), anyInvalid);
        }

        String render(java.util.function.IntUnaryOperator renumber) {
            StringBuilder out = new StringBuilder();
            int at = 0;
            for (Group g : groups) {
                out.append(sentence, at, g.start());
                g.numbers().forEach(n -> out.append('[').append(renumber.applyAsInt(n)).append(']'));
                at = g.end();
            }
            out.append(sentence.substring(at));
            return out.toString().replaceAll("\\s+([.,;:!?])", "$1").replaceAll("\\s{2,}", " ").strip();
        }
    }

    private record Group(int start, int end, List<Integer> numbers) {
    }
}
