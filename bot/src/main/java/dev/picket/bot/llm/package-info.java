/**
 * The optional LLM: {@code picket.llm.*}, bound once into {@link dev.picket.bot.llm.LlmProperties}, the condition
 * that switches it on, the LLM answerer's wiring and its health.
 *
 * <p>May depend on retrieval (its LLM stage), Resilience4j and Spring. No front end and no other package of bot.
 */
package dev.picket.bot.llm;
