package dev.picket.retrieval.llm;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.injector.ContentInjector;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.AnswerListener;
import dev.picket.retrieval.Timings;
import dev.picket.retrieval.Turn;

/**
 * What goes into the model, before it writes: a follow-up made a question that stands alone, the passages
 * retrieved for the question, and the request that frames them as numbered sources under the system prompt.
 */
final class Prompting {

    private final ContentRetriever retriever;
    private final ContentInjector injector;
    private final SystemPrompt systemPrompt;
    private final FollowUpRewriter rewriter;
    private final Clock clock;

    Prompting(ContentRetriever retriever, ContentInjector injector, SystemPrompt systemPrompt,
              FollowUpRewriter rewriter, Clock clock) {
        this.retriever = Objects.requireNonNull(retriever, "contentRetriever");
        this.injector = injector == null ? new NumberedSourcesInjector() : injector;
        this.systemPrompt = systemPrompt == null ? SystemPrompt.builtIn() : systemPrompt;
        this.rewriter = rewriter;
        this.clock = clock;
    }

    /**
     * The answer to a follow-up: {@code answerer}'s to what it is made to stand alone as, saying so.
     *
     * @param history the earlier turns, most recent first
     */
    Answer followUp(String question, List<Turn> history, Function<String, Answer> answerer) {
        String searched = rewriter.standalone(question, history);
        return answerer.apply(searched).withSearchedFor(question, searched);
    }

    /** As {@link #followUp(String, List, Function)}, streamed. */
    void followUp(String question, List<Turn> history, AnswerListener listener,
                  BiConsumer<String, AnswerListener> answerer) {
        String searched = rewriter.standalone(question, history);
        answerer.accept(searched, AnswerListener.searching(question, searched, listener));
    }

    LlmAnswerer.Sources sources(String question) {
        long start = System.nanoTime();
        List<Content> contents = retriever.retrieve(Query.from(question));
        return new LlmAnswerer.Sources(contents, contents.stream().map(PassageContentRetriever::hit).toList(),
                Timings.millisSince(start));
    }

    ChatRequest request(String question, LlmAnswerer.Sources sources) {
        ChatMessage user = injector.inject(sources.contents(), UserMessage.from(question));
        return ChatRequest.builder()
                .messages(SystemMessage.from(systemPrompt.render(LocalDate.now(clock))), user)
                .build();
    }
}
