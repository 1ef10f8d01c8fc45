package dev.picket.retrieval.llm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.RetrievalMode;
import dev.picket.retrieval.SampleIndex;
import dev.picket.retrieval.eval.ContextRecall;
import dev.picket.retrieval.eval.EvalReport;
import dev.picket.retrieval.eval.EvalRunner;
import dev.picket.retrieval.eval.QuestionSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opt-in: the dev set against a real model, named by PICKET_REAL_LLM_URL, PICKET_REAL_LLM_MODEL and
 * PICKET_REAL_LLM_KIND ({@code openai} for any OpenAI-compatible server, the URL including /v1; or {@code ollama}),
 * with PICKET_REAL_LLM_API_KEY if the server wants one. Skipped when the URL is unset, so no build needs a model.
 * Prints the eval report, the share of answers left in LLM mode and the context recall; asserts nothing, since
 * what a model writes is the thing being looked at.
 */
class RealModelTest {

    @Test
    void should_report_the_dev_set_when_a_real_model_is_named(@TempDir Path dir) {
        String url = System.getenv("PICKET_REAL_LLM_URL");
        assumeTrue(url != null && !url.isBlank(), "PICKET_REAL_LLM_URL is unset");
        LlmProvider kind = LlmProvider.valueOf(System.getenv().getOrDefault("PICKET_REAL_LLM_KIND", "openai")
                .strip().toUpperCase(Locale.ROOT));
        LlmSettings settings = new LlmSettings(kind, url, System.getenv("PICKET_REAL_LLM_MODEL"),
                System.getenv("PICKET_REAL_LLM_API_KEY"), Duration.ofSeconds(120), 0.1, 500, Duration.ofSeconds(5));
        try (SampleIndex sample = SampleIndex.withVectors(dir)) {
            PassageRetriever retriever = sample.retriever(RetrievalMode.HYBRID);
            // The bot's defaults: picket.llm.passages, broad-passages and max-context-tokens.
            PassageContentRetriever context = PassageContentRetriever.builder().retriever(retriever).maxResults(5)
                    .broadResults(10).maxContextTokens(3000).build();
            LlmAnswerer answerer = LlmAnswerer.builder().contentRetriever(context).chatModel(LlmModels.chat(settings))
                    .fallback(sample.answerer(RetrievalMode.HYBRID)).timeout(settings.timeout())
                    .executor(Runnable::run).build();
            EvalReport report = new EvalRunner(answerer, retriever).run(QuestionSet.dev());
            long llm = report.results().stream().map(r -> r.answer())
                    .filter(a -> Answer.LLM.equals(a.mode()) && a.fallbackReason() == null).count();
            System.out.println(report.format());
            System.out.printf(Locale.ROOT, "LLM mode           %.1f %% (%d/%d) with %s %s%n",
                    100.0 * llm / report.results().size(), llm, report.results().size(), kind, settings.model());
            System.out.println(ContextRecall.measure(QuestionSet.dev(), context::sources).format());
        }
    }
}
