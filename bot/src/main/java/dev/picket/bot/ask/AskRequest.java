package dev.picket.bot.ask;

import java.util.ArrayList;
import java.util.List;

import dev.picket.bot.api.BadRequestException;
import dev.picket.retrieval.Turn;

/**
 * The body of {@code POST /api/ask}: the question and, for a follow-up, the earlier turns of the conversation,
 * oldest first as a chat client keeps them.
 */
record AskRequest(String question, List<HistoryTurn> history) {

    /** Enough turns to carry a conversation's topic; older ones rarely matter to a follow-up. */
    static final int MAX_TURNS = 10;
    /** An earlier answer is context for the rewrite, not something to search: a long one is refused. */
    static final int MAX_ANSWER = 4_000;

    /** @param answer what picket said; may be left out */
    record HistoryTurn(String question, String answer) {
    }

    /** The history checked as the question is, most recent first as answerers take it. */
    List<Turn> turns() {
        if (history == null || history.isEmpty()) {
            return List.of();
        }
        if (history.size() > MAX_TURNS) {
            throw new BadRequestException("history has " + history.size() + " turns; the limit is " + MAX_TURNS);
        }
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            HistoryTurn t = history.get(i);
            String where = "history[" + i + "]";
            if (t == null) {
                throw new BadRequestException(where + " is missing");
            }
            String question = Questions.check(t.question())
                    .orElseThrow(reason -> new BadRequestException(where + ".question: " + reason));
            if (t.answer() != null && t.answer().length() > MAX_ANSWER) {
                throw new BadRequestException(where + ".answer is " + t.answer().length()
                        + " characters long; the limit is " + MAX_ANSWER);
            }
            turns.add(new Turn(question, t.answer() == null || t.answer().isBlank() ? null : t.answer().strip()));
        }
        return List.copyOf(turns.reversed());
    }
}
