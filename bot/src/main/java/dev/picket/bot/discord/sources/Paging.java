package dev.picket.bot.discord.sources;

import java.util.ArrayList;
import java.util.List;

/** Entries grouped into pages of at most so many entries and characters; one page, maybe empty, at the least. */
public final class Paging {

    private Paging() {
    }

    public static List<List<String>> split(List<String> entries, int maxEntries, int maxChars) {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        int chars = 0;
        for (String entry : entries) {
            if (!page.isEmpty() && (page.size() == maxEntries || chars + entry.length() + 1 > maxChars)) {
                pages.add(page);
                page = new ArrayList<>();
                chars = 0;
            }
            page.add(entry);
            chars += entry.length() + 1;
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }
}
