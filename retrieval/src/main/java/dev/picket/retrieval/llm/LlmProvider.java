package dev.picket.retrieval.llm;

/** Where answers are written: extractively, offline, or by an LLM behind one of two wire formats. */
public enum LlmProvider {
    /** No LLM: extractive answers. */
    NONE,
    /** Any OpenAI-compatible chat completions server: OpenAI, vLLM, llama.cpp server, LM Studio, OpenRouter. */
    OPENAI,
    /** Ollama's {@code /api/chat}. */
    OLLAMA
}
