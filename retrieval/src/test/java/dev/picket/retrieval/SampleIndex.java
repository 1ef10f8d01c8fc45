package dev.picket.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.picket.corpus.Corpus;
import dev.picket.corpus.CorpusReader;
import dev.picket.retrieval.answer.ExtractiveAnswerer;
import dev.picket.retrieval.answer.Scope;
import dev.picket.retrieval.embed.MemoisingEmbedder;
import dev.picket.retrieval.embed.Model;
import dev.picket.retrieval.embed.PassageEmbedder;
import dev.picket.retrieval.index.PassageIndex;
import dev.picket.retrieval.search.Bm25Retriever;

/** The bundled sample corpus, indexed into a test's temporary folder (at {@code index} inside it). */
public final class SampleIndex implements AutoCloseable {

    /** Surefire runs in the module folder; the sample corpus is a sibling module's. */
    public static final Path ARTICLES = Path.of("../corpus/articles");

    /** One model per test JVM: loading ONNX Runtime and the model is the slow part. */
    private static final PassageEmbedder EMBEDDER = new MemoisingEmbedder(Model.DEFAULT.embedder());

    public final Corpus corpus;
    public final PassageIndex index;
    public final Bm25Retriever retriever;

    /** Other sectors' strikes (rail, teachers, Border Force…): the same words, other facts. Made up for tests. */
    public static final String DISTRACTORS = "/dev/picket/retrieval/distractors";

    private SampleIndex(Path dir, PassageEmbedder embedder) {
        this(dir, embedder, ARTICLES);
    }

    private SampleIndex(Path dir, PassageEmbedder embedder, Path articles) {
        this.corpus = CorpusReader.builder().build().read(articles);
        // Inside dir, never at it: the embedding cache sits beside the index folder, so it stays in dir too.
        this.index = PassageIndex.open(dir.resolve("index"), embedder, true);
        index.sync(corpus);
        this.retriever = new Bm25Retriever(index);
    }

    /** A BM25-only index of the sample corpus. */
    public static SampleIndex in(Path dir) {
        return new SampleIndex(dir, null);
    }

    /** The sample corpus with passage vectors from the shared embedder of the default model. */
    public static SampleIndex withVectors(Path dir) {
        return new SampleIndex(dir, EMBEDDER);
    }

    /** The sample corpus and the distractor articles in one folder inside dir, with passage vectors. */
    public static SampleIndex withDistractors(Path dir) {
        try {
            Path folder = Files.createDirectories(dir.resolve("articles"));
            Path distractors = Path.of(SampleIndex.class.getResource(DISTRACTORS).toURI());
            copyArticles(ARTICLES, folder);
            copyArticles(distractors, folder);
            List<String> rows = new ArrayList<>(Files.readAllLines(ARTICLES.resolve("sources.csv")));
            List<String> more = Files.readAllLines(distractors.resolve("sources.csv"));
            rows.addAll(more.subList(1, more.size()));
            Files.write(folder.resolve("sources.csv"), rows);
            return new SampleIndex(dir, EMBEDDER, folder);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot lay out the sample corpus with distractors: " + e, e);
        }
    }

    private static void copyArticles(Path from, Path to) throws IOException {
        try (var files = Files.list(from)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
    }

    public static PassageEmbedder embedder() {
        return EMBEDDER;
    }

    public PassageRetriever retriever(RetrievalMode mode) {
        return pipeline(mode).retriever();
    }

    public ExtractiveAnswerer answerer(RetrievalMode mode) {
        return pipeline(mode).answerer();
    }

    /** The answerer of a mode whose subject is {@code scope} rather than NHS strikes. */
    public ExtractiveAnswerer answerer(RetrievalMode mode, Scope scope) {
        return RetrievalPipeline.builder().index(index).embedder(EMBEDDER).mode(mode).scope(scope).build()
                .answerer();
    }

    private RetrievalPipeline pipeline(RetrievalMode mode) {
        return RetrievalPipeline.builder().index(index).embedder(EMBEDDER).mode(mode).build();
    }

    public ExtractiveAnswerer answerer() {
        return ExtractiveAnswerer.builder().retriever(retriever).stats(index).build();
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
