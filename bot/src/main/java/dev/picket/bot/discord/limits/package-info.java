/**
 * Discord: how many questions a user may ask and how many answers are written at once.
 *
 * <p>May depend on Bucket4j and Spring configuration only.
 */
package dev.picket.bot.discord.limits;
