/**
 * Discord: how an answer, its sources and the corpus summary read in messages within Discord's limits.
 *
 * <p>May depend on corpus's and retrieval's types and JDA; on no other package of bot.
 */
package dev.picket.bot.discord.format;
