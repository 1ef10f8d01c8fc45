package dev.picket.bot.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.picket.bot.index.KnowledgeBase;
import dev.picket.bot.llm.LlmProperties;
import dev.picket.bot.reload.ReloadReport;
import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.embed.PassageEmbedder;
import dev.picket.retrieval.llm.PassageContentRetriever;
import dev.picket.retrieval.eval.ContextRecall;
import dev.picket.retrieval.eval.EvalQuestion;
import dev.picket.retrieval.eval.EvalReport;
import dev.picket.retrieval.eval.EvalRunner;
import dev.picket.retrieval.eval.ModeComparison;
import dev.picket.retrieval.eval.QuestionSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code picket eval [paraphrased | dev2 | natural | natural-heldout | natural-fresh | natural-fresh2 |
 * natural-fresh3 | natural-fresh4 | natural-fresh5 | natural-fresh6 | natural-fresh7 | natural-fresh8 |
 * natural-fresh9 | natural-fresh10 | natural-fresh11 | natural-dev3 | natural-dev4 | natural-dev5 | natural-dev6 | natural-dev7 |
 * natural-dev8 |
 * questions.jsonl]}: syncs the index, asks every question of the set (the bundled dev set when no file is given,
 * a bundled set by name) through the configured answerer and prints the metrics and the context recall of what an
 * LLM is given, then runs the set through every retrieval mode the index supports, offline and extractive, and
 * prints them side by side with each mode's abstention calibration.
 */
@Component
@Profile(EvalCommand.NAME)
public class EvalCommand implements ApplicationRunner, ExitCodeGenerator {

    public static final String NAME = "eval";
    /** The bundled sets by the name the command takes; the natural held-out and fresh sets are only reported. */
    static final Map<String, Supplier<List<EvalQuestion>>> SETS = Map.ofEntries(
            set("paraphrased", QuestionSet::paraphrased), set("dev2", QuestionSet::dev2),
            set("natural", QuestionSet::natural), set("natural-heldout", QuestionSet::naturalHeldOut),
            set("natural-fresh", QuestionSet::naturalFresh), set("natural-fresh2", QuestionSet::naturalFresh2),
            set("natural-fresh3", QuestionSet::naturalFresh3), set("natural-fresh4", QuestionSet::naturalFresh4),
            set("natural-fresh5", QuestionSet::naturalFresh5), set("natural-fresh6", QuestionSet::naturalFresh6),
            set("natural-fresh7", QuestionSet::naturalFresh7), set("natural-fresh8", QuestionSet::naturalFresh8),
            set("natural-fresh9", QuestionSet::naturalFresh9),
            set("natural-fresh10", QuestionSet::naturalFresh10),
            set("natural-fresh11", QuestionSet::naturalFresh11),
            set("natural-dev3", QuestionSet::naturalDev3), set("natural-dev4", QuestionSet::naturalDev4),
            set("natural-dev5", QuestionSet::naturalDev5), set("natural-dev6", QuestionSet::naturalDev6),
            set("natural-dev7", QuestionSet::naturalDev7), set("natural-dev8", QuestionSet::naturalDev8));

    private final KnowledgeBase knowledge;
    private final Answerer answerer;
    private final PassageRetriever retriever;
    private final PassageEmbedder embedder;
    private final PassageContentRetriever context;
    private int exitCode;

    EvalCommand(KnowledgeBase knowledge, Answerer answerer, PassageRetriever retriever,
                ObjectProvider<PassageEmbedder> embedder, LlmProperties llm) {
        this.knowledge = knowledge;
        this.context = llm.contentRetriever(retriever);
        this.answerer = answerer;
        this.retriever = retriever;
        this.embedder = embedder.getIfAvailable();
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            ReloadReport reload = knowledge.sync().join();
            if (!reload.succeeded()) {
                throw new IllegalStateException("the index could not be brought in line with the corpus: "
                        + reload.error());
            }
            List<String> files = args.getNonOptionArgs();
            List<EvalQuestion> questions = files.isEmpty() ? QuestionSet.dev()
                    : SETS.containsKey(files.get(0)) ? SETS.get(files.get(0)).get()
                    : QuestionSet.read(Path.of(files.get(0)));
            String name = files.isEmpty() ? "dev set" : files.get(0);
            EvalReport report = new EvalRunner(answerer, retriever).run(questions);
            System.out.println(report.format());
            // What an LLM would be given, with or without one configured: it cannot cite what it never sees.
            System.out.println(ContextRecall.measure(questions, context::sources).format());
            System.out.println(ModeComparison.format(name + " (" + questions.size() + " questions), offline extractive",
                    ModeComparison.run(knowledge.index(), embedder, questions)));
        } catch (RuntimeException e) {
            System.err.println("eval failed: " + e.getMessage());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    // Map.of stops at ten pairs; the sets outgrew it.
    private static Map.Entry<String, Supplier<List<EvalQuestion>>> set(String name,
                                                                       Supplier<List<EvalQuestion>> questions) {
        return Map.entry(name, questions);
    }
}
