package dev.picket.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarStampsTest {

    private static final String ARTICLE = "Nurses strike\n\nNurses in England walked out on Tuesday over pay.\n";

    @TempDir
    Path dir;

    @Test
    void should_serve_the_edited_sidecar_when_it_changes_after_a_stamped_read() throws Exception {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Path sidecar = dir.resolve(Sidecar.FILE_NAME);
        Files.writeString(sidecar, "file,source,published,title\na.txt,BBC,2023-01-10,\nmissing.txt,ITV,,\n");
        Files.setLastModifiedTime(sidecar, FileTime.from(Instant.now().minusSeconds(60)));
        CorpusReader reader = CorpusReader.builder().build();
        FileStamps stamps = new FileStamps();

        CorpusListing first = read(reader, stamps);
        CorpusListing again = read(reader, stamps);
        Files.writeString(sidecar, "file,source,published,title\na.txt,Reuters,2023-01-10,\n");
        Files.setLastModifiedTime(sidecar, FileTime.from(Instant.now().minusSeconds(30)));
        CorpusListing edited = read(reader, stamps);

        assertThat(first.articles().getFirst().source()).isEqualTo("BBC");
        assertThat(again.articles().getFirst().source()).as("unchanged").isEqualTo("BBC");
        assertThat(again.report().warnings()).as("the stamped read's warnings again")
                .isEqualTo(first.report().warnings()).anyMatch(w -> w.contains("missing.txt"));
        assertThat(edited.articles().getFirst().source()).as("edited").isEqualTo("Reuters");
        assertThat(edited.report().warnings()).noneMatch(w -> w.contains("missing.txt"));
    }

    private CorpusListing read(CorpusReader reader, FileStamps stamps) {
        List<Article> changed = new ArrayList<>();
        return reader.read(dir, Map.of(), stamps, changed::add);
    }
}
