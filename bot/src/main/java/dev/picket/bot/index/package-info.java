/**
 * The served index: the {@link dev.picket.bot.index.KnowledgeBase} that opens it and says whether it serves, and
 * the retrieval pipeline built over it from the configuration.
 *
 * <p>May depend on {@code reload}, {@code llm}'s condition, corpus, retrieval and Spring. No front end.
 */
package dev.picket.bot.index;
