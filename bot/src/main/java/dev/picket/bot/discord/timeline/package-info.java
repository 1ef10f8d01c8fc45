/**
 * {@code /timeline} and {@code /latest}: the dispute's dated events from retrieval's {@code Timeline}, the code
 * behind {@code GET /api/timeline}, as pages with ◀ ▶ buttons.
 *
 * <p>May depend on {@code discord}'s {@code Outgoing}, {@code commands}, {@code format}, {@code limits} and
 * {@code ask}'s gate, retrieval's API and JDA. Nothing depends on it but the wiring.
 */
package dev.picket.bot.discord.timeline;
