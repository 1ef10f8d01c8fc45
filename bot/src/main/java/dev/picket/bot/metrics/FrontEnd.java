package dev.picket.bot.metrics;

/** Where a question came in, as the {@code front_end} tag of the answer metrics. */
public enum FrontEnd {
    HTTP, DISCORD;

    String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
