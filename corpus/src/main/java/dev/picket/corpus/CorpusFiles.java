package dev.picket.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which files of a corpus folder a reload takes for articles: those directly inside it, but not hidden files, the
 * sidecar or sub-folders (such as {@code removed/}). Each is read as an article or skipped with a reason.
 */
public final class CorpusFiles {

    private CorpusFiles() {
    }

    /** The names of the folder's article files, sorted. */
    public static List<String> names(Path dir) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(CorpusFiles::isArticleFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * Whether a file is the folder's README ({@code README.md}, {@code readme.txt}): notes a moderator keeps beside
     * the articles, as the bundled sample corpus's source folder does, which no answer should quote.
     */
    static boolean isReadme(String name) {
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)).equalsIgnoreCase("readme");
    }

    static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.equals(Sidecar.FILE_NAME) && !Files.isDirectory(file);
    }
}
