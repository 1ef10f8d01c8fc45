/**
 * Moderators' changes to the corpus folder, front-end neutral: uploads checked and read as a reload will read
 * them, removals into {@code removed/}; and {@code GET /api/articles}. The folder's conventions themselves are
 * corpus's.
 *
 * <p>May depend on {@code reload}, {@code index}, {@code api} (for the HTTP listing), corpus and Spring. Not on
 * Discord: its commands call this package.
 */
package dev.picket.bot.articles;
