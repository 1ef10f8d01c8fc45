package dev.picket.bot.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.picket.bot.CorpusFolder;
import dev.picket.bot.ServedCorpus;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.search.Bm25Retriever;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers query without pause while reloads rewrite half the corpus in a loop. Every rewritten article carries
 * the number of the round that wrote it, so a result that mixed two index generations would show two numbers.
 */
class ReloadConcurrencyTest {

    private static final int READERS = 6;
    private static final int ROUNDS = 25;
    private static final int EDITED = 8;
    private static final Pattern ROUND = Pattern.compile("bulletin number (\\d+)");

    @TempDir
    Path tmp;

    @Test
    void should_answer_every_query_from_one_generation_when_reloads_run_in_a_loop() throws Exception {
        ServedCorpus served = ServedCorpus.in(tmp);
        CorpusFolder corpus = served.corpus;
        for (int i = 0; i < 16; i++) {
            corpus.article("steady" + i + ".txt", CorpusFolder.prose(1000 + i, 200));
        }
        writeRound(corpus, 0);
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong queries = new AtomicLong();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        Set<Integer> roundsSeen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (served) {
            ReloadService reloads = served.reloads;
            assertThat(reloads.reload().join().succeeded()).isTrue();
            Bm25Retriever retriever = new Bm25Retriever(served.index);
            ExecutorService pool = Executors.newFixedThreadPool(READERS);
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(pool.submit(() -> {
                    int lastRound = -1;
                    while (!done.get()) {
                        try {
                            List<SearchHit> hits = retriever.retrieve("bulletin number nurses strike", 30);
                            Set<Integer> rounds = rounds(hits);
                            if (hits.isEmpty() || rounds.size() != 1) {
                                problems.add("a result held rounds " + rounds + " (" + hits.size() + " hits)");
                            } else if (rounds.iterator().next() < lastRound) {
                                problems.add("round went back from " + lastRound + " to " + rounds);
                            } else {
                                lastRound = rounds.iterator().next();
                                roundsSeen.add(lastRound);
                            }
                            queries.incrementAndGet();
                        } catch (RuntimeException e) {
                            problems.add("query failed: " + e);
                        }
                    }
                }));
            }
            for (int round = 1; round <= ROUNDS; round++) {
                writeRound(corpus, round);
                ReloadReport report = reloads.reload().join();
                assertThat(report.succeeded()).as(report.error()).isTrue();
                assertThat(report.changed()).hasSize(EDITED);
                assertThat(report.unchanged()).isEqualTo(16);
            }
            done.set(true);
            for (Future<?> f : readers) {
                f.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }

        assertThat(problems).isEmpty();
        assertThat(queries.get()).isGreaterThan(ROUNDS);
        // The readers saw the index move on, not one generation throughout.
        assertThat(roundsSeen.size()).isGreaterThan(1);
    }

    private static void writeRound(CorpusFolder corpus, int round) {
        for (int i = 0; i < EDITED; i++) {
            corpus.article("edited" + i + ".txt", "This is bulletin number " + round + " from the picket line.\n\n"
                    + CorpusFolder.prose(i, 120));
        }
    }

    private static Set<Integer> rounds(List<SearchHit> hits) {
        Set<Integer> rounds = new TreeSet<>();
        for (SearchHit h : hits) {
            Matcher m = ROUND.matcher(h.text());
            if (m.find()) {
                rounds.add(Integer.parseInt(m.group(1)));
            }
        }
        return rounds;
    }
}
