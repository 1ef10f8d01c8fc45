package dev.picket.bot.ask;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.AnswerListener;
import dev.picket.retrieval.Citation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Writes a streamed answer as server-sent events: {@code sources} ({@code {"sources": [...]}}), then
 * {@code delta} ({@code {"text": "..."}}), then {@code final} with the same JSON as {@code /api/ask}; or
 * {@code error} ({@code {"error": "..."}}). Every payload is JSON, so line breaks in text can't split an event.
 */
final class SseAnswerListener implements AnswerListener {

    private static final Logger log = LoggerFactory.getLogger(SseAnswerListener.class);

    private final SseEmitter emitter;
    private volatile boolean gone;

    SseAnswerListener(SseEmitter emitter) {
        this.emitter = emitter;
        // Whichever way the stream ends for the client, the answerer stops writing it and cancels its LLM call.
        emitter.onCompletion(() -> gone = true);
        emitter.onTimeout(() -> gone = true);
        emitter.onError(e -> gone = true);
    }

    @Override
    public boolean gone() {
        return gone;
    }

    @Override
    public void onSources(List<Citation> sources) {
        send("sources", Map.of("sources", AnswerResponse.Source.of(sources)));
    }

    @Override
    public void onDelta(String text) {
        send("delta", Map.of("text", text));
    }

    @Override
    public void onComplete(Answer answer) {
        if (send("final", AnswerResponse.of(answer))) {
            emitter.complete();
        }
    }

    @Override
    public void onError(Throwable error) {
        log.error("Streaming an answer failed", error);
        if (send("error", Map.of("error", "picket hit an unexpected error; the log has the details"))) {
            emitter.complete();
        }
    }

    // A client that went away is not an error of picket's; the rest of its stream is dropped.
    private synchronized boolean send(String event, Object data) {
        try {
            emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
            return true;
        } catch (IOException | IllegalStateException left) {
            log.debug("The client left before the {} event", event);
            gone = true;
            return false;
        }
    }
}
