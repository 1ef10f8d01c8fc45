package dev.picket.bot.discord.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.picket.bot.SampleCorpusCopy;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The sample corpus, plus three articles whose long sentences and headlines make an answer longer than one
 * Discord message (bot/src/test/resources/e2e-articles).
 */
final class E2eCorpus {

    static final String LONG_QUESTION = "What did the porters, cleaners and caterers at Ysbyty Gwynedd say about the ballot?";
    private static final Path EXTRA = Path.of("src/test/resources/e2e-articles");

    private E2eCorpus() {
    }

    /** @return the work folder, as {@link SampleCorpusCopy#serve} */
    static Path serve(DynamicPropertyRegistry registry, Path work) {
        SampleCorpusCopy.serve(registry, work);
        // The long answer these articles are written to give, a long sentence from each, is MiniLM's choice of
        // sentences; these tests check how an answer reaches Discord, not which model found it.
        registry.add("picket.embedding.model", () -> "minilm");
        Path articles = work.resolve("articles");
        try {
            List<String> sources = new ArrayList<>(Files.readAllLines(articles.resolve("sources.csv")));
            List<String> extra = Files.readAllLines(EXTRA.resolve("sources.csv"));
            sources.set(0, extra.getFirst());
            sources.addAll(extra.subList(1, extra.size()));
            Files.write(articles.resolve("sources.csv"), sources, StandardCharsets.UTF_8);
            try (var files = Files.list(EXTRA)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    Files.copy(f, articles.resolve(f.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return work;
    }
}
