package dev.picket.bot.discord.limits;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's own bounded executor: a few answers at a time, a bounded queue behind them, and never JDA's event
 * thread. A question that has to wait is told its place in the queue first.
 */
public final class AnswerQueue implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AnswerQueue.class);

    private final int maxConcurrent;
    private final int maxQueued;
    private final ExecutorService executor;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final LongAdder refused = new LongAdder();

    public AnswerQueue(int maxConcurrent, int maxQueued) {
        this.maxConcurrent = maxConcurrent;
        this.maxQueued = maxQueued;
        this.executor = new ThreadPoolExecutor(maxConcurrent, maxConcurrent, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, maxQueued)),
                Thread.ofPlatform().name("picket-discord-answer-", 1).daemon().factory());
    }

    /**
     * Runs the task when a slot is free.
     *
     * @param onQueued called at once, with the number of questions ahead plus one, when the task has to wait
     * @return false when the queue is full and the task will not run
     */
    public boolean submit(Runnable task, IntConsumer onQueued) {
        int ahead = inFlight.getAndIncrement();
        if (ahead >= maxConcurrent + maxQueued) {
            inFlight.decrementAndGet();
            refused.increment();
            return false;
        }
        if (ahead >= maxConcurrent) {
            onQueued.accept(ahead - maxConcurrent + 1);
        }
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("An answer task failed", e);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            inFlight.decrementAndGet();
            refused.increment();
            return false;
        }
    }

    /** Questions waiting for a slot. */
    public int queued() {
        return Math.max(0, inFlight.get() - maxConcurrent);
    }

    /** Questions turned away because the queue was full, so far. */
    public long refused() {
        return refused.sum();
    }

    /** Questions being answered or waiting. */
    public int inFlight() {
        return inFlight.get();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
