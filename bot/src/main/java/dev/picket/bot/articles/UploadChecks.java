package dev.picket.bot.articles;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

import dev.picket.corpus.ArticleFormat;
import dev.picket.corpus.Sidecar;

/**
 * The checks an upload passes before anything is written: a plain name of a type the corpus reader reads, a size
 * within the limit, and sidecar fields that are present, one line each, and well formed.
 */
final class UploadChecks {

    static final int MAX_FIELD_LENGTH = 300;

    // Plain names only: no folders, no hidden files, nothing a shell or Discord would mangle.
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");

    private final long maxBytes;

    UploadChecks(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** The upload's {@code sources.csv} row, once its size and fields pass; {@code name} has passed {@link #name}. */
    Map<String, String> row(String name, NewArticle upload) throws UploadRefused {
        size(upload.content() == null ? 0 : upload.content().length);
        return Sidecar.row(name, required("source", upload.source()), date(upload.published()),
                required("title", upload.title()), url(upload.url()));
    }

    /** The file name, stripped, once it is a plain name of a type the corpus reader reads. */
    String name(String fileName) throws UploadRefused {
        String name = fileName == null ? "" : fileName.strip();
        if (ArticleFormat.ofFileName(name).isEmpty()) {
            int dot = name.lastIndexOf('.');
            String type = dot < 0 ? "" : name.substring(dot + 1);
            throw new UploadRefused("wrong file type" + (type.isEmpty() ? "" : " '." + type + "'")
                    + ": picket takes " + ArticleFormat.extensionsText() + " articles");
        }
        if (!isPlainName(name)) {
            throw new UploadRefused("the file name may use only letters, digits, '.', '-' and '_' (at most 120), "
                    + "e.g. 2025-07-30-bma.txt");
        }
        return name;
    }

    static boolean isPlainName(String name) {
        return NAME.matcher(name).matches();
    }

    void size(long size) throws UploadRefused {
        if (size <= 0) {
            throw new UploadRefused("the file is empty");
        }
        if (size > maxBytes) {
            throw new UploadRefused("the file is too big: " + size + " bytes, the limit is " + maxBytes);
        }
    }

    private static String required(String field, String value) throws UploadRefused {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new UploadRefused("'" + field + "' is required");
        }
        return oneLine(field, v);
    }

    private static String oneLine(String field, String v) throws UploadRefused {
        if (v.length() > MAX_FIELD_LENGTH) {
            throw new UploadRefused("'" + field + "' is over " + MAX_FIELD_LENGTH + " characters");
        }
        if (v.chars().anyMatch(Character::isISOControl)) {
            throw new UploadRefused("'" + field + "' must be one line of plain text");
        }
        return v;
    }

    private static LocalDate date(String value) throws UploadRefused {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new UploadRefused("'published' is required, as a date like 2025-07-30");
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new UploadRefused("'published' must be a date like 2025-07-30");
        }
    }

    private static String url(String value) throws UploadRefused {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        oneLine("url", v);
        try {
            URI uri = new URI(v);
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return v;
            }
        } catch (URISyntaxException e) {
            // Refused below with the same message as any other non-web address.
        }
        throw new UploadRefused("'url' must be an http(s) address");
    }
}
