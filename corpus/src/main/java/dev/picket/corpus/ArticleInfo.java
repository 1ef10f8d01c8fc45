package dev.picket.corpus;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What is kept of an article once it is indexed: its metadata, its content hash and how many passages it has,
 * but not its text. A large corpus is listed, diffed and shown to moderators from these, so picket's heap does
 * not grow with the corpus's text; the text lives in the index.
 *
 * @param id          the file name without its extension; stable across reloads
 * @param fileName    the file name inside the corpus folder
 * @param source      the outlet
 * @param published   the publication date, or null
 * @param title       the headline
 * @param url         the article's address, or null
 * @param contentHash as {@link Article#contentHash()}
 * @param passages    how many passages the article was split into
 */
public record ArticleInfo(String id, String fileName, String source, LocalDate published, String title, String url,
                          String contentHash, int passages) {

    public ArticleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
