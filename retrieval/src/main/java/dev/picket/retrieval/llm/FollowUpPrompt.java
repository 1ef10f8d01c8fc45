package dev.picket.retrieval.llm;

import java.nio.file.Path;

import dev.langchain4j.model.input.PromptTemplate;

/**
 * How the LLM is asked to turn a follow-up into a question that stands alone: a template with LangChain4j's
 * {@code {{chatMemory}}} (the conversation) and {@code {{query}}} (the follow-up), read from a file an operator
 * can edit ({@code config/prompts/rewrite.txt}), or the jar's copy of it when there is no such file.
 */
public final class FollowUpPrompt {

    static final String BUILT_IN = "rewrite.txt";

    private final PromptTemplate template;

    private FollowUpPrompt(String text) {
        if (!text.contains("{{query}}") || !text.contains("{{chatMemory}}")) {
            throw new IllegalArgumentException("the follow-up prompt must hold {{chatMemory}} and {{query}}");
        }
        this.template = PromptTemplate.from(text);
    }

    public static FollowUpPrompt of(String template) {
        return new FollowUpPrompt(template);
    }

    /** The template in the file, or the built-in one when the file does not exist. */
    public static FollowUpPrompt load(Path file) {
        return new FollowUpPrompt(SystemPrompt.read(file, BUILT_IN, "follow-up prompt"));
    }

    PromptTemplate template() {
        return template;
    }
}
