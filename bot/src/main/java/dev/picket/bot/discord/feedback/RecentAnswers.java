package dev.picket.bot.discord.feedback;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.picket.bot.discord.ReferenceIds;
import dev.picket.retrieval.Answer;

/**
 * The last answers given, by the id their feedback buttons carry, so a vote can be logged with its question and
 * answer. Bounded: a vote on an answer older than that is logged with the message text instead.
 */
public final class RecentAnswers {

    private final Map<String, AnsweredQuestion> answers;

    public RecentAnswers(int capacity) {
        this.answers = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, AnsweredQuestion> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Keeps the answer and returns the new id it goes by. */
    public String remember(String question, Answer answer) {
        String id = ReferenceIds.randomHex(8);
        synchronized (answers) {
            answers.put(id, new AnsweredQuestion(question, answer));
        }
        return id;
    }

    public Optional<AnsweredQuestion> find(String id) {
        synchronized (answers) {
            return Optional.ofNullable(answers.get(id));
        }
    }

    /** @param question the question as picket searched for it (a follow-up made standalone) */
    public record AnsweredQuestion(String question, Answer answer) {
    }
}
