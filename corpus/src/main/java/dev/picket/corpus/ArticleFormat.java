package dev.picket.corpus;

import java.util.Locale;
import java.util.Optional;

/** The file types picket reads, by extension. */
enum ArticleFormat {
    TEXT, HTML, MARKDOWN;

    static Optional<ArticleFormat> ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return switch (name.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "txt", "text" -> Optional.of(TEXT);
            case "html", "htm" -> Optional.of(HTML);
            case "md", "markdown" -> Optional.of(MARKDOWN);
            default -> Optional.empty();
        };
    }
}
