package dev.picket.bot.articles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.picket.bot.reload.ReloadReport;
import dev.picket.bot.reload.ReloadService;
import dev.picket.corpus.Article;
import dev.picket.corpus.Corpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moderators' changes to the corpus folder: adding an uploaded article with its {@code sources.csv} row, and
 * removing one. Nothing is ever deleted: a removed or replaced file moves to {@code removed/} with its row. An
 * upload is read with the corpus reader before it is saved, so a file the next reload would skip is refused
 * with the same reason instead. Each change is followed by a reload that reads the folder after it.
 */
public final class ArticleUploads {

    static final String REMOVED = "removed";
    static final Set<String> TYPES = Set.of("txt", "html", "htm", "md");
    static final int MAX_FIELD_LENGTH = 300;

    private static final Logger log = LoggerFactory.getLogger(ArticleUploads.class);
    // Plain names only: no folders, no hidden files, nothing a shell or Discord would mangle.
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final ReloadService reloads;
    private final long maxBytes;
    private final Clock clock;
    // One change to the folder at a time; reloads need no lock, they read whatever is there.
    private final Object lock = new Object();

    public ArticleUploads(ReloadService reloads, long maxBytes, Clock clock) {
        this.reloads = Objects.requireNonNull(reloads, "reloads");
        this.maxBytes = maxBytes;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The largest upload accepted, so a caller can refuse a bigger attachment before downloading it. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Checks the upload, saves it and its sidecar row into the corpus folder, then reloads.
     *
     * @throws UploadRefused when a field is missing or wrong, the file is not readable text, or the name is
     *                       taken and {@code replace} is not set; nothing is saved then
     */
    public ArticleAdded add(NewArticle upload) throws UploadRefused {
        String name = checkName(upload.fileName());
        checkSize(upload.content() == null ? 0 : upload.content().length);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("file", name);
        row.put("source", required("source", upload.source()));
        row.put("published", date(upload.published()).toString());
        row.put("title", required("title", upload.title()));
        row.put("url", url(upload.url()));
        Path dir = reloads.corpusDir();
        String replaced = null;
        Article article;
        synchronized (lock) {
            Path target = dir.resolve(name);
            Optional<String> sameId = otherFileWithId(dir, name);
            if (sameId.isPresent()) {
                throw new UploadRefused("the article id '" + articleId(name) + "' is already used by "
                        + sameId.get() + "; remove that file first or upload under another name");
            }
            if (Files.exists(target) && !upload.replace()) {
                throw new UploadRefused(name + " is already in the corpus; set replace:true to replace it "
                        + "(the old file is kept in " + REMOVED + "/)");
            }
            try {
                // A sidecar that cannot be rewritten must stop the upload before the file is in place.
                new SourcesCsv(dir.resolve(SourcesCsv.FILE_NAME)).get(name);
                Path staging = Files.createTempDirectory(dir, ".upload-");
                try {
                    article = readAsTheReloadWill(staging, name, upload.content(), row);
                    if (Files.exists(target)) {
                        replaced = keepInRemoved(dir, name, false);
                    }
                    // Replaced in one step: a reload running meanwhile sees the old file or the new, never none.
                    Files.move(staging.resolve(name), target, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                    new SourcesCsv(dir.resolve(SourcesCsv.FILE_NAME)).put(row);
                } finally {
                    deleteStaging(staging);
                }
            } catch (IOException e) {
                throw new UploadRefused("could not save " + name + ": " + e.getMessage());
            }
        }
        log.info("Article {} saved into {}{}", name, dir.toAbsolutePath(),
                replaced == null ? "" : " (the previous file is now " + replaced + ")");
        ReloadReport report = reloads.reloadAfterChange().join();
        return new ArticleAdded(name, replaced, article.passages(), report);
    }

    /**
     * Moves an article's file (given by file name or article id) and its sidecar row to {@code removed/}, then
     * reloads.
     *
     * @throws UploadRefused when there is no such article file
     */
    public ArticleRemoved remove(String nameOrId) throws UploadRefused {
        String wanted = nameOrId == null ? "" : nameOrId.strip();
        if (wanted.isEmpty() || !NAME.matcher(wanted).matches()) {
            throw new UploadRefused("give the article's file name or id, e.g. 2025-07-30-bma.txt");
        }
        Path dir = reloads.corpusDir();
        String name;
        String movedTo;
        synchronized (lock) {
            name = articleFile(dir, wanted).orElseThrow(() -> new UploadRefused("there is no article '" + wanted
                    + "' in the corpus folder"));
            try {
                movedTo = keepInRemoved(dir, name, true);
            } catch (IOException e) {
                throw new UploadRefused("could not remove " + name + ": " + e.getMessage());
            }
        }
        log.info("Article {} moved to {}", name, movedTo);
        ReloadReport report = reloads.reloadAfterChange().join();
        return new ArticleRemoved(name, movedTo, report);
    }

    private String checkName(String fileName) throws UploadRefused {
        String name = fileName == null ? "" : fileName.strip();
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new UploadRefused("wrong file type" + (type.isEmpty() ? "" : " '." + type + "'")
                    + ": picket takes .txt, .html, .htm or .md articles");
        }
        if (!NAME.matcher(name).matches() || name.equalsIgnoreCase(SourcesCsv.FILE_NAME)) {
            throw new UploadRefused("the file name may use only letters, digits, '.', '-' and '_' (at most 120), "
                    + "e.g. 2025-07-30-bma.txt");
        }
        return name;
    }

    /**
     * The checks that need only an attachment's name and size, so a wrong type or an oversized file is refused
     * before it is downloaded.
     */
    public void checkFile(String fileName, long size) throws UploadRefused {
        checkName(fileName);
        checkSize(size);
    }

    private void checkSize(long size) throws UploadRefused {
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
            return "";
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

    /** Reads the upload alone in a staging folder, exactly as a reload will read it in the corpus folder. */
    private Article readAsTheReloadWill(Path staging, String name, byte[] content, Map<String, String> row)
            throws IOException, UploadRefused {
        Files.write(staging.resolve(name), content);
        new SourcesCsv(staging.resolve(SourcesCsv.FILE_NAME)).put(row);
        Corpus read = reloads.reader().read(staging);
        if (read.articles().isEmpty()) {
            String why = read.report().skipped().isEmpty() ? "no article text"
                    : read.report().skipped().getFirst().reason();
            throw new UploadRefused(name + " cannot be indexed: " + why);
        }
        return read.articles().getFirst();
    }

    /**
     * Puts a file and its sidecar row into {@code removed/}: moved out of the corpus, or copied when an upload is
     * about to replace it. Returns its path there, relative to the corpus folder.
     */
    private String keepInRemoved(Path dir, String name, boolean move) throws IOException {
        SourcesCsv sidecar = new SourcesCsv(dir.resolve(SourcesCsv.FILE_NAME));
        Optional<Map<String, String>> row = sidecar.get(name);
        Path removedDir = Files.createDirectories(dir.resolve(REMOVED));
        Path dest = removedDir.resolve(name);
        if (Files.exists(dest)) {
            int dot = name.lastIndexOf('.');
            dest = removedDir.resolve(name.substring(0, dot) + "." + STAMP.format(clock.instant())
                    + name.substring(dot));
        }
        String destName = dest.getFileName().toString();
        // The row goes first: should the move fail, a spare row in removed/ does no harm.
        if (row.isPresent()) {
            Map<String, String> kept = new LinkedHashMap<>(row.get());
            kept.put("file", destName);
            new SourcesCsv(removedDir.resolve(SourcesCsv.FILE_NAME)).put(kept);
        }
        if (move) {
            Files.move(dir.resolve(name), dest, StandardCopyOption.ATOMIC_MOVE);
            sidecar.remove(name);
        } else {
            Files.copy(dir.resolve(name), dest, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return REMOVED + "/" + destName;
    }

    private static Optional<String> articleFile(Path dir, String wanted) throws UploadRefused {
        List<String> byId = new ArrayList<>();
        for (String name : articleFiles(dir)) {
            if (name.equals(wanted)) {
                return Optional.of(name);
            }
            if (articleId(name).equals(wanted)) {
                byId.add(name);
            }
        }
        if (byId.size() > 1) {
            throw new UploadRefused("several files have the id '" + wanted + "': " + String.join(", ", byId)
                    + "; give the file name");
        }
        return byId.stream().findFirst();
    }

    private static Optional<String> otherFileWithId(Path dir, String name) {
        String id = articleId(name);
        return articleFiles(dir).stream().filter(n -> !n.equals(name) && articleId(n).equals(id)).findFirst();
    }

    private static List<String> articleFiles(Path dir) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                if (Files.isRegularFile(f) && !n.startsWith(".") && !n.equalsIgnoreCase(SourcesCsv.FILE_NAME)) {
                    names.add(n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus folder " + dir + ": " + e.getMessage(), e);
        }
        return names;
    }

    private static String articleId(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static void deleteStaging(Path staging) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(staging);
        } catch (IOException e) {
            log.warn("Could not clean up the upload staging folder {}: {}", staging, e.getMessage());
        }
    }
}
