/**
 * Stage: the index. The passages of the corpus in Lucene: the schema (each field's indexing explained in
 * {@code Schema}), the one writer and incremental sync ({@link dev.picket.retrieval.index.IndexSync}), searches of
 * the last commit (BM25 term queries with the headline rescoring, kNN, lookups), the vocabulary and spelling
 * correction, statistics, the embedding cache beside the index folder, the text analysis that turns user text
 * into terms ({@link dev.picket.retrieval.index.QueryTerms}), and what answering needs of each passage worked out
 * once at index time ({@link dev.picket.retrieval.index.PassageFeatures}: sentences, their terms, shingle
 * hashes). {@link dev.picket.retrieval.index.PassageIndex} is the facade; the rest is package-private.
 *
 * <p>May depend on: Lucene, {@code dev.picket.corpus}, {@code dev.picket.retrieval} (the API types) and
 * {@code dev.picket.retrieval.embed}. The only package that imports {@code org.apache.lucene}: every other
 * package reaches Lucene through this one, with plain terms, vectors and ids.
 */
package dev.picket.retrieval.index;

