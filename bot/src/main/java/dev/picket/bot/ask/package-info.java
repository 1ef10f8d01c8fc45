/**
 * Asking: the checks every question passes whatever its front end ({@link dev.picket.bot.ask.Questions}, which
 * throws nothing a front end must know), and the HTTP endpoints {@code /api/ask}, {@code /api/ask/stream} and
 * {@code /api/search} with their wire format.
 *
 * <p>May depend on {@code api}, {@code index}, {@code llm} (for its timeout), {@code metrics}, retrieval's API and
 * Spring web. Not on Discord, which uses only the question checks.
 */
package dev.picket.bot.ask;
