/**
 * Evaluation: {@code POST /api/eval} and the {@code eval} command-line profile, running a question set against
 * the served pipeline.
 *
 * <p>May depend on {@code api}, {@code ask}'s question checks, {@code index}, {@code reload}, retrieval's API and
 * eval, and Spring.
 */
package dev.picket.bot.eval;
