package dev.picket.bot.ask;

/** The body of {@code POST /api/ask}. */
record AskRequest(String question) {
}
