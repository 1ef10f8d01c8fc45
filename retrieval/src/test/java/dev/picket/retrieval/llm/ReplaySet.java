package dev.picket.retrieval.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.picket.retrieval.SearchHit;
import tools.jackson.databind.JsonNode;

/**
 * Model answers written the way real models write them, for questions about the sample corpus, each sentence
 * labelled with what it is: a faithful paraphrase, one drawing on two sources, one that abbreviates or spells out
 * a name, or a hallucination of a given kind; uncovered questions carry the model's refusal or an invented claim.
 * A sentence cites the passages by a fragment of their text, so the set survives changes in retrieval order.
 */
final class ReplaySet {

    /** Sentences that verification should keep. */
    static final Set<String> FAITHFUL = Set.of("faithful", "two-sources", "abbreviation");
    /** Hallucinations that must always be removed: content-only ones are only reported. */
    static final Set<String> MUST_GO = Set.of("new-number", "new-name", "wrong-date", "wrong-source");

    record Sentence(String kind, String text, List<String> fragments) {

        /** The sentence with its markers before the full stop, as models write them. */
        String rendered(List<Integer> numbers, int style) {
            if (numbers.isEmpty()) {
                return text;
            }
            String markers = style % 2 == 0 || numbers.size() == 1
                    ? numbers.stream().map(n -> "[" + n + "]").reduce("", String::concat)
                    : "[" + String.join(", ", numbers.stream().map(String::valueOf).toList()) + "]";
            String body = text.substring(0, text.length() - 1);
            return body + " " + markers + text.substring(text.length() - 1);
        }
    }

    record Item(String question, boolean uncovered, List<Sentence> sentences) {

        /** The answer as the model writes it for these sources; empty when a cited passage is not among them. */
        Rendered render(List<SearchHit> sources) {
            List<String> out = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                List<Integer> numbers = new ArrayList<>();
                for (String f : s.fragments()) {
                    int n = numberOf(sources, f);
                    if (n == 0) {
                        missing.add(f);
                    } else {
                        numbers.add(n);
                    }
                }
                out.add(s.rendered(numbers, i));
            }
            return new Rendered(String.join(" ", out), out, missing);
        }
    }

    record Rendered(String text, List<String> sentences, List<String> missing) {
    }

    private ReplaySet() {
    }

    static List<Item> load() {
        try (InputStream in = ReplaySet.class.getResourceAsStream("replay.jsonl")) {
            List<Item> items = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = LlmStub.JSON.readTree(line);
                List<Sentence> sentences = new ArrayList<>();
                for (JsonNode s : n.get("s")) {
                    List<String> fragments = new ArrayList<>();
                    for (int i = 2; i < s.size(); i++) {
                        fragments.add(s.get(i).asString());
                    }
                    sentences.add(new Sentence(s.get(0).asString(), s.get(1).asString(), fragments));
                }
                items.add(new Item(n.get("q").asString(), n.has("uncovered") && n.get("uncovered").asBoolean(),
                        sentences));
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int numberOf(List<SearchHit> sources, String fragment) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).text().contains(fragment) || sources.get(i).title().contains(fragment)) {
                return i + 1;
            }
        }
        return 0;
    }
}
