/**
 * Stage: answers written by an LLM (OpenAI-compatible or Ollama, through LangChain4j) from the retrieved passages,
 * each sentence then checked against the passages it cites (numbers, dates, names through the corpus's
 * abbreviations, word forms, closeness in meaning), streamed only as checked sentences; picket declines when the
 * model finds nothing in its sources, and answers extractively when the LLM fails or nothing it wrote stands and the
 * extractive answer clears its own bar. A follow-up is first rewritten into a question that stands alone, its
 * earlier turns made plain as untrusted text. A circuit breaker, a bulkhead and an injected executor bound every
 * call, the rewrite's included.
 *
 * <p>May depend on: {@code dev.picket.retrieval} (the API types), {@code dev.picket.retrieval.index} (text
 * analysis), {@code dev.picket.retrieval.answer} (to tell small talk, which no LLM need see, and closeness in
 * meaning), {@code dev.picket.corpus}, LangChain4j and Resilience4j. No Lucene.
 */
package dev.picket.retrieval.llm;
