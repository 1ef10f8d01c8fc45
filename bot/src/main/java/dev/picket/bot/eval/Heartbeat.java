package dev.picket.bot.eval;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;

/**
 * Finds out whether an evaluation's caller is still there. Tomcat does not notice a closed connection while a
 * request waits for its answer without writing, so every {@code picket.eval.heartbeat} a space is written ahead
 * of the JSON (which JSON allows); the first write that fails stops the run. The first space commits the
 * response as {@code 200}, so a run stopped after that reports its error in the body only.
 */
final class Heartbeat {

    private static final ScheduledExecutorService BEATS = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("picket-eval-heartbeat").factory());

    private final HttpServletResponse response;
    private final Duration every;
    private ScheduledFuture<?> beating;
    private boolean stopped;

    Heartbeat(HttpServletResponse response, Duration every) {
        this.response = response;
        this.every = every;
    }

    /** Beats until {@link #stop}; interrupts {@code run} once the caller has gone. */
    synchronized void start(Thread run) {
        long millis = every.toMillis();
        beating = BEATS.scheduleWithFixedDelay(() -> beat(run), millis, millis, TimeUnit.MILLISECONDS);
    }

    private synchronized void beat(Thread run) {
        if (stopped) {
            return;
        }
        try {
            if (!response.isCommitted()) {
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            }
            ServletOutputStream out = response.getOutputStream();
            out.write(' ');
            out.flush();
        } catch (IOException | IllegalStateException gone) {
            stopped = true;
            beating.cancel(false);
            run.interrupt();
        }
    }

    /** Stops beating; once it returns, no beat writes any more, so the answer can be written. */
    synchronized void stop() {
        stopped = true;
        if (beating != null) {
            beating.cancel(false);
        }
    }
}
