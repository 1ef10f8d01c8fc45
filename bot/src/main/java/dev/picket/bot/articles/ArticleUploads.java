package dev.picket.bot.articles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.picket.bot.reload.ReloadReport;
import dev.picket.bot.reload.ReloadService;
import dev.picket.corpus.Article;
import dev.picket.corpus.Corpus;
import dev.picket.corpus.CorpusFiles;
import dev.picket.corpus.Sidecar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moderators' changes to the corpus folder: adding an uploaded article with its {@code sources.csv} row, and
 * removing one. Nothing is ever deleted: a removed or replaced file moves to {@code removed/} with its row. An
 * upload is read with the corpus reader before it is saved, so a file the next reload would skip is refused
 * with the same reason instead. Each change is followed by a reload that reads the folder after it.
 */
public final class ArticleUploads {

    private static final Logger log = LoggerFactory.getLogger(ArticleUploads.class);

    private final ReloadService reloads;
    private final UploadChecks checks;
    private final RemovedFolder removed;
    // One change to the folder at a time; reloads need no lock, they read whatever is there.
    private final Object lock = new Object();

    public ArticleUploads(ReloadService reloads, long maxBytes, Clock clock) {
        this.reloads = Objects.requireNonNull(reloads, "reloads");
        this.checks = new UploadChecks(maxBytes, Objects.requireNonNull(clock, "clock"));
        this.removed = new RemovedFolder(clock);
    }

    /** The largest upload accepted, so a caller can refuse a bigger attachment before downloading it. */
    public long maxBytes() {
        return checks.maxBytes();
    }

    /**
     * Checks the upload, saves it and its sidecar row into the corpus folder, then reloads.
     *
     * @throws UploadRefused when a field is missing or wrong, the file is not readable text, or the name is
     *                       taken and {@code replace} is not set; nothing is saved then
     */
    public ArticleAdded add(NewArticle upload) throws UploadRefused {
        String name = checks.name(upload.fileName());
        Map<String, String> row = checks.row(name, upload);
        Path dir = reloads.corpusDir();
        String replaced = null;
        Article article;
        synchronized (lock) {
            Path target = dir.resolve(name);
            Optional<String> sameId = otherFileWithId(dir, name);
            if (sameId.isPresent()) {
                throw new UploadRefused("the article id '" + Article.idOf(name) + "' is already used by "
                        + sameId.get() + "; remove that file first or upload under another name");
            }
            if (Files.exists(target) && !upload.replace()) {
                throw new UploadRefused(name + " is already in the corpus; set replace:true to replace it "
                        + "(the old file is kept in " + RemovedFolder.NAME + "/)");
            }
            try {
                // A sidecar that cannot be rewritten must stop the upload before the file is in place.
                Sidecar.checkEditable(dir);
                Path staging = Files.createTempDirectory(dir, ".upload-");
                try {
                    article = readAsTheReloadWill(staging, name, upload.content(), row);
                    replaced = saveWithRow(dir, staging, name, row);
                } finally {
                    deleteStaging(staging);
                }
            } catch (IOException e) {
                log.warn("Could not save the upload {} into {}: {}", name, dir.toAbsolutePath(), e.toString());
                throw new UploadRefused("could not save " + name + ": " + UploadChecks.plainReason(e));
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
        if (wanted.isEmpty() || !UploadChecks.isPlainName(wanted)) {
            throw new UploadRefused("give the article's file name or id, e.g. 2025-07-30-bma.txt");
        }
        Path dir = reloads.corpusDir();
        String name;
        String movedTo;
        synchronized (lock) {
            name = articleFile(dir, wanted).orElseThrow(() -> new UploadRefused("there is no article '" + wanted
                    + "' in the corpus folder"));
            try {
                movedTo = removed.move(dir, name);
            } catch (IOException e) {
                log.warn("Could not remove {} from {}: {}", name, dir.toAbsolutePath(), e.toString());
                throw new UploadRefused("could not remove " + name + ": " + UploadChecks.plainReason(e));
            }
        }
        log.info("Article {} moved to {}", name, movedTo);
        ReloadReport report = reloads.reloadAfterChange().join();
        return new ArticleRemoved(name, movedTo, report);
    }

    /**
     * The checks that need only an attachment's name and size, so a wrong type or an oversized file is refused
     * before it is downloaded.
     */
    public void checkFile(String fileName, long size) throws UploadRefused {
        checks.name(fileName);
        checks.size(size);
    }

    /**
     * Puts the staged file and its row in place together: the row first, so a file is never in the folder
     * without its row (or under the row of the text it replaced), and the row is put back if the file cannot
     * follow. Returns where the replaced file was kept, or null.
     */
    private String saveWithRow(Path dir, Path staging, String name, Map<String, String> row) throws IOException {
        Optional<Map<String, String>> previous = Sidecar.rowOf(dir, name);
        // The old file and row are kept first; should what follows fail, a spare copy in removed/ does no harm.
        String replaced = Files.exists(dir.resolve(name)) ? removed.copy(dir, name) : null;
        Sidecar.putRow(dir, row);
        try {
            // Replaced in one step: a reload running meanwhile sees the old file or the new, never none.
            Files.move(staging.resolve(name), dir.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            return replaced;
        } catch (IOException e) {
            if (previous.isPresent()) {
                Sidecar.putRow(dir, previous.get());
            } else {
                Sidecar.removeRow(dir, name);
            }
            throw e;
        }
    }

    /** Reads the upload alone in a staging folder, exactly as a reload will read it in the corpus folder. */
    private Article readAsTheReloadWill(Path staging, String name, byte[] content, Map<String, String> row)
            throws IOException, UploadRefused {
        Files.write(staging.resolve(name), content);
        Sidecar.putRow(staging, row);
        Corpus read = reloads.reader().read(staging);
        if (read.articles().isEmpty()) {
            String why = read.report().skipped().isEmpty() ? "no article text"
                    : read.report().skipped().getFirst().reason();
            throw new UploadRefused(name + " cannot be indexed: " + why);
        }
        return read.articles().getFirst();
    }

    private static Optional<String> articleFile(Path dir, String wanted) throws UploadRefused {
        List<String> byId = new ArrayList<>();
        for (String name : articleFiles(dir)) {
            if (name.equals(wanted)) {
                return Optional.of(name);
            }
            if (Article.idOf(name).equals(wanted)) {
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
        String id = Article.idOf(name);
        return articleFiles(dir).stream().filter(n -> !n.equals(name) && Article.idOf(n).equals(id)).findFirst();
    }

    private static List<String> articleFiles(Path dir) {
        try {
            return CorpusFiles.names(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus folder " + dir + ": " + e.getMessage(), e);
        }
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
