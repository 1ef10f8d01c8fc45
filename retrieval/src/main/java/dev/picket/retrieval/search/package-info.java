/**
 * Stage: retrieval and refinement. Finds the passages for a question: BM25 over its terms, kNN over its
 * embedding, or both fused by reciprocal rank; then refiners reorder or thin the list (the time prior, near-
 * duplicate removal) the same way in every mode. What is searched for is analysed once into a
 * {@link dev.picket.retrieval.search.SearchQuery} that every retriever and refiner reads; plain text is analysed on the
 * way in ({@link dev.picket.retrieval.search.QueryRetriever}).
 *
 * <p>May depend on: {@code dev.picket.retrieval} (the API types), {@code dev.picket.retrieval.index} and
 * {@code dev.picket.retrieval.embed}. No Lucene: queries go through {@code PassageIndex} as plain terms and
 * vectors.
 */
package dev.picket.retrieval.search;

