package dev.picket.bot.articles;

import dev.picket.bot.reload.DiscordText;
import dev.picket.bot.reload.ReloadReportFormatter;
import dev.picket.corpus.Passage;

/** Replies to moderators' uploads and removals, formatted for Discord. */
public final class ArticleReplies {

    static final int MAX_PASSAGES_SHOWN = 5;
    static final int PREVIEW = 120;

    private final ReloadReportFormatter reports = new ReloadReportFormatter();

    public String added(ArticleAdded a) {
        StringBuilder out = new StringBuilder("📄 Saved ").append(DiscordText.code(a.fileName()));
        if (a.replaced() != null) {
            out.append(" (the previous version is kept as ").append(DiscordText.code(a.replaced())).append(')');
        }
        out.append(": ").append(a.passages().size()).append(a.passages().size() == 1 ? " passage" : " passages")
                .append('\n');
        a.passages().stream().limit(MAX_PASSAGES_SHOWN).forEach(p -> out.append("> ").append(p.ordinal() + 1)
                .append(". ").append(DiscordText.plain(preview(p))).append('\n'));
        if (a.passages().size() > MAX_PASSAGES_SHOWN) {
            out.append("… and ").append(a.passages().size() - MAX_PASSAGES_SHOWN).append(" more\n");
        }
        return DiscordText.fit(out.append(reports.body(a.reload())).toString());
    }

    public String removed(ArticleRemoved r) {
        return DiscordText.fit("🗂️ Moved " + DiscordText.code(r.fileName()) + " to " + DiscordText.code(r.movedTo())
                + " (nothing is deleted)\n" + reports.body(r.reload()));
    }

    private static String preview(Passage p) {
        String text = p.text().replaceAll("\\s+", " ").strip();
        return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW - 1).strip() + "…";
    }
}
