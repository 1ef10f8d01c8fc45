package dev.picket.retrieval.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.SampleIndex;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.answer.EmbeddingSentenceSimilarity;
import dev.picket.retrieval.answer.SentenceSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The replay set ({@link ReplaySet}) through stubs of the OpenAI and the Ollama wire formats, whole and streamed:
 * prints, per kind of sentence, how many verification kept, and asserts the floors. A streamed answer must never
 * show a sentence the final answer removed.
 */
class ReplayTest {

    @RegisterExtension
    static LlmTestBed bed = new LlmTestBed();

    private static final List<ReplaySet.Item> SET = ReplaySet.load();

    @Test
    void should_keep_faithful_sentences_and_remove_hallucinations_when_replaying_model_answers() throws Exception {
        Tally all = new Tally();
        for (LlmProvider provider : List.of(LlmProvider.OPENAI, LlmProvider.OLLAMA)) {
            for (boolean streamed : new boolean[] {false, true}) {
                Tally t = replay(answerer(provider, similarity()), provider, streamed);
                System.out.println(t.report(provider.name().toLowerCase(Locale.ROOT) + (streamed ? " streamed" : " whole")));
                all.add(t);
            }
        }
        System.out.println(all.report("all paths"));
        System.out.println(firstWords());
        System.out.println(closeness("content-only"));
        System.out.println(closeness("faithful"));
        // Without an embedding model (BM25 deployments) words alone decide: printed, not asserted.
        System.out.println(replay(answerer(LlmProvider.OPENAI, null), LlmProvider.OPENAI, false)
                .report("openai whole, words only (no embedding model)"));
        assertThat(all.missing).as("cited passages not among the sources").isEmpty();
        assertThat(all.leaks).as("removed sentences shown while streaming").isEmpty();
        assertThat(all.share(ReplaySet.FAITHFUL)).as("faithful kept").isGreaterThanOrEqualTo(0.95);
        for (String kind : ReplaySet.MUST_GO) {
            assertThat(all.kept.getOrDefault(kind, 0)).as(kind + " kept").isZero();
        }
        assertThat((double) all.llmAnswers / all.answerable).as("answers in LLM mode").isGreaterThanOrEqualTo(0.90);
        assertThat(all.declined).as("uncovered declined").isEqualTo(all.uncovered);
    }

    private Tally replay(LlmAnswerer answerer, LlmProvider provider, boolean streamed) throws Exception {
        Tally t = new Tally();
        for (ReplaySet.Item item : SET) {
            List<SearchHit> sources = SampleLlm.sources(bed.sample, item.question());
            ReplaySet.Rendered r = item.render(sources);
            r.missing().forEach(f -> t.missing.add(item.question() + " <- " + f));
            stub(provider, streamed, r.text());
            Answer answer;
            String visible = null;
            if (streamed) {
                RecordingListener listener = new RecordingListener();
                answerer.answer(item.question(), listener);
                answer = listener.done.get(10, TimeUnit.SECONDS);
                visible = listener.text.toString();
            } else {
                answer = answerer.answer(item.question());
            }
            t.count(item, answer, visible);
        }
        return t;
    }

    /**
     * How much later the first words show now that only checked sentences are streamed: the model deltas (of
     * {@value StreamedReplay#DELTA} characters) and characters read before the first checked text, per answer that
     * shows any, against one delta before.
     */
    private static String firstWords() {
        CitationVerifier verifier = new DefaultCitationVerifier(new SentenceSupport(bed.sample.index::abbreviations,
                new Meaning(similarity())));
        List<Integer> deltasBefore = new ArrayList<>();
        for (ReplaySet.Item item : SET) {
            List<SearchHit> sources = SampleLlm.sources(bed.sample, item.question());
            CheckedStream stream = new CheckedStream(verifier, sources);
            List<String> deltas = StreamedReplay.deltas(item.render(sources).text());
            for (int i = 0; i < deltas.size(); i++) {
                if (!stream.add(deltas.get(i)).isEmpty()) {
                    deltasBefore.add(i + 1);
                    break;
                }
            }
        }
        int[] sorted = deltasBefore.stream().mapToInt(Integer::intValue).sorted().toArray();
        return String.format(Locale.ROOT, "first checked words, %d streamed answers showing any: after a median %d "
                + "model deltas (%d characters), mean %.1f, max %d; unchecked streaming showed the first delta",
                sorted.length, sorted[sorted.length / 2], sorted[sorted.length / 2] * StreamedReplay.DELTA,
                deltasBefore.stream().mapToInt(Integer::intValue).average().orElse(0), sorted[sorted.length - 1]);
    }

    /** The closeness in meaning of each sentence of a kind to the passages it cites, lowest first: printed. */
    private static String closeness(String kind) {
        Meaning meaning = new Meaning(similarity());
        List<String> out = new ArrayList<>();
        for (ReplaySet.Item item : SET) {
            List<SearchHit> sources = SampleLlm.sources(bed.sample, item.question());
            for (ReplaySet.Sentence s : item.sentences()) {
                List<SearchHit> cited = sources.stream().filter(h -> s.fragments().stream()
                        .anyMatch(f -> h.text().contains(f))).toList();
                if (s.kind().equals(kind) && !cited.isEmpty()) {
                    out.add(String.format(Locale.ROOT, "%.2f %s", meaning.of(s.text(), cited).cosine(), s.text()));
                }
            }
        }
        out.sort(null);
        return "closeness in meaning, " + kind + ", lowest first:\n  " + String.join("\n  ",
                out.subList(0, Math.min(out.size(), 6)));
    }

