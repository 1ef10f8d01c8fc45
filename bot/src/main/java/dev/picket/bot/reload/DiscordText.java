package dev.picket.bot.reload;

/** Text from files and moderators made safe to show in a Discord message: no markdown, no pings. */
public final class DiscordText {

    /** Discord refuses longer messages. */
    public static final int MAX_MESSAGE = 2000;

    private DiscordText() {
    }

    /** As inline code, for file names: a backtick inside would end the code span, so it is swapped. */
    public static String code(String s) {
        return "`" + noPings(s.replace('`', '\'')) + "`";
    }

    /** As plain text, with markdown characters escaped. */
    public static String plain(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if ("\\*_~|`>#[]()-".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return noPings(out.toString());
    }

    /** Cuts a message to Discord's limit, saying so. */
    public static String fit(String message) {
        if (message.length() <= MAX_MESSAGE) {
            return message;
        }
        String more = "\n… (cut to fit Discord)";
        return message.substring(0, MAX_MESSAGE - more.length()) + more;
    }

    // A zero-width space after @ keeps "@everyone", "@here" and "<@123>" from ever pinging.
    private static String noPings(String s) {
        return s.replace("@", "@\u200b");
    }
}
