package dev.picket.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file types picket reads, by extension: the one list both the reader and uploads go by. */
public enum ArticleFormat {
    TEXT("txt", "text"), HTML("html", "htm"), MARKDOWN("md", "markdown");

    private final List<String> extensions;

    ArticleFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The format a file of this name is read as, by its extension in any case; empty when picket cannot read it. */
    public static Optional<ArticleFormat> ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    /** Every extension read, for telling a user: {@code .txt, .text, .html, .htm, .md or .markdown}. */
    public static String extensionsText() {
        List<String> all = Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "." + e).toList();
        return all.subList(0, all.size() - 1).stream().collect(Collectors.joining(", ")) + " or " + all.getLast();
    }
}
