package dev.picket.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A cleaned news article and its passages.
 *
 * @param id          the file name without its extension; stable across reloads
 * @param fileName    the file name inside the corpus folder
 * @param source      the outlet, e.g. "The Independent"
 * @param published   the publication date, or null when neither the sidecar nor the text gives one
 * @param title       the headline
 * @param url         the article's address, or null
 * @param text        the cleaned text, paragraphs separated by a blank line
 * @param contentHash SHA-256 over the file name, the raw bytes and the sidecar row, so a sidecar edit or a rename
 *                    counts as a change; it is known before the file is cleaned, so an unchanged file need not be
 * @param passages    the passages, in reading order
 */
public record Article(String id, String fileName, String source, LocalDate published, String title, String url,
                      String text, String contentHash, List<Passage> passages) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
        passages = List.copyOf(passages);
    }

    /** The article id of a corpus file: its name without the extension. */
    public static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    /** This article without its text. */
    public ArticleInfo info() {
        return new ArticleInfo(id, fileName, source, published, title, url, contentHash, passages.size());
    }
}
