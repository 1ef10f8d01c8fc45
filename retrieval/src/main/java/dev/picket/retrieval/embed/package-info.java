/**
 * Stage: embedding. Texts to unit-length vectors whose cosine reflects closeness in meaning: the in-process
 * models (MiniLM, BGE small), each with the {@link dev.picket.retrieval.embed.Calibration} of its cosines and its
 * way of embedding a question, a memo for repeated questions, and the vector arithmetic the other stages share.
 *
 * <p>May depend on: LangChain4j's in-process embedding model and the ONNX Runtime it runs on. Nothing else of
 * picket: the index, the retrievers and the answerer depend on this package, not the other way round.
 */
package dev.picket.retrieval.embed;

