package dev.picket.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFilesTest {

    @Test
    void should_name_every_file_a_reload_reads_or_skips_when_listing_a_folder(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"b.md", "a.txt", "notes.docx", ".hidden.txt", Sidecar.FILE_NAME}) {
            Files.writeString(dir.resolve(name), "Text.");
        }
        Files.createDirectories(dir.resolve("removed"));
        Files.writeString(dir.resolve("removed").resolve("old.txt"), "Old.");

        assertThat(CorpusFiles.names(dir)).containsExactly("a.txt", "b.md", "notes.docx");
        assertThat(CorpusReader.builder().build().read(dir).report().loaded()).containsExactly("a.txt", "b.md");
    }
}
