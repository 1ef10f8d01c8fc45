package dev.picket.retrieval.llm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.rag.query.Metadata;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.rag.query.transformer.CompressingQueryTransformer;
import dev.picket.retrieval.Turn;
import dev.picket.retrieval.answer.ExtractiveAnswerer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a follow-up ("and when did they end?") into a question that stands alone, with LangChain4j's
 * {@link CompressingQueryTransformer} over the conversation, so retrieval searches for what is meant rather than
 * for "they". When the model fails, its circuit is open, or it replies with nothing usable, the follow-up is
 * combined with the earlier questions as offline ({@link Turn#combined}).
 */
final class FollowUpRewriter {

    private static final Logger log = LoggerFactory.getLogger(FollowUpRewriter.class);
    /** An earlier answer is cut to this many characters: its topic is in its first sentences. */
    static final int MAX_ANSWER = 600;

    private final CompressingQueryTransformer transformer;

    FollowUpRewriter(ChatModel model, FollowUpPrompt prompt) {
        this.transformer = new CompressingQueryTransformer(model, prompt.template());
    }

    /** @param history the earlier turns, most recent first */
    String standalone(String followUp, List<Turn> history, CircuitBreaker breaker) {
        if (history.isEmpty() || ExtractiveAnswerer.isSmallTalk(followUp)) {
            return followUp;
        }
        String offline = Turn.combined(followUp, history, Turn.MAX_QUESTION);
        CircuitBreaker.State state = breaker.getState();
        if (state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN) {
            return offline;
        }
        try {
            Collection<Query> rewritten = transformer.transform(Query.from(followUp,
                    Metadata.from(UserMessage.from(followUp), followUp, memory(history))));
            String text = rewritten.isEmpty() ? "" : plain(rewritten.iterator().next().text());
            return text.isEmpty() ? offline : text;
        } catch (RuntimeException e) {
            log.warn("Rewriting a follow-up failed, so it is combined with the earlier questions: {}", e.toString());
            return offline;
        }
    }

    /** The conversation oldest first, as LangChain4j's chat memory. */
    private static List<ChatMessage> memory(List<Turn> history) {
        List<ChatMessage> memory = new ArrayList<>();
        for (Turn turn : history.reversed()) {
            memory.add(UserMessage.from(turn.question()));
            if (turn.answer() != null && !turn.answer().isBlank()) {
                String a = turn.answer().strip();
                memory.add(AiMessage.from(a.length() <= MAX_ANSWER ? a : a.substring(0, MAX_ANSWER) + "…"));
            }
        }
        return memory;
    }

    /** The first line of the model's reply without quotes around it, no longer than a question may be. */
    static String plain(String reply) {
        String line = reply.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        line = line.replaceAll("^[\"'“”‘’]+|[\"'“”‘’]+$", "").strip();
        return line.length() <= Turn.MAX_QUESTION ? line : line.substring(0, Turn.MAX_QUESTION);
    }
}
