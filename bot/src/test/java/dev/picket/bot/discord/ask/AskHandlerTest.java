package dev.picket.bot.discord.ask;

import static dev.picket.bot.discord.Fixtures.answer;
import static dev.picket.bot.discord.Fixtures.citation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.picket.bot.discord.Fixtures;
import dev.picket.bot.discord.MutableClock;
import dev.picket.bot.discord.feedback.RecentAnswers;
import dev.picket.bot.discord.format.AnswerFormatter;
import dev.picket.bot.discord.format.MessageSplitter;
import dev.picket.bot.discord.format.Reply;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.Citation;
import dev.picket.retrieval.StreamingAnswerer;
import dev.picket.retrieval.Turn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class AskHandlerTest {

    private static final Citation SOURCE = citation(1, "Sky News", LocalDate.of(2022, 12, 19), "Troops", null);
    private static final Answer ANSWER = answer("1,200 troops were deployed [1].", SOURCE);

    private final MutableClock clock = new MutableClock();
    private final AnswerFormatter formatter = new AnswerFormatter(new MessageSplitter(), () -> Fixtures.CORPUS);
    private final RecentAnswers recent = new RecentAnswers(10);
    private final List<Reply> shown = new ArrayList<>();

    @Test
    void should_edit_at_most_once_per_second_when_text_streams() {
        StreamingAnswerer llm = (question, listener) -> {
            listener.onSources(List.of(SOURCE));
            for (String[] step : new String[][] {{"200", "1,200 "}, {"300", "troops "}, {"600", "were "},
                    {"400", "deployed "}, {"800", "[1]."}}) {
                clock.advance(Duration.ofMillis(Long.parseLong(step[0])));
                listener.onDelta(step[1]);
            }
            listener.onComplete(ANSWER);
        };

        handler(llm, true).handle(AskContext.of("How many troops?"), shown::add);

        // Edits at 0 ms (sources), 1,100 ms and 2,300 ms; the deltas at 200, 500 and 1,500 ms wait for the next.
        assertThat(shown).extracting(Reply::first).containsExactly(
                formatter.progress(null, "", List.of(SOURCE)).first(),
                formatter.progress(null, "1,200 troops were ", List.of(SOURCE)).first(),
                formatter.progress(null, "1,200 troops were deployed [1].", List.of(SOURCE)).first(),
                formatter.answer(null, ANSWER, "id").first());
        assertThat(shown.getLast().feedbackId()).isNotNull();
        assertThat(recent.find(shown.getLast().feedbackId())).hasValueSatisfying(a -> {
            assertThat(a.question()).isEqualTo("How many troops?");
            assertThat(a.answer()).isEqualTo(ANSWER);
        });
    }

    @Test
    void should_show_only_the_final_answer_when_the_answerer_does_not_stream() {
        handler(StreamingAnswerer.of(q -> ANSWER), false).handle(AskContext.of("How many troops?"), shown::add);

        assertThat(shown).extracting(Reply::first).containsExactly(formatter.answer(null, ANSWER, "x").first());
    }

    @Test
    void should_ask_a_standalone_question_when_following_up() {
        List<String> asked = new ArrayList<>();
        StreamingAnswerer recording = StreamingAnswerer.of(q -> {
            asked.add(q);
            return ANSWER;
        });

        handler(recording, false).handle(new AskContext("When did they arrive?",
                List.of(Turn.of("How many troops were deployed?")), false), shown::add);

        assertThat(asked).containsExactly("When did they arrive? How many troops were deployed?");
        assertThat(recent.find(shown.getLast().feedbackId()).orElseThrow().question())
                .isEqualTo("When did they arrive? How many troops were deployed?");
    }

    @Test
    void should_keep_feedback_with_the_rewrite_when_the_answerer_rewrote_the_follow_up() {
        // As an LLM answerer does: it searches its own standalone question and says so in the answer.
        StreamingAnswerer rewriting = StreamingAnswerer.withHistory((question, history, listener) ->
                listener.onComplete(ANSWER.withSearchedFor(question, "When did the troops arrive?")));

        handler(rewriting, false).handle(new AskContext("When did they arrive?",
                List.of(Turn.of("How many troops were deployed?")), false), shown::add);

        assertThat(recent.find(shown.getLast().feedbackId()).orElseThrow().question())
                .isEqualTo("When did the troops arrive?");
    }

    @Test
    void should_quote_the_question_as_asked_when_the_context_wants_it() {
        handler(StreamingAnswerer.of(q -> ANSWER), false).handle(new AskContext("and when?", List.of(Turn.of("troops?")),
                true), shown::add);

        assertThat(shown.getLast().first()).startsWith("> and when?\n1,200 troops");
    }

    @Test
    void should_show_a_reference_that_the_log_also_has_when_answering_fails(CapturedOutput output) {
        handler(StreamingAnswerer.of(q -> {
            throw new IllegalStateException("index on fire");
        }), false).handle(AskContext.of("How many troops?"), shown::add);

        assertThat(shown).hasSize(1);
        String message = shown.getFirst().first();
        String ref = message.replaceAll("(?s).*`([0-9a-f]{8})`.*", "$1");
        assertThat(ref).hasSize(8);
        assertThat(output.getAll()).contains("[ref " + ref + "]").contains("index on fire");
        assertThat(shown.getFirst().hasFeedback()).isFalse();
    }

    @Test
    void should_show_a_failure_message_when_discord_refuses_the_answer() {
        handler(StreamingAnswerer.of(q -> ANSWER), false).handle(AskContext.of("How many troops?"), reply -> {
            if (reply.hasFeedback()) {
                throw new IllegalStateException("Discord said no");
            }
            shown.add(reply);
        });

        assertThat(shown).singleElement().extracting(Reply::first).asString().startsWith("Sorry, something went wrong");
    }

    @Test
    void should_fail_kindly_when_the_answer_never_comes() {
        AskHandler handler = AskHandler.builder().answerer((q, listener) -> { }, true)
                .rewriter(new DefaultFollowUpRewriter(1000)).formatter(formatter).recent(recent).clock(clock)
                .timeout(Duration.ofMillis(50)).build();

        handler.handle(AskContext.of("How many troops?"), shown::add);

        assertThat(shown).singleElement().extracting(Reply::first).asString().startsWith("Sorry, something went wrong");
    }

    @Test
    void should_ignore_events_after_the_end_when_a_stream_misbehaves() {
        StreamingAnswerer sloppy = (question, listener) -> {
            listener.onComplete(ANSWER);
            clock.advance(Duration.ofSeconds(5));
            listener.onDelta("late text");
            listener.onError(new IllegalStateException("late error"));
        };

        handler(sloppy, true).handle(AskContext.of("How many troops?"), shown::add);

        assertThat(shown).singleElement().extracting(Reply::hasFeedback).isEqualTo(true);
    }

    private AskHandler handler(StreamingAnswerer answerer, boolean stream) {
        return AskHandler.builder().answerer(answerer, stream).rewriter(new DefaultFollowUpRewriter(1000))
                .formatter(formatter).recent(recent).clock(clock).build();
    }
}
