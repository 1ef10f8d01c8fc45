package dev.picket.bot.eval;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.Timings;

/**
 * An answerer that holds each question until the test lets it go, and records what it was asked and whether a
 * held question was interrupted.
 */
final class HeldAnswers implements Answerer {

    final List<String> asked = new CopyOnWriteArrayList<>();
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch interrupted = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public Answer answer(String question) {
        asked.add(question);
        started.countDown();
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted.countDown();
            Thread.currentThread().interrupt();
        }
        return Answer.abstain("held", new Timings(0, 0));
    }
}
