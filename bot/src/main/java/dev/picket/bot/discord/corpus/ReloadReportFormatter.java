package dev.picket.bot.discord.corpus;

import java.util.List;
import java.util.function.Function;

import dev.picket.bot.discord.format.DiscordText;
import dev.picket.bot.discord.format.MessageSplitter;
import dev.picket.bot.reload.ReloadReport;

/** A reload report as a Discord message: the counts, the file names (a few of each) and why files were skipped. */
public final class ReloadReportFormatter {

    static final int MAX_NAMES = 10;

    /** The whole report, within Discord's message limit. */
    public String format(ReloadReport r) {
        return fit(body(r));
    }

    /** The report without the length cut, for callers that put it after their own lines. */
    String body(ReloadReport r) {
        if (!r.succeeded()) {
            return "❌ Reload failed after " + r.duration().toMillis() + " ms; nothing changed, generation "
                    + r.generation() + " is still served.\nWhy: " + DiscordText.escape(r.error());
        }
        StringBuilder out = new StringBuilder();
        out.append(r.changedIndex() ? "✅ Reloaded in " : "✅ Nothing to change; checked in ")
                .append(r.duration().toMillis()).append(" ms (generation ").append(r.generation()).append(")\n");
        names(out, "Added", r.added(), DiscordText::escape);
        names(out, "Changed", r.changed(), DiscordText::escape);
        names(out, "Removed", r.removed(), DiscordText::escape);
        out.append("Unchanged: ").append(r.unchanged()).append(" · passages indexed: ").append(r.passagesIndexed())
                .append('\n');
        names(out, "Skipped", r.skipped(), f -> "\n• " + DiscordText.escape(f.file()) + ": "
                + DiscordText.escape(f.reason()));
        if (!r.warnings().isEmpty()) {
            out.append("Warnings: ").append(r.warnings().size()).append(" (see the log or /api/articles)\n");
        }
        return out.toString().stripTrailing();
    }

    /** Cuts a message to Discord's limit, saying so. */
    static String fit(String message) {
        if (message.length() <= MessageSplitter.DISCORD_LIMIT) {
            return message;
        }
        String more = "\n… (cut to fit Discord)";
        return message.substring(0, MessageSplitter.DISCORD_LIMIT - more.length()) + more;
    }

    private static <T> void names(StringBuilder out, String label, List<T> items, Function<T, String> show) {
        if (items.isEmpty()) {
            return;
        }
        out.append(label).append(" (").append(items.size()).append("): ");
        List<String> shown = items.stream().limit(MAX_NAMES).map(show).toList();
        out.append(String.join(shown.getFirst().startsWith("\n") ? "" : ", ", shown));
        if (items.size() > MAX_NAMES) {
            out.append(" … and ").append(items.size() - MAX_NAMES).append(" more");
        }
        out.append('\n');
    }
}
