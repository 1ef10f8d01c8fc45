package dev.picket.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import dev.picket.bot.reload.ReloadService;
import dev.picket.corpus.CorpusReader;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.PassageIndex;
import dev.picket.retrieval.search.Bm25Retriever;

/** A corpus folder, its index and the reload service between them, in a test's temporary folder. */
public final class ServedCorpus implements AutoCloseable {

    public final CorpusFolder corpus;
    public final PassageIndex index;
    public final ReloadService reloads;

    private ServedCorpus(Path tmp, UnaryOperator<ReloadService.Builder> options) {
        corpus = new CorpusFolder(tmp.resolve("articles"));
        index = PassageIndex.open(tmp.resolve("index"));
        reloads = options.apply(ReloadService.builder().reader(CorpusReader.builder().build()).corpusDir(corpus.dir)
                .index(index)).build();
    }

    public static ServedCorpus in(Path tmp) {
        return new ServedCorpus(tmp, b -> b);
    }

    /** With the reload service's builder changed, e.g. to hook into syncs or read with other limits. */
    public static ServedCorpus in(Path tmp, UnaryOperator<ReloadService.Builder> options) {
        return new ServedCorpus(tmp, options);
    }

    public List<SearchHit> search(String question, int maxHits) {
        return new Bm25Retriever(index).retrieve(question, maxHits);
    }

    @Override
    public void close() {
        reloads.close();
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
