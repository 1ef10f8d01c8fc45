package dev.picket.bot.discord.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DefaultFollowUpRewriterTest {

    @Test
    void should_put_the_follow_up_first_when_combining() {
        assertThat(new DefaultFollowUpRewriter(1000).standalone(" and when? ", List.of("Who struck?", "Why?")))
                .isEqualTo("and when? Who struck? Why?");
    }

    @Test
    void should_drop_the_oldest_questions_when_the_result_would_be_too_long() {
        assertThat(new DefaultFollowUpRewriter(21).standalone("and when?", List.of("Who struck?", "Why?")))
                .isEqualTo("and when? Who struck?");
    }
}
