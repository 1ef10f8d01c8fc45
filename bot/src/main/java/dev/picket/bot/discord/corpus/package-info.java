/**
 * Discord, moderators: {@code /reload}, adding and removing articles, and how their reports read.
 *
 * <p>May depend on {@code discord}, {@code articles}, {@code reload}, corpus's types and JDA.
 */
package dev.picket.bot.discord.corpus;
