package dev.picket.bot.discord.format;

import java.util.regex.Pattern;

import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/** Text from articles made inert in Discord: no formatting, headings, masked links or mass-mention lookalikes. */
public final class DiscordText {

    // Headings, subtext and list items only count at the start of a line; the sanitizer leaves them alone.
    private static final Pattern LINE_START_MARKUP = Pattern.compile("(?m)^(\\s*)(?=#{1,3} |-# |[-*+] |\\d+\\. )");
    private static final Pattern MASS_MENTION = Pattern.compile("@(everyone|here)");
    // A marker followed by an opening parenthesis would be a masked link's label, so it stays escaped.
    private static final Pattern MARKER = Pattern.compile("\\\\\\[(\\d+)\\\\](?!\\\\\\()");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\*_~`|>#\\[\\]().+-])");

    private DiscordText() {
    }

    /**
     * Escapes Discord markdown in text that comes from passages or users. Allowed mentions already stop every
     * ping; the zero-width space after {@code @} also keeps {@code @everyone} from looking like one.
     */
    public static String escape(String text) {
        String escaped = MarkdownSanitizer.escape(text)
                .replace("[", "\\[").replace("]", "\\]").replace("(", "\\(").replace(")", "\\)");
        escaped = LINE_START_MARKUP.matcher(escaped).replaceAll("$1\\\\");
        return MASS_MENTION.matcher(escaped).replaceAll("@\u200B$1");
    }

    /**
     * Answer text from the answerer: escaped, but its {@code [n]} citation markers stay readable. Parentheses are
     * escaped too, so no text from an article or a model becomes a masked link; picket's own source links are
     * built after escaping, in {@link SourceLine}.
     */
    public static String escapeAnswer(String text) {
        return MARKER.matcher(escape(text)).replaceAll("[$1]");
    }

    /** The plain text of something {@link #escape} produced, near enough to ask it again. */
    public static String unescape(String text) {
        return ESCAPE.matcher(text.replace("\u200B", "")).replaceAll("$1");
    }
}
