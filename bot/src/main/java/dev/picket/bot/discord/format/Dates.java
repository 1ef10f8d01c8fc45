package dev.picket.bot.discord.format;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people in the UK write them, e.g. "11 Dec 2022". */
public final class Dates {

    // Locale.ENGLISH, not Locale.UK: the UK locale writes September as "Sept".
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    public static String format(LocalDate date) {
        return DAY.format(date);
    }
}
