/**
 * Stage: answers written by an LLM (OpenAI-compatible or Ollama, through LangChain4j) from the retrieved passages,
 * each sentence then checked against the passages it cites, with the extractive answer as the fallback whenever
 * the LLM fails; a circuit breaker and an injected executor bound the calls.
 *
 * <p>May depend on: {@code dev.picket.retrieval} (the API types), {@code dev.picket.retrieval.index} (text
 * analysis), {@code dev.picket.retrieval.answer} (to tell small talk, which no LLM need see), {@code
 * dev.picket.corpus}, LangChain4j and Resilience4j. No Lucene.
 */
package dev.picket.retrieval.llm;

