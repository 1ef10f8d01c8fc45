package dev.picket.retrieval.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.picket.retrieval.index.QueryTerms;

/**
 * The forms of an English irregular verb, as analysed terms: the stemmer leaves "sit" and "sat", "pay" and "paid"
 * apart, so a question asking whether they "sat down" is matched by an article saying they "sit down" and the
 * other way round. The table is general English ({@value #RESOURCE}), read once.
 */
final class VerbForms {

    static final String RESOURCE = "/dev/picket/retrieval/irregular-verbs.txt";

    private static final Map<String, List<String>> FORMS = read();

    private VerbForms() {
    }

    /** The other forms of the verb this analysed term is a form of; empty for any other term. */
    static List<String> others(String term) {
        return FORMS.getOrDefault(term, List.of());
    }

    private static Map<String, List<String>> read() {
        Map<String, Set<String>> forms = new HashMap<>();
        try (InputStream in = VerbForms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Set<String> terms = new LinkedHashSet<>();
                for (String form : line.strip().split("\\s+")) {
                    terms.addAll(QueryTerms.of(form));
                }
                for (String t : terms) {
                    Set<String> others = forms.computeIfAbsent(t, k -> new LinkedHashSet<>());
                    terms.stream().filter(o -> !o.equals(t)).forEach(others::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, List<String>> out = new HashMap<>();
        forms.forEach((term, others) -> {
            if (!others.isEmpty()) {
                out.put(term, List.copyOf(others));
            }
        });
        return Map.copyOf(out);
    }
}
