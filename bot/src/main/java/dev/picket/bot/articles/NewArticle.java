package dev.picket.bot.articles;

/**
 * An article a moderator uploads, as given: every field is checked by {@link ArticleUploads}.
 *
 * @param fileName   the attachment's name; its extension says how to read it (see {@code ArticleFormat})
 * @param content    the file's bytes
 * @param source     the outlet, e.g. "The Guardian"
 * @param published  the publication date as YYYY-MM-DD
 * @param title      the headline
 * @param url        the article's address, or null
 * @param replace    whether an existing file of the same name may be replaced
 */
public record NewArticle(String fileName, byte[] content, String source, String published, String title, String url,
                         boolean replace) {

    @Override
    public String toString() {
        return "NewArticle[" + fileName + ", " + (content == null ? 0 : content.length) + " bytes]";
    }
}
