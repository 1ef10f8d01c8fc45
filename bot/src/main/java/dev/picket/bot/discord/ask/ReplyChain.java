package dev.picket.bot.discord.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.picket.bot.discord.format.DiscordText;
import dev.picket.retrieval.Turn;

/**
 * The memory of a conversation is its reply chain in Discord: a user replies to an answer, which replies to the
 * question before, which may reply to an earlier answer. Answers that stand apart from their question (slash
 * commands, threads) carry it quoted on their first line.
 */
public final class ReplyChain {

    private final int maxQuestions;

    public ReplyChain(int maxQuestions) {
        this.maxQuestions = maxQuestions;
    }

    /** The earlier questions that {@code message} follows up, most recent first; empty when it starts afresh. */
    public List<String> earlierQuestions(ChatMessage message) {
        return earlierTurns(message).stream().map(Turn::question).toList();
    }

    /** The earlier questions with the answers given to them, most recent first, for an LLM to rewrite from. */
    public List<Turn> earlierTurns(ChatMessage message) {
        List<Turn> turns = new ArrayList<>();
        Optional<ChatMessage> answer = message.repliedTo().filter(ChatMessage::fromBot);
        while (answer.isPresent() && turns.size() < maxQuestions) {
            String said = answer.get().content();
            Optional<String> quoted = quotedQuestion(said);
            if (quoted.isPresent()) {
                int end = said.indexOf('\n');
                turns.add(new Turn(quoted.get(), end < 0 || said.substring(end).isBlank() ? null
                        : said.substring(end + 1).strip()));
                break;
            }
            Optional<ChatMessage> question = answer.get().repliedTo().filter(m -> !m.fromBot());
            if (question.isEmpty() || question.get().content().isBlank()) {
                break;
            }
            turns.add(new Turn(question.get().content().strip(), said.isBlank() ? null : said.strip()));
            answer = question.get().repliedTo().filter(ChatMessage::fromBot);
        }
        return List.copyOf(turns);
    }

    static Optional<String> quotedQuestion(String answer) {
        if (!answer.startsWith("> ")) {
            return Optional.empty();
        }
        int end = answer.indexOf('\n');
        String line = answer.substring(2, end < 0 ? answer.length() : end).strip();
        if (line.endsWith("…")) {
            line = line.substring(0, line.length() - 1);
        }
        return line.isEmpty() ? Optional.empty() : Optional.of(DiscordText.unescape(line));
    }
}
