package dev.picket.bot.discord.feedback;

import java.util.Locale;

import dev.picket.bot.discord.Outgoing;
import dev.picket.bot.discord.commands.ButtonHandler;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;

/** The 👍 and 👎 under every answer, and what a click on them does. */
public final class FeedbackButtons implements ButtonHandler {

    static final String PREFIX = "vote";

    private final FeedbackRecorder recorder;

    public FeedbackButtons(FeedbackRecorder recorder) {
        this.recorder = recorder;
    }

    public static ActionRow row(String answerId) {
        return ActionRow.of(
                Button.secondary(PREFIX + ":up:" + answerId, Emoji.fromUnicode("👍")),
                Button.secondary(PREFIX + ":down:" + answerId, Emoji.fromUnicode("👎")));
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public void click(ButtonInteraction interaction, String argument) {
        int colon = argument.indexOf(':');
        Vote vote = colon < 0 ? null : switch (argument.substring(0, colon).toLowerCase(Locale.ROOT)) {
            case "up" -> Vote.UP;
            case "down" -> Vote.DOWN;
            default -> null;
        };
        if (vote == null) {
            Outgoing.replyPrivately(interaction, "This button no longer does anything.");
            return;
        }
        String shown = interaction.getMessage() == null ? "" : interaction.getMessage().getContentRaw();
        String userId = String.valueOf(interaction.getUser().getIdLong());
        boolean recorded = recorder.record(argument.substring(colon + 1), userId, vote, shown);
        Outgoing.replyPrivately(interaction, recorded
                ? "Thanks for the feedback! It helps make picket's answers better."
                : "You've already rated this answer. Thanks!");
    }
}
