package dev.picket.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import dev.picket.corpus.Corpus;
import dev.picket.corpus.CorpusReader;

/** The bundled sample corpus, indexed into a test's temporary folder. */
public final class SampleIndex implements AutoCloseable {

    /** Surefire runs in the module folder; the sample corpus is a sibling module's. */
    public static final Path ARTICLES = Path.of("../corpus/articles");

    public final Corpus corpus;
    public final PassageIndex index;
    public final Bm25Retriever retriever;

    private SampleIndex(Path dir) {
        this.corpus = CorpusReader.builder().build().read(ARTICLES);
        this.index = PassageIndex.open(dir);
        index.sync(corpus);
        this.retriever = new Bm25Retriever(index);
    }

    public static SampleIndex in(Path dir) {
        return new SampleIndex(dir);
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
