package dev.picket.bot.discord.format;

import java.util.List;

import net.dv8tion.jda.api.utils.SplitUtil;
import net.dv8tion.jda.api.utils.SplitUtil.Strategy;

/**
 * Splits text into Discord messages: on a paragraph break if one fits, then a line break (so a source line is
 * never cut), then a sentence end, then a space; only a single word longer than a message is ever cut.
 */
public final class MessageSplitter {

    /** Discord's limit on a message's content. */
    public static final int DISCORD_LIMIT = 2_000;

    private static final Strategy PARAGRAPH = (text, offset, limit) -> text.lastIndexOf("\n\n", offset + limit);
    private static final Strategy SENTENCE = (text, offset, limit) -> {
        for (int i = Math.min(offset + limit, text.length() - 1); i > offset + 1; i--) {
            if (Character.isWhitespace(text.charAt(i)) && ".!?".indexOf(text.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return -1;
    };

    private final int limit;

    public MessageSplitter() {
        this(DISCORD_LIMIT);
    }

    MessageSplitter(int limit) {
        this.limit = limit;
    }

    public List<String> split(String text) {
        return List.copyOf(SplitUtil.split(text.strip(), limit, true, PARAGRAPH, Strategy.NEWLINE, SENTENCE,
                Strategy.WHITESPACE, Strategy.ANYWHERE));
    }

    int limit() {
        return limit;
    }
}
