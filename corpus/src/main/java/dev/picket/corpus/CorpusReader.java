package dev.picket.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a corpus folder: every file {@link CorpusFiles} names, as its {@link ArticleFormat}, with the optional
 * {@code sources.csv} sidecar. A file that cannot be read is skipped and reported; the others still load.
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
     * Reads every article of the folder, texts and all.
     *
     * @throws CorpusException when the folder itself is missing or cannot be listed
     */
    public Corpus read(Path dir) {
        List<Article> articles = new ArrayList<>();
        CorpusListing listing = read(dir, Map.of(), articles::add);
        return new Corpus(articles, listing.report());
    }

    /**
     * Reads the folder one file at a time. A file whose article {@code indexed} holds with the same content hash is
     * listed from there and not cleaned again; every other article goes to {@code changed} as soon as it is read.
     * So a reload of a large corpus cleans only what changed, and holds one article's text at a time.
     *
     * @param indexed the articles already indexed, by id
     * @param changed hears of each article that is new or differs from {@code indexed}, in file-name order
     * @throws CorpusException when the folder itself is missing or cannot be listed
     */
    public CorpusListing read(Path dir, Map<String, ArticleInfo> indexed, Consumer<Article> changed) {
        return read(dir, indexed, new FileStamps(), changed);
    }

    /**
     * As {@link #read(Path, Map, Consumer)}; a file whose size, time and sidecar row are as {@code stamps} last saw
     * them is not even read, and {@code stamps} is left describing this read.
     */
    public CorpusListing read(Path dir, Map<String, ArticleInfo> indexed, FileStamps stamps,
                              Consumer<Article> changed) {
        if (!Files.isDirectory(dir)) {
            throw new CorpusException("corpus folder " + dir.toAbsolutePath() + " does not exist or is not a folder");
        }
        List<String> warnings = new ArrayList<>();
        Sidecar sidecar = stamps.sidecar(dir.resolve(Sidecar.FILE_NAME), warnings, clock.instant());
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
        List<ArticleInfo> articles = new ArrayList<>();
        List<String> loaded = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!CorpusFiles.isArticleFile(file)) {
                continue;
            }
            try {
                if (CorpusFiles.isReadme(name)) {
                    throw new Skip("a README describes the folder, it is not an article");
                }
                if (!ids.add(Article.idOf(name))) {
                    throw new Skip("another file already has the article id '" + Article.idOf(name) + "'");
                }
                ArticleInfo info = readArticle(file, name, sidecar, indexed, stamps, changed);
                articles.add(info);
                loaded.add(sameName(info, name));
            } catch (Skip s) {
                log.warn("Skipped corpus file {}: {}", name, s.getMessage());
                skipped.add(new SkippedFile(name, s.getMessage()));
            }
        }
        stamps.retain(Set.copyOf(loaded));
        return new CorpusListing(articles, new IngestionReport(clock.instant(), loaded, skipped, warnings));
    }

    private ArticleInfo readArticle(Path file, String name, Sidecar sidecar, Map<String, ArticleInfo> indexed,
                                    FileStamps stamps, Consumer<Article> changed) throws Skip {
        ArticleFormat format = format(name);
        BasicFileAttributes attributes = attributes(file);
        ArticleInfo known = indexed.get(Article.idOf(name));
        ArticleMetadata meta = known == null ? sidecar.forFile(name) : sidecar.share(name, known);
        String stamped = stamps.hash(name, attributes, meta);
        if (stamped != null && known != null && known.contentHash().equals(stamped)) {
            return known;
        }
        Instant readAt = clock.instant();
        byte[] bytes = readBytes(file, attributes);
        String hash = hash(name, bytes, meta);
        if (known != null && known.contentHash().equals(hash)) {
            // The stamps keep the listing's own name and hash: at 100k articles the heap is mostly such strings.
            stamps.record(sameName(known, name), attributes, meta, known.contentHash(), readAt);
            return known;
        }
        stamps.record(name, attributes, meta, hash, readAt);
        Article article = clean(name, meta, format, bytes, hash);
        changed.accept(article);
        return article.info();
    }

    /** The listed article's file name when it is this one, so the listing holds one copy of it. */
    private static String sameName(ArticleInfo info, String name) {
        return info.fileName().equals(name) ? info.fileName() : name;
    }

    private static ArticleFormat format(String name) throws Skip {
        return ArticleFormat.ofFileName(name)
                .orElseThrow(() -> new Skip("unsupported file type; picket reads " + ArticleFormat.extensionsText()));
    }

    private Article clean(String name, ArticleMetadata meta, ArticleFormat format, byte[] bytes, String hash)
            throws Skip {
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
        String id = Article.idOf(name);
        List<String> texts = splitter.split(cleaned.text());
        List<Passage> passages = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            passages.add(new Passage(Passage.idOf(id, i), id, i, texts.get(i)));
        }
        String source = Objects.requireNonNullElse(meta.source(), UNKNOWN_SOURCE);
        LocalDate published = meta.published() != null ? meta.published() : cleaned.date();
        String title = Optional.ofNullable(meta.title()).or(() -> Optional.ofNullable(cleaned.title()))
                .orElseGet(() -> fallbackTitle(cleaned.text()));
        return new Article(id, name, source, published, title, meta.url(), cleaned.text(), hash, passages);
    }

    /** The file's attributes, following links; anything but a regular file is refused here. */
    private static BasicFileAttributes attributes(Path file) throws Skip {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new Skip("not a regular file (a broken or looping link?)");
            }
            return attributes;
        } catch (IOException e) {
            throw new Skip("not a regular file (a broken or looping link?)");
        }
    }

    private byte[] readBytes(Path file, BasicFileAttributes attributes) throws Skip {
        try {
            if (attributes.size() > maxFileBytes) {
                throw new Skip("too large: " + attributes.size() + " bytes, the limit is " + maxFileBytes);
            }
            byte[] bytes = Files.readAllBytes(file);
            // The file may have grown since its attributes were read.
            if (bytes.length > maxFileBytes) {
                throw new Skip("too large: " + bytes.length + " bytes, the limit is " + maxFileBytes);
            }
            return bytes;
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

    /**
     * Over what the file is and what the sidecar says of it, before any cleaning: the title and date a cleaner
     * finds in the text follow from the bytes. The cleaner's version is in it, so a cleaner change re-indexes all.
     */
    private static String hash(String name, byte[] bytes, ArticleMetadata meta) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes);
            String about = "\0" + ArticleCleaner.VERSION + "\0" + name + "\0" + meta.source() + "\0"
                    + meta.published() + "\0" + meta.title() + "\0" + meta.url();
            digest.update(about.getBytes(StandardCharsets.UTF_8));
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
