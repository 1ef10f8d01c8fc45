package dev.picket.bot.discord.ask;

import static dev.picket.bot.discord.AllowedMentionsTest.assertNoMentions;
import static dev.picket.bot.discord.JdaMocks.messagesSentTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.verify;

import java.util.List;

import dev.picket.bot.discord.JdaMocks;
import dev.picket.bot.discord.format.Reply;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageData;
import org.junit.jupiter.api.Test;

/** Answers on screen: every send and edit allows no mentions, and the parts on screen follow the reply. */
class LiveReplyTest {

    private static final String PINGS = "@everyone @here <@&123> <@456> read this";

    @Test
    void should_allow_no_mentions_when_answering_through_an_interaction_hook() {
        var hook = JdaMocks.hook();
        var reply = new HookReply(hook);

        reply.notice("queued " + PINGS);
        reply.accept(new Reply(List.of(PINGS, PINGS + " 2"), "id"));
        reply.accept(Reply.of(PINGS + " 3"));

        List<MessageData> sent = messagesSentTo(hook);
        assertNoMentions(sent, 4);
        assertThat(sent).extracting(MessageData::getContent)
                .containsExactly("queued " + PINGS, PINGS, PINGS + " 2", PINGS + " 3");
        verify(hook).deleteMessageById(anyLong());
    }

    @Test
    void should_put_the_feedback_buttons_under_the_last_part_only_when_the_answer_is_long() {
        var hook = JdaMocks.hook();

        new HookReply(hook).accept(new Reply(List.of("one", "two"), "abc"));

        List<MessageData> sent = messagesSentTo(hook);
        assertThat(sent.get(0).getComponents()).isEmpty();
        assertThat(sent.get(1).getComponents()).hasSize(1);
    }

    @Test
    void should_allow_no_mentions_when_answering_in_a_channel() {
        MessageChannel channel = JdaMocks.channel(MessageChannel.class, 1L);
        Message question = JdaMocks.sent();
        JdaMocks.replies(question);
        var reply = new ChannelReply(question, channel);

        reply.accept(new Reply(List.of(PINGS, PINGS + " 2"), "id"));
        reply.accept(new Reply(List.of(PINGS + " 3", PINGS + " 4"), "id"));

        assertNoMentions(messagesSentTo(question, channel), 4);
        assertThat(messagesSentTo(question)).extracting(MessageData::getContent).containsExactly(PINGS);
    }

    @Test
    void should_post_in_the_thread_when_there_is_no_message_to_reply_to() {
        MessageChannel thread = JdaMocks.channel(MessageChannel.class, 2L);

        new ChannelReply(null, thread).accept(Reply.of(PINGS));

        assertNoMentions(messagesSentTo(thread), 1);
    }
}
