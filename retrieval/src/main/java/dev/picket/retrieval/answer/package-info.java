/**
 * Stage: the offline, extractive answer. Weighs the retrieved passages' evidence (the question's terms by idf,
 * domain equivalents, closeness in meaning), abstains below a calibrated threshold, chooses the sentences to quote
 * and numbers their citations; the timeline lists the events of a topic the same way.
 *
 * <p>May depend on: {@code dev.picket.retrieval} (the API types), {@code dev.picket.retrieval.index} (statistics,
 * neighbours, text analysis), {@code dev.picket.retrieval.embed}, {@code dev.picket.retrieval.search} (time
 * intent) and {@code dev.picket.corpus} (sentence splitting, the corpus's abbreviations). No Lucene.
 */
package dev.picket.retrieval.answer;

