package dev.picket.bot.discord;

import static dev.picket.bot.discord.JdaMocks.messagesSentTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.picket.bot.discord.feedback.FeedbackButtons;
import dev.picket.bot.discord.feedback.FeedbackRecorder;
import dev.picket.bot.discord.feedback.JsonlFeedbackStore;
import dev.picket.bot.discord.feedback.RecentAnswers;
import dev.picket.bot.discord.feedback.UserHasher;
import dev.picket.bot.discord.sources.SourcesCommand;
import dev.picket.corpus.ArticleInfo;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Private replies, /sources and its buttons, feedback thanks: none may allow a single mention. Answers, the
 * other way the bot puts text on Discord, are checked in {@code LiveReplyTest}.
 */
public class AllowedMentionsTest {

    private static final String PINGS = "@everyone @here <@&123> <@456> read this";

    @TempDir
    Path dir;

    @Test
    void should_allow_no_mentions_when_replying_privately_or_paging_sources() {
        SlashCommandInteraction slash = mock(SlashCommandInteraction.class);
        ReplyCallbackAction replyAction = replyAction();
        when(slash.reply(any(MessageCreateData.class))).thenReturn(replyAction);
        ButtonInteraction click = mock(ButtonInteraction.class);
        MessageEditCallbackAction editAction = mock(MessageEditCallbackAction.class);
        when(click.editMessage(any(MessageEditData.class))).thenReturn(editAction);
        List<ArticleInfo> articles = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            articles.add(new ArticleInfo("a" + i, "a" + i + ".txt", "@everyone News", LocalDate.of(2023, 1, i),
                    PINGS + " " + i, null, "hash", 1));
        }
        SourcesCommand sources = new SourcesCommand(() -> articles);

        Outgoing.replyPrivately(slash, PINGS);
        sources.run(slash);
        sources.click(click, "1");

        assertNoMentions(messagesSentTo(slash, click), 3);
    }

    @Test
    void should_allow_no_mentions_when_thanking_for_feedback() {
        ButtonInteraction click = mock(ButtonInteraction.class);
        ReplyCallbackAction replyAction = replyAction();
        when(click.reply(any(MessageCreateData.class))).thenReturn(replyAction);
        var user = JdaMocks.user(1L, false);
        when(click.getUser()).thenReturn(user);
        var buttons = new FeedbackButtons(new FeedbackRecorder(new JsonlFeedbackStore(dir.resolve("f.jsonl")),
                new RecentAnswers(5), new UserHasher("s"), new SimpleMeterRegistry(), new MutableClock()));

        buttons.click(click, "up:abc");
        buttons.click(click, "up:abc");

        List<MessageData> sent = messagesSentTo(click);
        assertNoMentions(sent, 2);
        assertThat(sent).extracting(MessageData::getContent).containsExactly(
                "Thanks for the feedback! It helps make picket's answers better.",
                "You've already rated this answer. Thanks!");
    }

    private static ReplyCallbackAction replyAction() {
        ReplyCallbackAction action = mock(ReplyCallbackAction.class);
        when(action.setEphemeral(true)).thenReturn(action);
        return action;
    }

    public static void assertNoMentions(List<MessageData> sent, int expected) {
        assertThat(sent).hasSize(expected).allSatisfy(m -> {
            assertThat(m.getAllowedMentions()).isEmpty();
            assertThat(m.isMentionRepliedUser()).isFalse();
            assertThat(m.getMentionedUsers()).isEmpty();
            assertThat(m.getMentionedRoles()).isEmpty();
        });
    }
}