    private static EmbeddingSentenceSimilarity similarity() {
        return new EmbeddingSentenceSimilarity(SampleIndex.embedder(), null);
    }

    private static LlmAnswerer answerer(LlmProvider provider, SentenceSimilarity similarity) {
        return bed.answerer(provider, Duration.ofSeconds(10)).verification(bed.sample.index::abbreviations, similarity)
                .build();
    }

    private static void stub(LlmProvider provider, boolean streamed, String text) {
        bed.llm.resetAll();
        String path = provider == LlmProvider.OPENAI ? "/v1/chat/completions" : "/api/chat";
        String type = !streamed ? "application/json"
                : provider == LlmProvider.OPENAI ? "text/event-stream" : "application/x-ndjson";
        List<String> deltas = StreamedReplay.deltas(text);
        String body = provider == LlmProvider.OPENAI
                ? streamed ? LlmStub.openAiStream(deltas) : LlmStub.openAi(text)
                : streamed ? LlmStub.ollamaStream(deltas) : LlmStub.ollama(text);
        bed.llm.stubFor(post(path).willReturn(aResponse().withStatus(200).withHeader("Content-Type", type)
                .withBody(body)));
    }

    /** What one path did with the set. */
    static final class Tally {
        final Map<String, Integer> total = new TreeMap<>();
        final Map<String, Integer> kept = new TreeMap<>();
        final List<String> missing = new ArrayList<>();
        final List<String> leaks = new ArrayList<>();
        final List<String> removedFaithful = new ArrayList<>();
        final List<String> answeredUncovered = new ArrayList<>();
        final List<String> contentOnly = new ArrayList<>();
        int answerable;
        int llmAnswers;
        int uncovered;
        int declined;

        void count(ReplaySet.Item item, Answer answer, String visible) {
            if (item.uncovered()) {
                uncovered++;
                declined += answer.answered() ? 0 : 1;
                if (answer.answered()) {
                    answeredUncovered.add(item.question() + " <- " + answer.fallbackReason());
                }
            } else {
                answerable++;
                llmAnswers += Answer.LLM.equals(answer.mode()) && answer.answered() ? 1 : 0;
            }
            String text = answer.answered() && Answer.LLM.equals(answer.mode()) ? plain(answer.answer()) : "";
            for (ReplaySet.Sentence s : item.sentences()) {
                String claim = plain(s.text());
                boolean isKept = text.contains(claim);
                if (s.kind().equals("decline")) {
                    continue;
                }
                total.merge(s.kind(), 1, Integer::sum);
                kept.merge(s.kind(), isKept ? 1 : 0, Integer::sum);
                if (!isKept && ReplaySet.FAITHFUL.contains(s.kind())) {
                    removedFaithful.add(s.text() + " <- " + reason(answer, claim));
                }
                if (!isKept && s.kind().equals("content-only")) {
                    contentOnly.add(s.text() + " <- " + reason(answer, claim));
                }
                if (!isKept && visible != null && plain(visible).contains(claim)) {
                    leaks.add(s.text());
                }
            }
        }

        private static String reason(Answer answer, String claim) {
            return answer.unsupported().stream().filter(u -> plain(u.sentence()).contains(claim))
                    .map(Answer.Unsupported::reason).findFirst()
                    .orElse(answer.fallbackReason() == null ? answer.mode() : answer.fallbackReason());
        }

        private static String plain(String text) {
            return text.replaceAll("\\s*\\[[\\d,\\s]+]", "").replaceAll("[.!?]+(\\s|$)", " ").replaceAll("\\s+", " ")
                    .strip();
        }

        double share(java.util.Set<String> kinds) {
            int n = kinds.stream().mapToInt(k -> total.getOrDefault(k, 0)).sum();
            int k = kinds.stream().mapToInt(x -> kept.getOrDefault(x, 0)).sum();
            return n == 0 ? 1 : (double) k / n;
        }

        void add(Tally o) {
            o.total.forEach((k, v) -> total.merge(k, v, Integer::sum));
            o.kept.forEach((k, v) -> kept.merge(k, v, Integer::sum));
            missing.addAll(o.missing);
            leaks.addAll(o.leaks);
            removedFaithful.addAll(o.removedFaithful);
            answeredUncovered.addAll(o.answeredUncovered);
            contentOnly.addAll(o.contentOnly);
            answerable += o.answerable;
            llmAnswers += o.llmAnswers;
            uncovered += o.uncovered;
            declined += o.declined;
        }

        String report(String path) {
            StringBuilder out = new StringBuilder("replay, " + path + ":\n");
            total.forEach((kind, n) -> {
                int k = kept.getOrDefault(kind, 0);
                String what = ReplaySet.FAITHFUL.contains(kind) ? "kept" : "removed";
                int shown = what.equals("kept") ? k : n - k;
                out.append(String.format(Locale.ROOT, "  %-13s %s %d of %d%n", kind, what, shown, n));
            });
            out.append(String.format(Locale.ROOT, "  faithful kept %.1f %%; answers in LLM mode %d of %d; "
                    + "uncovered declined %d of %d%n", 100 * share(ReplaySet.FAITHFUL), llmAnswers, answerable,
                    declined, uncovered));
            missing.forEach(m -> out.append("  context miss: ").append(m).append('\n'));
            removedFaithful.forEach(m -> out.append("  faithful removed: ").append(m).append('\n'));
            contentOnly.stream().distinct().forEach(m -> out.append("  content-only removed: ").append(m).append('\n'));
            answeredUncovered.forEach(m -> out.append("  uncovered, answered: ").append(m).append('\n'));
            leaks.forEach(m -> out.append("  shown while streaming, then removed: ").append(m).append('\n'));
            return out.toString();
        }
    }
}
