/**
 * Evaluation: the bundled question sets (dev, paraphrased, dev2, natural and the natural
 * held-out set), running them through an answerer and a
 * retriever, and the metrics and abstention calibration the report prints, mode by mode.
 *
 * <p>May depend on: {@code dev.picket.retrieval} (the API types and the pipeline), {@code
 * dev.picket.retrieval.answer}, {@code dev.picket.retrieval.index} and {@code dev.picket.retrieval.embed}. No
 * Lucene.
 */
package dev.picket.retrieval.eval;

