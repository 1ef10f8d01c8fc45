package dev.picket.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class SidecarEditTest {

    private static final LocalDate DAY = LocalDate.parse("2025-07-30");

    @TempDir
    Path dir;

    @Test
    void should_write_a_row_the_reader_reads_back_when_the_sidecar_is_new() throws IOException {
        Sidecar.putRow(dir, Sidecar.row("a.txt", "The Gazette, Leeds", DAY, "Porters \"walk\" out", null));

        ArticleMetadata read = reread().forFile("a.txt");
        assertThat(read).isEqualTo(new ArticleMetadata("The Gazette, Leeds", DAY, "Porters \"walk\" out", null));
        assertThat(Files.readString(dir.resolve(Sidecar.FILE_NAME)))
                .startsWith("file,source,published,title,url\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"https://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)"})
    void should_neutralise_a_formula_in_the_file_and_read_the_text_back_when_a_field_starts_like_one(String title)
            throws IOException {
        Sidecar.putRow(dir, Sidecar.row("a.txt", title, DAY, title, null));

        String csv = Files.readString(dir.resolve(Sidecar.FILE_NAME));
        assertThat(csv.lines().skip(1)).singleElement().satisfies(line ->
                assertThat(line.split(",", 2)[1]).matches("\"?'[=+\\-@].*"));
        assertThat(reread().forFile("a.txt")).isEqualTo(new ArticleMetadata(title, DAY, title, null));
    }

    @Test
    void should_replace_the_row_and_keep_the_others_and_their_extra_columns_when_a_file_is_put_again()
            throws IOException {
        Files.writeString(dir.resolve(Sidecar.FILE_NAME), """
                File,Source,Published,Title,URL,Notes
                a.txt,Old,2020-01-01,Old title,,checked by hand
                b.txt,Kept,2021-02-02,Kept title,https://example.org/b,second
                """);

        Sidecar.putRow(dir, Sidecar.row("a.txt", "New", DAY, "New title", "https://example.org/a"));

        Sidecar read = reread();
        assertThat(read.fileNames()).containsExactly("a.txt", "b.txt");
        assertThat(read.forFile("a.txt").source()).isEqualTo("New");
        assertThat(read.forFile("b.txt").url()).isEqualTo("https://example.org/b");
        assertThat(Files.readString(dir.resolve(Sidecar.FILE_NAME))).contains("notes").contains("second");
    }

    @Test
    void should_refuse_and_leave_the_file_alone_when_the_sidecar_is_malformed() throws IOException {
        String broken = "file,source,published,title\n\"unterminated,quote\n";
        Files.writeString(dir.resolve(Sidecar.FILE_NAME), broken);

        assertThatThrownBy(() -> Sidecar.checkEditable(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("sources.csv is malformed");
        assertThatThrownBy(() -> Sidecar.putRow(dir, Sidecar.row("a.txt", "S", DAY, "T", null)))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(dir.resolve(Sidecar.FILE_NAME))).isEqualTo(broken);
    }

    @Test
    void should_leave_no_temporary_file_when_a_row_is_written() throws IOException {
        Sidecar.putRow(dir, Sidecar.row("a.txt", "S", DAY, "T", null));
        Sidecar.putRow(dir, Sidecar.row("b.txt", "S", DAY, "T", null));

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(Sidecar.FILE_NAME);
        }
    }

    @Test
    void should_copy_the_row_under_the_new_name_and_remove_it_when_a_file_moves_away() throws IOException {
        Path removed = Files.createDirectory(dir.resolve("removed"));
        Sidecar.putRow(dir, Sidecar.row("a.txt", "Sky News", DAY, "Talks", null));

        Sidecar.copyRow(dir, "a.txt", removed, "a.2026.txt");
        assertThat(Sidecar.removeRow(dir, "a.txt")).isTrue();

        assertThat(reread().fileNames()).isEmpty();
        List<String> warnings = new ArrayList<>();
        assertThat(Sidecar.read(removed.resolve(Sidecar.FILE_NAME), warnings).forFile("a.2026.txt").source())
                .isEqualTo("Sky News");
        assertThat(Sidecar.removeRow(dir, "a.txt")).isFalse();
    }

    @Test
    void should_write_nothing_when_a_file_without_a_row_is_copied() throws IOException {
        Path removed = Files.createDirectory(dir.resolve("removed"));

        Sidecar.copyRow(dir, "a.txt", removed, "a.txt");

        assertThat(removed.resolve(Sidecar.FILE_NAME)).doesNotExist();
    }

    private Sidecar reread() {
        List<String> warnings = new ArrayList<>();
        Sidecar read = Sidecar.read(dir.resolve(Sidecar.FILE_NAME), warnings);
        assertThat(warnings).isEmpty();
        return read;
    }
}
