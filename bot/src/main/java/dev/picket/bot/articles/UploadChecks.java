package dev.picket.bot.articles;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemException;
import java.time.Clock;
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

    // Bidi embeddings, overrides, isolates and marks, which can make a field read other than it is, and the
    // Unicode line and paragraph separators, which make one line two.
    private static final String NOT_PLAIN = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"
            + "\u200E\u200F\u061C\u2028\u2029";
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final long maxBytes;
    private final Clock clock;

    UploadChecks(long maxBytes, Clock clock) {
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** The upload's {@code sources.csv} row, once its size and fields pass; {@code name} has passed {@link #name}. */
    Map<String, String> row(String name, NewArticle upload) throws UploadRefused {
        size(upload.content() == null ? 0 : upload.content().length);
        return Sidecar.row(name, required("source", upload.source()), plausible(date(upload.published())),
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

    // A path with at least one separator; only its last name is kept in what a moderator is shown.
    private static final Pattern PATH = Pattern.compile("(?:[A-Za-z]:)?[/\\\\](?:[^/\\\\\\s:,;()]+[/\\\\])*([^/\\\\\\s:,;()]+)");

    /** Why a file operation failed, in words fit for Discord: no absolute path of the server's folders. */
    static String plainReason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return e.getClass().getSimpleName() + " (" + fs.getReason() + ")";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return PATH.matcher(message).replaceAll("$1");
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
        if (v.chars().anyMatch(c -> Character.isISOControl(c) || NOT_PLAIN.indexOf(c) >= 0)) {
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

    // A year ahead at most: a typo like 2205 or +999999999-12-31 is refused, a time zone ahead is not.
    private LocalDate plausible(LocalDate date) throws UploadRefused {
        LocalDate latest = LocalDate.now(clock).plusYears(1);
        if (date.isBefore(EARLIEST) || date.isAfter(latest)) {
            throw new UploadRefused("'published' must be between " + EARLIEST + " and " + latest);
        }
        return date;
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
