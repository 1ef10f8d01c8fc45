package dev.picket.retrieval.llm;

import java.util.function.Function;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.AnswerListener;

/**
 * Passes an LLM stream to the listener until it ends, once, as checked sentences only (see {@link CheckedStream}):
 * the rest of the final answer just before it. When the listener's client has gone, the call is cancelled at its
 * next token, so an abandoned stream stops costing a slot and the LLM's time.
 */
final class LlmStreamHandler implements StreamingChatResponseHandler {

    private final StreamEnd once;
    private final CheckedStream checked;
    private final AnswerListener listener;
    private final Function<ChatResponse, Answer> completed;
    private final Function<Throwable, Answer> failed;

    LlmStreamHandler(StreamEnd once, CheckedStream checked, AnswerListener listener,
                     Function<ChatResponse, Answer> completed, Function<Throwable, Answer> failed) {
        this.once = once;
        this.checked = checked;
        this.listener = listener;
        this.completed = completed;
        this.failed = failed;
    }

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        if (listener.gone()) {
            once.abandon();
            context.streamingHandle().cancel();
            return;
        }
        onPartialResponse(partial.text());
    }

    @Override
    public void onPartialResponse(String text) {
        if (text != null && !text.isEmpty()) {
            once.delta(() -> {
                String shown = checked.add(text);
                if (!shown.isEmpty()) {
                    listener.onDelta(shown);
                }
            });
        }
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        once.complete(() -> {
            Answer answer = completed.apply(response);
            String rest = checked.rest(answer);
            if (!rest.isEmpty()) {
                listener.onDelta(rest);
            }
            listener.onComplete(answer);
        });
    }

    @Override
    public void onError(Throwable error) {
        once.complete(() -> listener.onComplete(failed.apply(error)));
    }
}
