package dev.picket.bot.discord.corpus;

import dev.picket.bot.articles.ArticleAdded;
import dev.picket.bot.articles.ArticleRemoved;
import dev.picket.bot.discord.format.DiscordText;
import dev.picket.corpus.Passage;

/** Replies to moderators' uploads and removals, formatted for Discord. */
public final class ArticleReplies {

    static final int MAX_PASSAGES_SHOWN = 5;
    static final int PREVIEW = 120;

    private final ReloadReportFormatter reports = new ReloadReportFormatter();

    public String added(ArticleAdded a) {
        StringBuilder out = new StringBuilder("📄 Saved ").append(DiscordText.escape(a.fileName()));
        if (a.replaced() != null) {
            out.append(" (the previous version is kept as ").append(DiscordText.escape(a.replaced())).append(')');
        }
        out.append(": ").append(a.passages().size()).append(a.passages().size() == 1 ? " passage" : " passages")
                .append('\n');
        a.passages().stream().limit(MAX_PASSAGES_SHOWN).forEach(p -> out.append("> ").append(p.ordinal() + 1)
                .append(". ").append(DiscordText.escape(preview(p))).append('\n'));
        if (a.passages().size() > MAX_PASSAGES_SHOWN) {
            out.append("… and ").append(a.passages().size() - MAX_PASSAGES_SHOWN).append(" more\n");
        }
        return ReloadReportFormatter.fit(out.append(reports.body(a.reload())).toString());
    }

    public String removed(ArticleRemoved r) {
        return ReloadReportFormatter.fit("🗂️ Moved " + DiscordText.escape(r.fileName()) + " to "
                + DiscordText.escape(r.movedTo()) + " (nothing is deleted)\n" + reports.body(r.reload()));
    }

    private static String preview(Passage p) {
        String text = p.text().replaceAll("\\s+", " ").strip();
        return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW - 1).strip() + "…";
    }
}
