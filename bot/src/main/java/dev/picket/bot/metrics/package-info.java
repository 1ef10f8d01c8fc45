/**
 * Metrics an operator graphs (docs/operations.md): answers by front end, mode and outcome, retrieval and LLM time,
 * the LLM breaker and its tokens, reloads. Micrometer, scraped at {@code /actuator/prometheus}.
 *
 * <p>May depend on {@code reload}, retrieval's API, Resilience4j's breaker, LangChain4j's chat model listener and Micrometer; {@code ask} and
 * {@code discord} depend on it.
 */
package dev.picket.bot.metrics;
