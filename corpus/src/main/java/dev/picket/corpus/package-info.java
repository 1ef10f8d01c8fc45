/**
 * Stage 1, reading: turns a corpus folder into cleaned articles split into passages. Owns the folder's
 * conventions: which files are articles ({@link dev.picket.corpus.CorpusFiles}), how each is read
 * ({@link dev.picket.corpus.ArticleFormat}), its id ({@link dev.picket.corpus.Article#idOf}) and the
 * {@code sources.csv} sidecar, read and edited ({@link dev.picket.corpus.Sidecar}).
 *
 * <p>May depend on the JDK, jsoup, commonmark, Jackson CSV and SLF4J only: no Spring, no JDA, nothing of picket.
 */
package dev.picket.corpus;
