/**
 * HTTP: {@code GET /api/timeline}, the dated events of a topic.
 *
 * <p>May depend on {@code api}, {@code index}, retrieval's timeline and Spring web.
 */
package dev.picket.bot.timeline;
