/**
 * Discord: the {@code /about} command, what picket is and how it answers.
 *
 * <p>May depend on {@code discord} and JDA.
 */
package dev.picket.bot.discord.about;
