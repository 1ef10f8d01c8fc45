package dev.picket.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a corpus folder: every {@code .txt}, {@code .html}/{@code .htm} and {@code .md} file directly inside
 * it, with the optional {@code sources.csv} sidecar. A file that cannot be read is skipped and reported; the
 * others still load. Sub-folders (such as {@code removed/}) and hidden files are not articles.
 */
public final class CorpusReader {

    private static final Logger log = LoggerFactory.getLogger(CorpusReader.class);
    private static final String UNKNOWN_SOURCE = "Unknown source";
    private static final int MAX_TITLE = 140;

    private final ArticleCleaner cleaner;
    private final PassageSplitter splitter;
    private final long maxFileBytes;
    private final Clock clock;

    private CorpusReader(Builder b) {
        this.cleaner = new ArticleCleaner(b.rules);
        this.splitter = b.splitter;
        this.maxFileBytes = b.maxFileBytes;
        this.clock = b.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * @throws CorpusException when the folder itself is missing or cannot be listed
     */
    public Corpus read(Path dir) {
        return read(dir, new ArticleCache());
    }

    /**
     * Reads the folder, taking unchanged files' articles from the cache instead of cleaning and splitting them
     * again, and leaves the cache holding this read's articles.
     *
     * @throws CorpusException when the folder itself is missing or cannot be listed
     */
    public Corpus read(Path dir, ArticleCache cache) {
        if (!Files.isDirectory(dir)) {
            throw new CorpusException("corpus folder " + dir.toAbsolutePath() + " does not exist or is not a folder");
        }
        List<String> warnings = new ArrayList<>();
        Sidecar sidecar = Sidecar.read(dir.resolve(Sidecar.FILE_NAME), warnings);
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.sorted().toList();
        } catch (IOException e) {
            throw new CorpusException("corpus folder " + dir.toAbsolutePath() + " cannot be listed: " + e, e);
        }
        Set<String> present = new HashSet<>();
        files.forEach(f -> present.add(f.getFileName().toString()));
        for (String named : sidecar.fileNames()) {
            if (!present.contains(named)) {
                warnings.add(Sidecar.FILE_NAME + ": row for '" + named + "' but no such file in the folder, ignored");
            }
        }
        List<Article> articles = new ArrayList<>();
        List<String> loaded = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.startsWith(".") || name.equals(Sidecar.FILE_NAME) || Files.isDirectory(file)) {
                continue;
            }
            try {
                Article article = readArticle(file, name, sidecar.forFile(name), cache);
                if (!ids.add(article.id())) {
                    throw new Skip("another file already has the article id '" + article.id() + "'");
                }
                articles.add(article);
                loaded.add(name);
            } catch (Skip s) {
                log.warn("Skipped corpus file {}: {}", name, s.getMessage());
                skipped.add(new SkippedFile(name, s.getMessage()));
            }
        }
        cache.retain(Set.copyOf(loaded));
        return new Corpus(articles, new IngestionReport(clock.instant(), loaded, skipped, warnings));
    }

    /** Reads one file as an article, or explains why not. */
    Article readArticle(Path file, String name, ArticleMetadata meta) throws Skip {
        return readArticle(file, name, meta, new ArticleCache());
    }

    private Article readArticle(Path file, String name, ArticleMetadata meta, ArticleCache cache) throws Skip {
        ArticleFormat format = ArticleFormat.ofFileName(name)
                .orElseThrow(() -> new Skip("unsupported file type; picket reads .txt, .html, .htm and .md"));
        byte[] bytes = readBytes(file);
        String fingerprint = hash(bytes, meta.source(), meta.published(), meta.title(), meta.url());
        Article cached = cache.get(name, fingerprint);
        if (cached != null) {
            return cached;
        }
        Article article = clean(name, meta, format, bytes);
        cache.put(name, fingerprint, article);
        return article;
    }

    private Article clean(String name, ArticleMetadata meta, ArticleFormat format, byte[] bytes) throws Skip {
        String raw;
        try {
            raw = FileText.decode(bytes);
        } catch (FileText.NotText e) {
            throw new Skip(e.getMessage());
        }
        ArticleCleaner.Cleaned cleaned = cleaner.clean(raw, format);
        if (cleaned.text().isBlank()) {
            throw new Skip("no article text left after removing markup and boilerplate");
        }
        String id = name.substring(0, name.lastIndexOf('.'));
        List<String> texts = splitter.split(cleaned.text());
        List<Passage> passages = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            passages.add(new Passage(Passage.idOf(id, i), id, i, texts.get(i)));
        }
        String source = Objects.requireNonNullElse(meta.source(), UNKNOWN_SOURCE);
        LocalDate published = meta.published() != null ? meta.published() : cleaned.date();
        String title = Optional.ofNullable(meta.title()).or(() -> Optional.ofNullable(cleaned.title()))
                .orElseGet(() -> fallbackTitle(cleaned.text()));
        return new Article(id, name, source, published, title, meta.url(), cleaned.text(),
                hash(bytes, source, published, title, meta.url()), passages);
    }

    private byte[] readBytes(Path file) throws Skip {
        try {
            if (!Files.isRegularFile(file)) {
                throw new Skip("not a regular file (a broken or looping link?)");
            }
            long size = Files.size(file);
            if (size > maxFileBytes) {
                throw new Skip("too large: " + size + " bytes, the limit is " + maxFileBytes);
            }
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new Skip("cannot be read: permission denied");
        } catch (IOException e) {
            throw new Skip("cannot be read: " + e.getClass().getSimpleName());
        }
    }

    private static String fallbackTitle(String text) {
        String first = Sentences.split(ArticleCleaner.paragraphs(text).get(0)).get(0);
        return first.length() <= MAX_TITLE ? first : first.substring(0, MAX_TITLE - 1).strip() + "…";
    }

    private static String hash(byte[] bytes, String source, LocalDate published, String title, String url) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes);
            String meta = "\0" + ArticleCleaner.VERSION + "\0" + source + "\0" + published + "\0" + title + "\0" + url;
            digest.update(meta.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Why a file was not loaded. */
    public static final class Skip extends Exception {
        Skip(String reason) {
            super(reason, null, false, false);
        }
    }

    public static final class Builder {
        private BoilerplateRules rules = BoilerplateRules.defaults();
        private PassageSplitter splitter = PassageSplitter.defaults();
        private long maxFileBytes = 5L * 1024 * 1024;
        private Clock clock = Clock.systemUTC();

        public Builder boilerplateRules(BoilerplateRules rules) {
            this.rules = Objects.requireNonNull(rules);
            return this;
        }

        public Builder splitter(PassageSplitter splitter) {
            this.splitter = Objects.requireNonNull(splitter);
            return this;
        }

        public Builder maxFileBytes(long maxFileBytes) {
            if (maxFileBytes < 1) {
                throw new IllegalArgumentException("maxFileBytes must be positive");
            }
            this.maxFileBytes = maxFileBytes;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public CorpusReader build() {
            return new CorpusReader(this);
        }
    }
}
