package dev.picket.bot.discord.ask;

import static dev.picket.bot.discord.JdaMocks.messagesSentTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.picket.bot.discord.JdaMocks;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AskCommandTest {

    private final DiscordTestSetup setup = new DiscordTestSetup(Set.of(), false);
    private final InteractionHook hook = JdaMocks.hook();
    private final ReplyCallbackAction deferred = mock(ReplyCallbackAction.class);
    private final ReplyCallbackAction replied = mock(ReplyCallbackAction.class);

    @AfterEach
    void close() {
        setup.close();
    }

    @Test
    void should_defer_at_once_then_answer_through_the_hook_when_asked() {
        SlashCommandInteraction interaction = interaction("How many troops were deployed?", false);

        command().run(interaction);

        verify(interaction).deferReply(false);
        verify(deferred).queue();
        List<MessageData> shown = awaitAnswer();
        assertThat(setup.asked).containsExactly("How many troops were deployed?");
        assertThat(shown.getLast().getContent()).startsWith("> How many troops were deployed?\n@\u200Beveryone 1,200");
        assertThat(shown).allSatisfy(m -> assertThat(m.getAllowedMentions()).isEmpty());
    }

    @Test
    void should_defer_ephemerally_when_the_answer_is_private() {
        SlashCommandInteraction interaction = interaction("How many troops were deployed?", true);

        command().run(interaction);

        verify(interaction).deferReply(true);
        awaitAnswer();
        // Follow-up parts of a long answer go through the hook, which does not inherit the deferral's flag.
        verify(hook).setEphemeral(true);
    }

    @Test
    void should_answer_in_place_when_thread_mode_cannot_open_a_thread() {
        SlashCommandInteraction interaction = interaction("How many troops were deployed?", false);
        when(hook.retrieveOriginal()).thenThrow(new IllegalStateException("no thread permission"));

        new AskCommand(setup.gate, setup.queue, setup.handler, true).run(interaction);

        assertThat(awaitAnswer().getLast().getContent()).startsWith("> How many troops were deployed?\n@\u200Beveryone");
    }

    @Test
    void should_refuse_privately_without_deferring_when_the_question_is_blank() {
        SlashCommandInteraction interaction = interaction("   ", false);

        command().run(interaction);

        verify(interaction, never()).deferReply(any(Boolean.class));
        verify(replied).setEphemeral(true);
        assertThat(messagesSentTo(interaction)).singleElement().extracting(MessageData::getContent).asString()
                .startsWith("Ask me a question about the NHS strikes");
        assertThat(setup.asked).isEmpty();
    }

    @Test
    void should_refuse_privately_when_the_channel_is_not_allowed() {
        DiscordTestSetup strict = new DiscordTestSetup(Set.of(77L), false);
        SlashCommandInteraction interaction = interaction("How many troops?", false);

        new AskCommand(strict.gate, strict.queue, strict.handler, false).run(interaction);
        strict.close();

        verify(interaction, never()).deferReply(any(Boolean.class));
        assertThat(messagesSentTo(interaction)).singleElement().extracting(MessageData::getContent).asString()
                .startsWith("I don't answer in this channel");
    }

    private AskCommand command() {
        return new AskCommand(setup.gate, setup.queue, setup.handler, false);
    }

    private List<MessageData> awaitAnswer() {
        await().atMost(Duration.ofSeconds(5)).until(() -> !messagesSentTo(hook).isEmpty());
        return messagesSentTo(hook);
    }

    @SuppressWarnings("unchecked")
    private SlashCommandInteraction interaction(String question, boolean privately) {
        SlashCommandInteraction interaction = mock(SlashCommandInteraction.class);
        when(interaction.getOption(eq("question"), eq(""), any(Function.class))).thenReturn(question);
        when(interaction.getOption(eq("private"), eq(false), any(Function.class))).thenReturn(privately);
        when(interaction.isFromGuild()).thenReturn(true);
        when(interaction.getChannelIdLong()).thenReturn(10L);
        MessageChannelUnion channel = JdaMocks.channel(MessageChannelUnion.class, 10L);
        when(channel.getType()).thenReturn(ChannelType.TEXT);
        when(interaction.getChannel()).thenReturn(channel);
        var user = JdaMocks.user(1L, false);
        when(interaction.getUser()).thenReturn(user);
        when(interaction.deferReply(any(Boolean.class))).thenReturn(deferred);
        when(interaction.getHook()).thenReturn(hook);
        when(interaction.reply(any(MessageCreateData.class))).thenReturn(replied);
        when(replied.setEphemeral(true)).thenReturn(replied);
        return interaction;
    }
}
