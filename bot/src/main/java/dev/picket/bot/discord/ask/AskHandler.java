package dev.picket.bot.discord.ask;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.picket.bot.discord.ReferenceIds;
import dev.picket.bot.discord.feedback.RecentAnswers;
import dev.picket.bot.discord.format.AnswerFormatter;
import dev.picket.bot.discord.format.Reply;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.AnswerListener;
import dev.picket.retrieval.Citation;
import dev.picket.retrieval.StreamingAnswerer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one question asked in Discord, free of JDA: a question and its reply chain in, the messages to show
 * out. A streaming answerer's text is shown as it arrives, at most once per edit interval, until the verified
 * answer replaces it. Runs on the caller's thread, which it holds until the answer is shown.
 */
public final class AskHandler {

    private static final Logger log = LoggerFactory.getLogger(AskHandler.class);

    private final StreamingAnswerer answerer;
    private final boolean showProgress;
    private final FollowUpRewriter rewriter;
    private final AnswerFormatter formatter;
    private final RecentAnswers recent;
    private final Clock clock;
    private final Duration editInterval;
    private final Duration timeout;

    private AskHandler(Builder b) {
        this.answerer = Objects.requireNonNull(b.answerer, "answerer");
        this.showProgress = b.showProgress;
        this.rewriter = Objects.requireNonNull(b.rewriter, "rewriter");
        this.formatter = Objects.requireNonNull(b.formatter, "formatter");
        this.recent = Objects.requireNonNull(b.recent, "recent");
        this.clock = b.clock;
        this.editInterval = b.editInterval;
        this.timeout = b.timeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Shows the answer through {@code view}, which is called once per update; its last call is the final answer
     * (or a failure message with a reference id that the log holds too).
     */
    public void handle(AskContext context, Consumer<Reply> view) {
        String question = context.isFollowUp()
                ? rewriter.standalone(context.question(), context.earlier()) : context.question();
        Stream stream = new Stream(question, context.quoteQuestion() ? context.question() : null, view);
        try {
            // With its turns, an LLM answerer rewrites the follow-up itself; the offline one combines them so.
            answerer.answer(context.question(), context.turns(), stream);
            stream.done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stream.onError(new TimeoutException("no answer within " + timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stream.onError(e);
        } catch (ExecutionException | RuntimeException e) {
            stream.onError(e);
        }
    }

    /** Receives the answer's events and shows them; the events may come from the answerer's own thread. */
    private final class Stream implements AnswerListener {

        final CompletableFuture<Void> done = new CompletableFuture<>();
        private final String question;
        private final String quoted;
        private final Consumer<Reply> view;
        private final EditThrottle throttle = new EditThrottle(clock, editInterval);
        private final StringBuilder text = new StringBuilder();
        private List<Citation> sources = List.of();

        Stream(String question, String quoted, Consumer<Reply> view) {
            this.question = question;
            this.quoted = quoted;
            this.view = view;
        }

        @Override
        public synchronized void onSources(List<Citation> sources) {
            this.sources = List.copyOf(sources);
            showProgress();
        }

        @Override
        public synchronized void onDelta(String delta) {
            text.append(delta);
            showProgress();
        }

        @Override
        public synchronized void onComplete(Answer answer) {
            if (!done.isDone()) {
                // Feedback is kept with what was searched: an LLM's rewrite of a follow-up, when there was one.
                String searched = answer.searchedFor() == null ? question : answer.searchedFor();
                finish(() -> formatter.answer(quoted, answer, recent.remember(searched, answer)));
            }
        }

        @Override
        public synchronized void onError(Throwable error) {
            if (!done.isDone()) {
                String ref = ReferenceIds.next();
                log.error("Answering failed [ref {}]", ref, error);
                finish(() -> formatter.failure(ref));
            }
        }

        private void finish(Supplier<Reply> reply) {
            try {
                view.accept(reply.get());
            } catch (RuntimeException e) {
                String ref = ReferenceIds.next();
                log.error("Showing the answer failed [ref {}]", ref, e);
                try {
                    view.accept(formatter.failure(ref));
                } catch (RuntimeException again) {
                    log.warn("Showing the failure message [ref {}] failed too: {}", ref, again.toString());
                }
            }
            done.complete(null);
        }

        private void showProgress() {
            if (!showProgress || done.isDone() || !throttle.tryEdit()) {
                return;
            }
            try {
                view.accept(formatter.progress(quoted, text.toString(), sources));
            } catch (RuntimeException e) {
                // The final answer replaces this anyway; one lost edit is not worth the answer.
                log.warn("Showing a streamed answer's progress failed: {}", e.toString());
            }
        }
    }

    public static final class Builder {
        private StreamingAnswerer answerer;
        private boolean showProgress;
        private FollowUpRewriter rewriter;
        private AnswerFormatter formatter;
        private RecentAnswers recent = new RecentAnswers(1_000);
        private Clock clock = Clock.systemUTC();
        private Duration editInterval = Duration.ofSeconds(1);
        private Duration timeout = Duration.ofMinutes(2);

        /** @param showProgress whether to show text as it streams (LLM mode) or only the final answer */
        public Builder answerer(StreamingAnswerer answerer, boolean showProgress) {
            this.answerer = answerer;
            this.showProgress = showProgress;
            return this;
        }

        public Builder rewriter(FollowUpRewriter rewriter) {
            this.rewriter = rewriter;
            return this;
        }

        public Builder formatter(AnswerFormatter formatter) {
            this.formatter = formatter;
            return this;
        }

        public Builder recent(RecentAnswers recent) {
            this.recent = recent;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder editInterval(Duration editInterval) {
            this.editInterval = editInterval;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public AskHandler build() {
            return new AskHandler(this);
        }
    }
}
