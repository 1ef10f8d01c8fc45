/**
 * Discord: the thumbs up and down under an answer, stored as JSON lines with hashed user ids.
 *
 * <p>May depend on {@code discord}, retrieval's answer types, Jackson, JDA and Spring.
 */
package dev.picket.bot.discord.feedback;
