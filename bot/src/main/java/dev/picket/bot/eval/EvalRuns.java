package dev.picket.bot.eval;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Semaphore;

import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.eval.EvalQuestion;
import dev.picket.retrieval.eval.EvalRunner;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.WebAsyncTask;

/**
 * Runs evaluations one at a time, each on its own thread rather than a request thread. A run asks every question
 * of its set, which with an LLM can take minutes and cost money, so a second run is refused while one is going,
 * and a run that outlasts the timeout, or whose caller has gone ({@link Heartbeat}), is interrupted: it stops
 * after the question it is on.
 */
@Component
class EvalRuns {

    private final EvalRunner runner;
    private final EvalProperties properties;
    private final Semaphore running = new Semaphore(1);
    private final SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("picket-eval-");

    EvalRuns(Answerer answerer, PassageRetriever retriever, EvalProperties properties) {
        this.runner = new EvalRunner(answerer, retriever);
        this.properties = properties;
        threads.setVirtualThreads(true);
    }

    WebAsyncTask<EvalResponse> start(String set, List<EvalQuestion> questions, Heartbeat heartbeat) {
        if (!running.tryAcquire()) {
            throw new EvalRefusedException(HttpStatus.TOO_MANY_REQUESTS,
                    "an evaluation is already running; try again when it has finished");
        }
        Callable<EvalResponse> run = () -> {
            heartbeat.start(Thread.currentThread());
            try {
                return EvalResponse.of(set, runner.run(questions));
            } catch (CancellationException e) {
                // Stopped by the timeout; whichever of this and the timeout callback answers first, it says the same.
                throw stopped();
            } finally {
                heartbeat.stop();
                running.release();
            }
        };
        WebAsyncTask<EvalResponse> task = new WebAsyncTask<>(properties.timeout().toMillis(), threads, run);
        task.onTimeout(() -> {
            throw stopped();
        });
        return task;
    }

    private EvalRefusedException stopped() {
        return new EvalRefusedException(HttpStatus.SERVICE_UNAVAILABLE, "the evaluation took longer than "
                + properties.timeout().toMillis() / 1000.0 + " s (picket.eval.timeout) and was stopped; "
                + "run fewer questions or allow more time");
    }
}
