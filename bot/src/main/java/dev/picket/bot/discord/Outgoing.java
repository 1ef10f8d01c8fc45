package dev.picket.bot.discord;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

import dev.picket.bot.discord.feedback.FeedbackButtons;
import dev.picket.bot.discord.format.Reply;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Every message the bot sends or edits is built here, with no allowed mentions: text from questions and articles
 * may hold {@code @everyone}, role or user mentions, and none of them may ever notify anyone. The JDA-wide default
 * is set to none as well, as a second lock.
 */
public final class Outgoing {

    public static final EnumSet<MentionType> NO_MENTIONS = EnumSet.noneOf(MentionType.class);

    private Outgoing() {
    }

    public static MessageCreateData create(String content) {
        return create(content, List.of());
    }

    public static MessageCreateData create(String content, Collection<? extends MessageTopLevelComponent> rows) {
        return new MessageCreateBuilder().setContent(content).setComponents(rows)
                .setAllowedMentions(NO_MENTIONS).mentionRepliedUser(false).build();
    }

    public static MessageEditData edit(String content, Collection<? extends MessageTopLevelComponent> rows) {
        return new MessageEditBuilder().setContent(content).setComponents(rows)
                .setAllowedMentions(NO_MENTIONS).mentionRepliedUser(false).build();
    }

    /** Part {@code i} of a reply as a new message; the feedback buttons go under the last part. */
    public static MessageCreateData createPart(Reply reply, int i) {
        return create(reply.parts().get(i), rows(reply, i));
    }

    /** Part {@code i} of a reply as an edit of the message already showing it. */
    public static MessageEditData editPart(Reply reply, int i) {
        return edit(reply.parts().get(i), rows(reply, i));
    }

    /** A message only the user who clicked or typed sees. */
    public static void replyPrivately(IReplyCallback callback, String text) {
        callback.reply(create(text)).setEphemeral(true).queue();
    }

    private static List<MessageTopLevelComponent> rows(Reply reply, int i) {
        return reply.hasFeedback() && i == reply.parts().size() - 1
                ? List.of(FeedbackButtons.row(reply.feedbackId())) : List.of();
    }
}
