/**
 * Discord: the {@code /sources} command, the corpus listing in pages.
 *
 * <p>May depend on {@code discord}, corpus's types and JDA.
 */
package dev.picket.bot.discord.sources;
