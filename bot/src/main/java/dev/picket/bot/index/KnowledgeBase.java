package dev.picket.bot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import dev.picket.bot.reload.ReloadReport;
import dev.picket.bot.reload.ReloadService;
import dev.picket.corpus.BoilerplateRules;
import dev.picket.corpus.CorpusReader;
import dev.picket.retrieval.embed.PassageEmbedder;
import dev.picket.retrieval.index.PassageIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The served index and the corpus it was built from. The persisted index is searchable as soon as it opens; the
 * reload against the corpus folder runs on its own thread, so start-up never waits for it and queries keep being
 * answered from the last commit while it runs. An unchanged corpus makes that reload a no-op.
 */
@Component
public class KnowledgeBase implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

    private final PassageIndex index;
    private final ReloadService reloads;

    KnowledgeBase(CorpusProperties corpus, IndexProperties indexProperties, Clock clock,
                  ObjectProvider<PassageEmbedder> embedder) {
        CorpusReader reader = CorpusReader.builder().boilerplateRules(rules(corpus.boilerplate()))
                .maxFileBytes(corpus.maxFileSize().toBytes()).clock(clock).build();
        // Without an embedder (bm25 mode) the index holds no vectors and no model is loaded.
        // Sentence vectors are written at sync so answers weigh sentences by meaning without embedding them.
        this.index = PassageIndex.open(indexProperties.dir(), embedder.getIfAvailable(), true);
        this.reloads = ReloadService.builder().reader(reader).corpusDir(corpus.dir()).index(index).clock(clock)
                .build();
        log.info("Index at {} opened with {} passages (generation {}); corpus folder is {}",
                indexProperties.dir().toAbsolutePath(), index.passageCount(), index.generation(),
                corpus.dir().toAbsolutePath());
    }

    // Once the app is ready rather than as soon as it has started: the persisted index already answers, and
    // reading a large folder (100k files) would otherwise compete for the cores with the end of start-up.
    @EventListener(ApplicationReadyEvent.class)
    void syncOnStart() {
        reloads.reload();
    }

    /** Re-reads the corpus folder and brings the index in line with it; completes with the reload's report. */
    public CompletableFuture<ReloadReport> sync() {
        return reloads.reload();
    }

    public PassageIndex index() {
        return index;
    }

    public ReloadService reloads() {
        return reloads;
    }

    /** The corpus listing of the last successful sync, or empty while the first one runs. */
    public Optional<ReloadService.Loaded> loaded() {
        return reloads.loaded();
    }

    /** Why the last sync failed, or empty when it did not. */
    public Optional<String> lastError() {
        return reloads.last().filter(r -> !r.succeeded()).map(ReloadReport::error);
    }

    /** Questions can be answered: a sync has finished, or a persisted index already holds passages. */
    public boolean isServing() {
        return reloads.loaded().isPresent() || index.passageCount() > 0;
    }

    /**
     * Returns when questions can be answered.
     *
     * @throws NotServingException saying whether the first build is still running or failed
     */
    public void requireServing() {
        if (!isServing()) {
            throw new NotServingException(lastError().map(e -> "the index could not be built: " + e)
                    .orElseGet(this::stillIndexing));
        }
    }

    /** What a question is told while the first build runs: that it runs, and how far it has got. */
    public String stillIndexing() {
        return reloads.progress().map(p -> "The articles are still being indexed (" + p.done() + " of " + p.total()
                + "); please try again in a moment.")
                .orElse("The articles are still being indexed; please try again in a moment.");
    }

    @Override
    public void destroy() throws IOException {
        reloads.close();
        long generation = index.generation();
        index.close();
        // Operators (and the shutdown test) read this to know the next start reopens the index as committed.
        log.info("Index closed cleanly at generation {}", generation);
    }

    private static BoilerplateRules rules(Path extra) {
        try {
            return extra == null ? BoilerplateRules.defaults() : BoilerplateRules.defaultsPlus(extra);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the boilerplate rules in " + extra + ": " + e.getMessage(), e);
        }
    }
}
