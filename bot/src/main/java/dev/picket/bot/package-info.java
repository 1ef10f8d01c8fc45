/**
 * The Spring Boot application: start-up, the start-up report and the configuration converters. The front ends
 * (HTTP in {@code ask}, {@code eval}, {@code timeline}, {@code articles}, {@code admin}; Discord in
 * {@code discord}) sit in sub-packages over the served index in {@code index}.
 *
 * <p>May depend on every package of bot, retrieval's API and Spring.
 */
package dev.picket.bot;
