package dev.picket.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.picket.corpus.CorpusReader;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.Citation;
import dev.picket.retrieval.RetrievalMode;
import dev.picket.retrieval.RetrievalPipeline;
import dev.picket.retrieval.embed.MemoisingEmbedder;
import dev.picket.retrieval.embed.Model;
import dev.picket.retrieval.embed.PassageEmbedder;
import dev.picket.retrieval.eval.EvalQuestion;
import dev.picket.retrieval.eval.QuestionSet;
import dev.picket.retrieval.index.PassageIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every eval set's extractive answers (text and cited passages), in bm25 and hybrid mode on the sample corpus,
 * written to {@code -Dpicket.dump=FILE}: a speed change is checked by diffing two dumps. Not a test: it asserts
 * nothing and its name does not end in Test. See bench/README.md.
 */
class AnswerDump {

    @Test
    void dump(@TempDir Path work) throws Exception {
        Path out = Path.of(System.getProperty("picket.dump", "answers.txt")).toAbsolutePath();
        Map<String, List<EvalQuestion>> sets = new LinkedHashMap<>();
        sets.put("dev", QuestionSet.dev());
        sets.put("paraphrased", QuestionSet.paraphrased());
        sets.put("dev2", QuestionSet.dev2());
        sets.put("natural", QuestionSet.natural());
        sets.put("natural-dev3", QuestionSet.naturalDev3());
        sets.put("natural-dev4", QuestionSet.naturalDev4());
        sets.put("natural-heldout", QuestionSet.naturalHeldOut());
        sets.put("natural-fresh", QuestionSet.naturalFresh());
        sets.put("natural-fresh2", QuestionSet.naturalFresh2());
        // The tuning sets of sessions 5 to 11, so a speed change is checked on every kind of question they ask.
        sets.put("natural-dev5", QuestionSet.naturalDev5());
        sets.put("natural-dev6", QuestionSet.naturalDev6());
        sets.put("natural-dev7", QuestionSet.naturalDev7());
        sets.put("natural-dev8", QuestionSet.naturalDev8());
        sets.put("natural-fresh6", QuestionSet.naturalFresh6());
        sets.put("natural-fresh7", QuestionSet.naturalFresh7());
        sets.put("natural-fresh8", QuestionSet.naturalFresh8());
        StringBuilder text = new StringBuilder();
        PassageEmbedder embedder = new MemoisingEmbedder(Model.DEFAULT.embedder());
        try (PassageIndex index = PassageIndex.open(work.resolve("index"), embedder)) {
            index.sync(CorpusReader.builder().build().read(Path.of("../corpus/articles")));
            for (RetrievalMode mode : List.of(RetrievalMode.BM25, RetrievalMode.HYBRID)) {
                RetrievalPipeline pipeline = RetrievalPipeline.builder().index(index).embedder(embedder).mode(mode)
                        .build();
                sets.forEach((name, questions) -> questions.forEach(q -> {
                    Answer a = pipeline.answerer().answer(q.question());
                    text.append("== ").append(mode).append(' ').append(name).append(' ').append(q.id()).append(": ")
                            .append(q.question()).append('\n').append(a.mode()).append(a.answered() ? " " : " declined ")
                            .append(a.answer()).append('\n');
                    for (Citation c : a.citations()) {
                        text.append("  [").append(c.n()).append("] ").append(c.passageId()).append('\n');
                    }
                }));
            }
        }
        Files.writeString(out, text);
        System.out.println("answers written to " + out);
    }
}
