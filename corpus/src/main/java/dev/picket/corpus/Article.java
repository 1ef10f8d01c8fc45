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
 * @param contentHash SHA-256 over the raw file bytes and the metadata, so a sidecar edit counts as a change
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
}
