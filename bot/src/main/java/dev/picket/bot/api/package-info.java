/**
 * HTTP, shared: the error body, the mapping of every failure to a status, and the body size limit, for all the
 * {@code /api} endpoints.
 *
 * <p>May depend on {@code index} (for its not-serving exception) and Spring web; on no endpoint package, so each
 * of those may depend on it.
 */
package dev.picket.bot.api;
