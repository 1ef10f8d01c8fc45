package dev.picket.retrieval.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import dev.picket.corpus.Sentences;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.SampleIndex;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.answer.EmbeddingSentenceSimilarity;
import dev.picket.retrieval.eval.EvalQuestion;
import dev.picket.retrieval.eval.QuestionSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * picket's overhead over the LLM: every dev-set question answered through a stub OpenAI server that takes a
 * fixed 500 ms, timed end to end (retrieval, prompt, HTTP, JSON, verification), and reported as total ÷ 500 ms
 * at p50 and p95, for the plain and the streaming path. A benchmark, not a test: it asserts nothing and runs
 * only when asked:
 * {@code mvn -B -q test -pl bench -am -Dtest=LlmOverheadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dpicket.bench=true}
 */
@EnabledIfSystemProperty(named = "picket.bench", matches = "true")
class LlmOverheadBenchmark {

    private static final int LLM_MS = 500;
    private static final int WARMUP_ROUNDS = 1;
    private static final int ROUNDS = 3;
    private static final int DELTA_MS = 20;

    @RegisterExtension
    static LlmTestBed bed = new LlmTestBed();

    @Test
    void measure_overhead_over_a_500ms_llm() throws Exception {
        SampleIndex sample = bed.sample;
        // -Dpicket.bench.meaning=true adds closeness in meaning to verification, as hybrid mode has it.
        LlmAnswerer answerer = bed.answerer(LlmProvider.OPENAI, Duration.ofSeconds(10))
                .verification(bed.sample.index::abbreviations, Boolean.getBoolean("picket.bench.meaning")
                        ? new EmbeddingSentenceSimilarity(SampleIndex.embedder(), null) : null).build();
        List<String> questions = QuestionSet.dev().stream().filter(q -> !q.expectAbstain())
                .map(EvalQuestion::question).toList();
        List<Double> plain = new ArrayList<>();
        List<Double> streamed = new ArrayList<>();
        int llmAnswers = 0;
        for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
            for (String q : questions) {
                stubReplyFor(sample, q);
                long start = System.nanoTime();
                Answer a = answerer.answer(q);
                double plainMs = (System.nanoTime() - start) / 1e6;
                RecordingListener listener = new RecordingListener();
                start = System.nanoTime();
                answerer.answer(q, listener);
                listener.done.get(10, TimeUnit.SECONDS);
                double streamMs = (System.nanoTime() - start) / 1e6;
                if (round >= WARMUP_ROUNDS) {
                    plain.add(plainMs);
                    streamed.add(streamMs);
                    llmAnswers += Answer.LLM.equals(a.mode()) ? 1 : 0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "LLM overhead, stub LLM with a fixed %d ms delay, %d answers per path "
                + "(%d in llm mode)%s:%n", LLM_MS, plain.size(), llmAnswers,
                Boolean.getBoolean("picket.bench.meaning") ? ", closeness in meaning on" : "");
        report("ask   ", plain);
        report("stream", streamed);
    }

    /**
     * How long the first words take to show now that a stream shows only checked sentences: the replay set's
     * answers streamed in deltas of {@value StreamedReplay#DELTA} characters, one every {@value #DELTA_MS} ms
     * (about 60 tokens a second), timed from the question to the first visible text and to the final answer.
     * Unchecked, the first text showed with the model's first delta, {@value #DELTA_MS} ms in.
     */
    @Test
    void measure_delay_to_the_first_checked_words() throws Exception {
        LlmAnswerer answerer = bed.answerer(LlmProvider.OPENAI, Duration.ofSeconds(30))
                .verification(bed.sample.index::abbreviations, null).build();
        List<Double> first = new ArrayList<>();
        List<Double> whole = new ArrayList<>();
        for (ReplaySet.Item item : ReplaySet.load()) {
            String text = item.render(SampleLlm.sources(bed.sample, item.question())).text();
            List<String> deltas = StreamedReplay.deltas(text);
            bed.llm.resetAll();
            bed.llm.stubFor(post("/v1/chat/completions").willReturn(aResponse()
                    .withHeader("Content-Type", "text/event-stream").withBody(LlmStub.openAiStream(deltas))
                    .withChunkedDribbleDelay(deltas.size() + 2, (deltas.size() + 2) * DELTA_MS)));
            long start = System.nanoTime();
            long[] firstAt = {0};
            RecordingListener listener = new RecordingListener() {
                @Override
                public synchronized void onDelta(String delta) {
                    if (firstAt[0] == 0) {
                        firstAt[0] = System.nanoTime();
                    }
                    super.onDelta(delta);
                }
            };
            answerer.answer(item.question(), listener);
            listener.done.get(30, TimeUnit.SECONDS);
            whole.add((System.nanoTime() - start) / 1e6);
            if (firstAt[0] != 0) {
                first.add((firstAt[0] - start) / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "First checked words, %d replayed answers streamed at one %d-character delta "
                + "per %d ms (%d showing any text):%n", whole.size(), StreamedReplay.DELTA, DELTA_MS, first.size());
        millis("first words", first);
        millis("final      ", whole);
    }

    /** The model "answers" with the first sentence of source 1, cited, so verification keeps it. */
    private static void stubReplyFor(SampleIndex sample, String question) {
        List<SearchHit> sources = SampleLlm.sources(sample, question);
        String sentence = sources.isEmpty() ? "The sources don't answer that."
                : Sentences.split(sources.get(0).text().split("\\n")[0]).get(0) + " [1]";
        bed.llm.resetAll();
        bed.llm.stubFor(post("/v1/chat/completions").willReturn(aResponse().withFixedDelay(LLM_MS)
                .withHeader("Content-Type", "application/json").withBody(LlmStub.openAi(sentence))));
        bed.llm.stubFor(post("/v1/chat/completions").withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .willReturn(aResponse().withFixedDelay(LLM_MS).withHeader("Content-Type", "text/event-stream")
                        .withBody(LlmStub.openAiStream(List.of(sentence)))));
    }

    private static void report(String path, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double p50 = percentile(sorted, 50);
        double p95 = percentile(sorted, 95);
        System.out.printf(Locale.ROOT, "  %s p50 %.1f ms = %.3f x 500 ms (overhead %.1f ms); "
                        + "p95 %.1f ms = %.3f x 500 ms (overhead %.1f ms); max %.1f ms%n", path, p50, p50 / LLM_MS,
                p50 - LLM_MS, p95, p95 / LLM_MS, p95 - LLM_MS, sorted[sorted.length - 1]);
    }

    private static void millis(String what, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "  %s p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", what, percentile(sorted, 50),
                percentile(sorted, 95), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
