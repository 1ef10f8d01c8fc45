package dev.picket.bot.discord.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import dev.picket.retrieval.Turn;
import org.junit.jupiter.api.Test;

class ReplyChainTest {

    private final ReplyChain chain = new ReplyChain(3);

    @Test
    void should_find_no_earlier_question_when_the_message_replies_to_nothing() {
        assertThat(chain.earlierQuestions(user("How many troops?", null))).isEmpty();
    }

    @Test
    void should_find_no_earlier_question_when_the_message_replies_to_another_user() {
        assertThat(chain.earlierQuestions(user("and when?", user("How many troops?", null)))).isEmpty();
    }

    @Test
    void should_follow_the_chain_back_through_answers_when_replies_nest() {
        ChatMessage q1 = user("How many troops were deployed?", null);
        ChatMessage a1 = bot("1,200 troops [1].", q1);
        ChatMessage q2 = user("When did they start?", a1);
        ChatMessage a2 = bot("On 21 December [1].", q2);
        ChatMessage q3 = user("and where?", a2);

        assertThat(chain.earlierQuestions(q3)).containsExactly("When did they start?",
                "How many troops were deployed?");
    }

    @Test
    void should_read_the_quoted_question_when_the_answer_came_from_a_slash_command() {
        ChatMessage answer = bot("> How many \\*troops\\* were deployed?\n1,200 troops [1].", null);

        assertThat(chain.earlierQuestions(user("when?", answer))).containsExactly("How many *troops* were deployed?");
    }

    @Test
    void should_keep_the_answers_too_when_an_llm_rewrites_the_follow_up() {
        ChatMessage q1 = user("How many troops were deployed?", null);
        ChatMessage q2 = user("and when?", bot("1,200 troops [1].", q1));
        ChatMessage quoted = user("why?", bot("> When did they start?\nOn 21 December [1].", null));

        assertThat(chain.earlierTurns(q2)).containsExactly(new Turn("How many troops were deployed?",
                "1,200 troops [1]."));
        assertThat(chain.earlierTurns(quoted)).containsExactly(new Turn("When did they start?", "On 21 December [1]."));
    }

    @Test
    void should_stop_at_the_limit_when_the_chain_is_long() {
        ChatMessage message = user("q0", null);
        for (int i = 1; i <= 6; i++) {
            message = user("q" + i, bot("answer " + i, message));
        }

        assertThat(new ReplyChain(2).earlierQuestions(message)).containsExactly("q5", "q4");
    }

    private static ChatMessage user(String content, ChatMessage repliedTo) {
        return new Fake(false, content, repliedTo);
    }

    private static ChatMessage bot(String content, ChatMessage repliedTo) {
        return new Fake(true, content, repliedTo);
    }

    private record Fake(boolean fromBot, String content, ChatMessage replied) implements ChatMessage {
        @Override
        public Optional<ChatMessage> repliedTo() {
            return Optional.ofNullable(replied);
        }
    }
}
