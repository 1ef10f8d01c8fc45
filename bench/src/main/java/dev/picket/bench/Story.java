package dev.picket.bench;

import java.time.LocalDate;

/** What one synthetic article is: its file text and its {@code sources.csv} row. */
record Story(String title, String text, LocalDate published, String outlet) {
}
