package dev.picket.bot.discord.ask;

import static dev.picket.bot.discord.JdaMocks.messagesSentTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.picket.bot.discord.JdaMocks;
import net.dv8tion.jda.api.entities.Mentions;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.ThreadChannelAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MentionHandlerTest {

    private static final long SELF = 999L;
    private static final long CHANNEL = 10L;

    private final User self = JdaMocks.user(SELF, true);
    private final User alice = JdaMocks.user(1L, false);
    private final MessageChannelUnion channel = JdaMocks.channel(MessageChannelUnion.class, CHANNEL);
    private DiscordTestSetup setup = new DiscordTestSetup(Set.of(), false);

    @AfterEach
    void close() {
        setup.close();
    }

    @Test
    void should_answer_as_a_reply_without_pings_when_mentioned() {
        Message question = message(alice, "<@999> How many troops were deployed?", null, List.of(self));

        handler(false).onMessage(question, SELF);

        MessageData reply = awaitReply(question);
        assertThat(setup.asked).containsExactly("How many troops were deployed?");
        assertThat(reply.getContent()).startsWith("@\u200Beveryone 1,200 troops were deployed [1].")
                .contains("[1] Sky News, 19 Dec 2022 — Troops <@&55> called in");
        assertThat(reply.getAllowedMentions()).isEmpty();
        assertThat(reply.isMentionRepliedUser()).isFalse();
        assertThat(reply.getComponents()).hasSize(1);
    }

    @Test
    void should_combine_the_follow_up_with_the_chain_when_replying_to_an_answer() {
        Message first = message(alice, "<@999> How many troops were deployed?", null, List.of(self));
        Message answerAsSeen = message(self, "1,200 troops were deployed [1].", null, List.of());
        when(answerAsSeen.getType()).thenReturn(MessageType.INLINE_REPLY);
        Message answerFetched = message(self, "1,200 troops were deployed [1].", first, List.of());
        @SuppressWarnings("unchecked")
        RestAction<Message> fetch = mock(RestAction.class);
        when(fetch.complete()).thenReturn(answerFetched);
        when(channel.retrieveMessageById(answerAsSeen.getIdLong())).thenReturn(fetch);
        // A reply pings its author by default, so the bot sees the text without the message content intent.
        Message followUp = message(alice, "and when did they arrive?", answerAsSeen, List.of(self));

        handler(false).onMessage(followUp, SELF);

        awaitReply(followUp);
        assertThat(setup.asked).containsExactly("and when did they arrive? How many troops were deployed?");
    }

    @Test
    void should_answer_in_a_new_thread_named_after_the_question_when_thread_mode_is_on() {
        Message question = message(alice, "<@999> How many troops were deployed?", null, List.of(self));
        ThreadChannel thread = JdaMocks.channel(ThreadChannel.class, 20L);
        ThreadChannelAction create = mock(ThreadChannelAction.class);
        when(create.complete()).thenReturn(thread);
        when(question.createThreadChannel("How many troops were deployed?")).thenReturn(create);

        handler(true).onMessage(question, SELF);

        await().atMost(Duration.ofSeconds(5)).until(() -> !messagesSentTo(thread).isEmpty());
        MessageData answer = messagesSentTo(thread).getFirst();
        assertThat(answer.getContent()).startsWith("> How many troops were deployed?\n@\u200Beveryone 1,200");
        assertThat(answer.getAllowedMentions()).isEmpty();
        assertThat(messagesSentTo(question)).isEmpty();
    }

    @Test
    void should_keep_a_follow_up_in_place_when_thread_mode_is_on() {
        Message answer = message(self, "> How many troops were deployed?\n1,200 troops [1].", null, List.of());
        Message followUp = message(alice, "<@999> and when?", answer, List.of(self));

        handler(true).onMessage(followUp, SELF);

        awaitReply(followUp);
        verify(followUp, never()).createThreadChannel(any(String.class));
        assertThat(setup.asked).containsExactly("and when? How many troops were deployed?");
    }

    @Test
    void should_ignore_bots_and_webhooks_when_they_mention_it() {
        Message fromBot = message(JdaMocks.user(5L, true), "<@999> hello?", null, List.of(self));
        Message fromWebhook = message(alice, "<@999> hello?", null, List.of(self));
        when(fromWebhook.isWebhookMessage()).thenReturn(true);

        handler(false).onMessage(fromBot, SELF);
        handler(false).onMessage(fromWebhook, SELF);

        verify(fromBot, never()).reply(any(MessageCreateData.class));
        verify(fromWebhook, never()).reply(any(MessageCreateData.class));
        assertThat(setup.asked).isEmpty();
    }

    @Test
    void should_ignore_messages_when_not_mentioned() {
        Message chatter = message(alice, "How many troops were deployed?", null, List.of());

        handler(false).onMessage(chatter, SELF);

        verify(chatter, never()).reply(any(MessageCreateData.class));
    }

    @Test
    void should_stay_silent_when_the_channel_is_not_allowed() {
        setup.close();
        setup = new DiscordTestSetup(Set.of(77L), false);
        Message question = message(alice, "<@999> How many troops?", null, List.of(self));

        handler(false).onMessage(question, SELF);

        verify(question, never()).reply(any(MessageCreateData.class));
    }

    @Test
    void should_not_answer_in_direct_messages_when_they_are_off() {
        Message dm = message(alice, "How many troops?", null, List.of());
        when(dm.isFromGuild()).thenReturn(false);

        handler(false).onMessage(dm, SELF);

        verify(dm, never()).reply(any(MessageCreateData.class));
    }

    @Test
    void should_say_when_to_try_again_when_a_user_asks_too_often() {
        for (int i = 0; i < 5; i++) {
            setup.gate.rateLimited("1");
        }
        Message question = message(alice, "<@999> How many troops?", null, List.of(self));

        handler(false).onMessage(question, SELF);

        assertThat(awaitReply(question).getContent()).isEqualTo("You're asking faster than I can keep up with. "
                + "Please try again in 12 s.");
        assertThat(setup.asked).isEmpty();
    }

    @Test
    void should_refuse_kindly_when_the_question_is_too_long() {
        Message question = message(alice, "<@999> " + "why ".repeat(100), null, List.of(self));

        handler(false).onMessage(question, SELF);

        assertThat(awaitReply(question).getContent()).isEqualTo("Your question is 399 characters long; please keep "
                + "it to 200.");
    }

    private MentionHandler handler(boolean threadMode) {
        return new MentionHandler(setup.gate, setup.queue, setup.handler, new ReplyChain(3), threadMode);
    }

    private MessageData awaitReply(Message question) {
        await().atMost(Duration.ofSeconds(5)).until(() -> !messagesSentTo(question).isEmpty());
        List<MessageData> all = messagesSentTo(question, channel);
        assertThat(all).allSatisfy(m -> assertThat(m.getAllowedMentions()).isEmpty());
        return messagesSentTo(question).getLast();
    }

    private Message message(User author, String content, Message referenced, List<User> mentioned) {
        Message message = JdaMocks.sent();
        when(message.getAuthor()).thenReturn(author);
        when(message.getContentRaw()).thenReturn(content);
        when(message.getReferencedMessage()).thenReturn(referenced);
        when(message.getType()).thenReturn(referenced == null ? MessageType.DEFAULT : MessageType.INLINE_REPLY);
        when(message.isFromGuild()).thenReturn(true);
        when(message.getChannel()).thenReturn(channel);
        when(channel.getType()).thenReturn(ChannelType.TEXT);
        Mentions mentions = mock(Mentions.class);
        when(mentions.getUsers()).thenReturn(mentioned);
        when(message.getMentions()).thenReturn(mentions);
        JdaMocks.replies(message);
        return message;
    }
}
