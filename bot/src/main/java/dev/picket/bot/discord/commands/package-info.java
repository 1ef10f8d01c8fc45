/**
 * Discord: the registry and routing of slash commands and buttons, and who counts as a moderator.
 *
 * <p>May depend on {@code discord} and JDA.
 */
package dev.picket.bot.discord.commands;
