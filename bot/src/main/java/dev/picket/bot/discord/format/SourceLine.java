package dev.picket.bot.discord.format;

import java.time.LocalDate;
import java.util.regex.Pattern;

import dev.picket.retrieval.Citation;

/** An article as one line: {@code Outlet, 11 Dec 2022 — Headline}, the headline a link without a preview. */
public final class SourceLine {

    private static final Pattern WEB = Pattern.compile("^https?://[^\\s<>]+$");

    private SourceLine() {
    }

    /** A citation as its line under an answer: {@code [n] Outlet, 11 Dec 2022 — Headline}. */
    public static String of(Citation c) {
        return "[" + c.n() + "] " + of(c.source(), c.published(), c.title(), c.url());
    }

    public static String of(String outlet, LocalDate published, String headline, String url) {
        String title = headline.strip().replaceAll("\\s+", " ");
        if (title.length() > AnswerFormatter.MAX_HEADLINE) {
            title = title.substring(0, AnswerFormatter.MAX_HEADLINE) + "…";
        }
        String shown = DiscordText.escape(title);
        if (url != null && WEB.matcher(url.strip()).matches()) {
            // <…> around the url stops Discord from unfurling a preview of every source.
            shown = "[" + shown + "](<" + url.strip() + ">)";
        }
        String date = published == null ? "" : ", " + Dates.format(published);
        return DiscordText.escape(outlet.strip()) + date + " — " + shown;
    }
}
