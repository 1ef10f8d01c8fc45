/**
 * Discord, the second front end: the bot's connection, its settings and the wiring of its commands. Starts only
 * with a {@code DISCORD_TOKEN}.
 *
 * <p>May depend on its sub-packages, {@code index}, {@code reload}, {@code articles}, {@code metrics},
 * {@code llm}'s properties, corpus and retrieval's API, JDA and Spring. Nothing outside {@code discord} depends on it.
 */
package dev.picket.bot.discord;
