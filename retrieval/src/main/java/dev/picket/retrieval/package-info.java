/**
 * Retrieval and answering, the API {@code bot/} uses: the stage interfaces ({@link dev.picket.retrieval.PassageRetriever},
 * {@link dev.picket.retrieval.Answerer}, {@link dev.picket.retrieval.StreamingAnswerer}), what they return
 * ({@link dev.picket.retrieval.SearchHit}, {@link dev.picket.retrieval.Answer}, {@link dev.picket.retrieval.Citation},
 * {@link dev.picket.retrieval.Timings}) and {@link dev.picket.retrieval.RetrievalPipeline}, which assembles the
 * stages for an index, an embedder and a {@link dev.picket.retrieval.RetrievalMode}.
 *
 * <p>Stages, each a subpackage: {@code index} (the Lucene index: schema, sync, searches, vocabulary, embedding
 * cache), {@code embed} (text to vectors), {@code search} (BM25, vector and hybrid retrieval, refiners),
 * {@code answer} (the extractive answerer and the timeline), {@code llm} (answers written by an LLM) and
 * {@code eval} (question sets and their metrics).
 *
 * <p>May depend on: the JDK, Jackson annotations and, for {@code RetrievalPipeline} alone, the stage packages.
 * The stages depend on the API types here, never the other way round (bar the assembler). No Spring, no JDA.
 */
package dev.picket.retrieval;

