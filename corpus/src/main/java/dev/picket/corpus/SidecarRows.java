package dev.picket.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The rows of one {@code sources.csv}, for editing: one row per file, keyed by the {@code file} column. The file is
 * rewritten whole through a temporary file and an atomic rename, so a crash leaves either the old or the new
 * sidecar. Columns a moderator added by hand are kept. A sidecar that does not parse is refused rather than
 * rewritten, since rewriting it would drop the rows that could not be read.
 */
final class SidecarRows {

    static final List<String> COLUMNS = List.of("file", "source", "published", "title", "url");
    private static final CsvMapper MAPPER = CsvMapper.builder().build();

    private final Path path;

    SidecarRows(Path path) {
        this.path = path;
    }

    /** Adds the row for {@code row.get("file")}, or replaces the one already there. */
    void put(Map<String, String> row) throws IOException {
        Table table = read();
        String file = row.get("file");
        table.rows.removeIf(r -> file.equals(r.get("file")));
        table.rows.add(row);
        table.columns.addAll(row.keySet());
        write(table);
    }

    /** Fails as an edit would when the sidecar exists but does not parse. */
    void check() throws IOException {
        read();
    }

    /** The row for this file, if there is one. */
    Optional<Map<String, String>> get(String file) throws IOException {
        return read().rows.stream().filter(r -> file.equals(r.get("file"))).findFirst();
    }

    /** Removes and returns the row for this file, if there is one. */
    Optional<Map<String, String>> remove(String file) throws IOException {
        Table table = read();
        Optional<Map<String, String>> row = table.rows.stream().filter(r -> file.equals(r.get("file"))).findFirst();
        if (row.isPresent()) {
            table.rows.remove(row.get());
            write(table);
        }
        return row;
    }

    private Table read() throws IOException {
        Table table = new Table(new LinkedHashSet<>(COLUMNS), new ArrayList<>());
        if (!Files.exists(path)) {
            return table;
        }
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class).with(schema)
                     .readValues(reader)) {
            while (it.hasNextValue()) {
                Map<String, String> row = new LinkedHashMap<>();
                it.nextValue().forEach((k, v) -> row.put(Sidecar.column(k), v));
                table.columns.addAll(row.keySet());
                if (row.get("file") != null && !row.get("file").isBlank()) {
                    row.put("file", row.get("file").strip());
                    table.rows.add(row);
                }
            }
        } catch (JacksonException e) {
            throw new IOException(path.getFileName() + " is malformed (" + e.getOriginalMessage()
                    + "); fix it by hand first, picket will not rewrite it", e);
        }
        return table;
    }

    private void write(Table table) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        table.columns.forEach(schema::addColumn);
        Path tmp = path.resolveSibling("." + Sidecar.FILE_NAME + ".tmp");
        try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            MAPPER.writer(schema.build()).writeValue(writer, table.rows.stream().map(SidecarRows::cells).toList());
        } catch (JacksonException e) {
            throw new IOException("cannot write " + path.getFileName() + ": " + e.getOriginalMessage(), e);
        }
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    // Every field but the file name, which is a plain name, is made safe to open in a spreadsheet.
    private static Map<String, String> cells(Map<String, String> row) {
        Map<String, String> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k, k.equals("file") ? v : Sidecar.cell(v)));
        return out;
    }

    private record Table(Set<String> columns, List<Map<String, String>> rows) {
    }
}
