/**
 * Discord: asking by {@code /ask} or a mention, the checks a question passes there, follow-ups and the live,
 * streamed reply.
 *
 * <p>May depend on {@code discord}, its {@code format} and {@code limits}, {@code ask}'s question checks (not its
 * HTTP types), retrieval's API and JDA.
 */
package dev.picket.bot.discord.ask;
