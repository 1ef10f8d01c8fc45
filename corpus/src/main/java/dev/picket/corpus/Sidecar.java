package dev.picket.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The one owner of {@code sources.csv} ({@code file,source,published,title[,url]}). Reading it for a reload is
 * lenient: a bad row or field becomes a warning and the article falls back to what its own text says; a broken
 * sidecar never stops the corpus loading. Editing it is strict (see {@link SidecarRows}): a sidecar that does not
 * parse is refused rather than rewritten.
 */
public final class Sidecar {

    public static final String FILE_NAME = "sources.csv";
    private static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final String FORMULA_START = "=+-@\t\r";

    private final Map<String, ArticleMetadata> rows;
    // Sorted once: a reload reuses the parsed sidecar (FileStamps), and sorting 100k names each time showed.
    private final List<String> fileNames;

    private Sidecar(Map<String, ArticleMetadata> rows) {
        this.rows = rows;
        this.fileNames = rows.keySet().stream().sorted().toList();
    }

    static Sidecar empty() {
        return new Sidecar(Map.of());
    }

    static Sidecar read(Path file, List<String> warnings) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                warnings.add(FILE_NAME + ": larger than " + MAX_BYTES + " bytes, ignored");
                return empty();
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return parse(reader, warnings);
            }
        } catch (IOException | JacksonException e) {
            warnings.add(FILE_NAME + ": unreadable (" + e.getClass().getSimpleName() + "), ignored");
            return empty();
        }
    }

    static Sidecar parse(Reader reader, List<String> warnings) {
        CsvMapper mapper = CsvMapper.builder()
                .enable(CsvReadFeature.TRIM_SPACES)
                .enable(CsvReadFeature.ALLOW_TRAILING_COMMA)
                .build();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        Map<String, ArticleMetadata> rows = new HashMap<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema)
                .readValues(reader)) {
            int line = 1;
            while (it.hasNextValue()) {
                line++;
                Map<String, String> row = lowerCaseKeys(it.nextValue());
                String file = blankToNull(row.get("file"));
                if (file == null) {
                    warnings.add(FILE_NAME + " line " + line + ": no file name, row ignored");
                    continue;
                }
                rows.put(file, new ArticleMetadata(text(blankToNull(row.get("source"))),
                        date(row.get("published"), line, warnings), text(blankToNull(row.get("title"))),
                        url(row.get("url"), line, warnings)));
            }
        } catch (JacksonException e) {
            warnings.add(FILE_NAME + ": malformed CSV after " + rows.size() + " rows ("
                    + e.getOriginalMessage() + "), later rows ignored");
        }
        return new Sidecar(rows);
    }

    /** A row for {@code file} in the columns the reader knows; a null url is left empty. */
    public static Map<String, String> row(String file, String source, LocalDate published, String title,
                                          String url) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("file", file);
        row.put("source", source);
        row.put("published", published.toString());
        row.put("title", title);
        row.put("url", url == null ? "" : url);
        return row;
    }

    /**
     * Adds {@code row} to the sidecar of {@code dir}, replacing the one for the same file, in one atomic rewrite.
     *
     * @throws IOException when the sidecar is malformed (it is left as it is) or cannot be written
     */
    public static void putRow(Path dir, Map<String, String> row) throws IOException {
        rows(dir).put(row);
    }

    /** Fails, as {@link #putRow} would, when the sidecar of {@code dir} exists but could not be rewritten. */
    public static void checkEditable(Path dir) throws IOException {
        rows(dir).check();
    }

    /** Copies the row of {@code file}, if it has one, into the sidecar of {@code toDir} as the row of {@code toFile}. */
    public static void copyRow(Path dir, String file, Path toDir, String toFile) throws IOException {
        Optional<Map<String, String>> row = rows(dir).get(file);
        if (row.isPresent()) {
            Map<String, String> copy = new LinkedHashMap<>(row.get());
            copy.put("file", toFile);
            rows(toDir).put(copy);
        }
    }

    /** The row of {@code file} in the sidecar of {@code dir}, if it has one, to put back after a failed edit. */
    public static Optional<Map<String, String>> rowOf(Path dir, String file) throws IOException {
        return rows(dir).get(file);
    }

    /** Removes the row of {@code file} from the sidecar of {@code dir}; whether there was one. */
    public static boolean removeRow(Path dir, String file) throws IOException {
        return rows(dir).remove(file).isPresent();
    }

    private static SidecarRows rows(Path dir) {
        return new SidecarRows(dir.resolve(FILE_NAME));
    }

    /** The file names the sidecar has rows for, sorted. */
    List<String> fileNames() {
        return fileNames;
    }

    ArticleMetadata forFile(String fileName) {
        return rows.getOrDefault(fileName, ArticleMetadata.NONE);
    }

    /**
     * {@link #forFile}, its values now the listed article's wherever they are equal (most are), and kept as the row:
     * a reload keeps the parsed sidecar, and it and the listing each held a copy of every headline and address.
     */
    ArticleMetadata share(String fileName, ArticleInfo listed) {
        ArticleMetadata row = rows.get(fileName);
        if (row == null) {
            return ArticleMetadata.NONE;
        }
        ArticleMetadata shared = new ArticleMetadata(same(row.source(), listed.source()),
                same(row.published(), listed.published()), same(row.title(), listed.title()),
                same(row.url(), listed.url()));
        if (shared.source() == row.source() && shared.published() == row.published()
                && shared.title() == row.title() && shared.url() == row.url()) {
            return row;
        }
        rows.replace(fileName, shared);
        return shared;
    }

    private static <T> T same(T mine, T listed) {
        return Objects.equals(mine, listed) ? listed : mine;
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> row) {
        Map<String, String> out = new HashMap<>();
        row.forEach((k, v) -> out.put(column(k), v));
        return out;
    }

    /** A header as both readers match it: without case, and without a spreadsheet's byte order mark. */
    static String column(String header) {
        // A spreadsheet's "CSV UTF-8" starts with a byte order mark, which would otherwise stick to "file".
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    private static LocalDate date(String value, int line, List<String> warnings) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            warnings.add(FILE_NAME + " line " + line + ": published '" + abbreviate(v)
                    + "' is not a YYYY-MM-DD date, ignored");
            return null;
        }
    }

    private static String url(String value, int line, List<String> warnings) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        if (!v.startsWith("https://") && !v.startsWith("http://")) {
            warnings.add(FILE_NAME + " line " + line + ": url '" + abbreviate(v) + "' is not http(s), ignored");
            return null;
        }
        return v;
    }

    /**
     * A field as it is written into the file, safe to open in a spreadsheet: one that would start a formula
     * ({@code = + - @}, or a tab or carriage return) gets a leading apostrophe, as OWASP advises for CSV.
     */
    static String cell(String value) {
        return value != null && !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** The text of a field {@link #cell} neutralised; any other field as it is. */
    static String text(String value) {
        return value != null && value.length() > 1 && value.charAt(0) == '\''
                && FORMULA_START.indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
