/**
 * Bringing the served index in line with the corpus folder: the one reload service, whatever asks (start-up,
 * HTTP, Discord, the folder watcher), and its report.
 *
 * <p>May depend on corpus, retrieval's index and Spring. No front end.
 */
package dev.picket.bot.reload;
