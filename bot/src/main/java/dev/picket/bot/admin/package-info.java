/**
 * HTTP, operators: {@code POST /api/admin/reload} and {@code POST /api/eval} behind bearer tokens.
 *
 * <p>May depend on {@code reload}, corpus's types and Spring web. Not on Discord.
 */
package dev.picket.bot.admin;
