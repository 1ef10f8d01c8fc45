package dev.picket.bot.discord.timeline;

import java.util.List;

import dev.picket.bot.discord.format.Dates;
import dev.picket.bot.discord.format.DiscordText;
import dev.picket.bot.discord.format.SourceLine;
import dev.picket.bot.discord.sources.Paging;
import dev.picket.retrieval.answer.Timeline;

/** Dated events as pages of a few each, every page one Discord message: date, what happened, its source. */
final class EventPages {

    static final int MAX_EVENTS = 6;
    static final int MAX_CHARS = 1_700;
    static final int MAX_TEXT = 280;

    private final String heading;
    private final int eventCount;
    private final List<List<String>> pages;

    /** @param heading the bold title, already escaped */
    EventPages(String heading, List<Timeline.Event> events) {
        this.heading = heading;
        this.eventCount = events.size();
        this.pages = Paging.split(events.stream().map(EventPages::entry).toList(), MAX_EVENTS, MAX_CHARS);
    }

    static String entry(Timeline.Event event) {
        String text = event.text().strip().replaceAll("\\s+", " ");
        if (text.length() > MAX_TEXT) {
            int cut = text.lastIndexOf(' ', MAX_TEXT - 1);
            text = text.substring(0, cut > 0 ? cut : MAX_TEXT) + "…";
        }
        String date = event.date() == null ? "undated" : Dates.format(event.date());
        var c = event.citation();
        return "• **" + date + "** " + DiscordText.escape(text) + "\n  ↳ "
                + SourceLine.of(c.source(), c.published(), c.title(), c.url());
    }

    int pageCount() {
        return pages.size();
    }

    /** Page {@code index}, from 0, clamped to the pages there are (the corpus may have changed since). */
    String page(int index) {
        int i = clamp(index);
        if (eventCount == 0) {
            return "**" + heading + ":** nothing dated in the articles matches that.";
        }
        String head = "**" + heading + ":** " + eventCount + (eventCount == 1 ? " event" : " events")
                + (pages.size() > 1 ? ", page " + (i + 1) + " of " + pages.size() : "");
        return head + "\n" + String.join("\n", pages.get(i));
    }

    int clamp(int index) {
        return Math.max(0, Math.min(index, pages.size() - 1));
    }
}
