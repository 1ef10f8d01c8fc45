package dev.picket.bot.discord.ask;

/** Thread names made from questions, within Discord's 100-character limit. */
final class Threads {

    static final int MAX_NAME = 100;

    private Threads() {
    }

    static String name(String question) {
        String name = question.strip().replaceAll("\\s+", " ");
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1).strip() + "…";
    }
}
