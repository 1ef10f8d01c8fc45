package dev.picket.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentHashTest {

    private static final String EDITED = "001_33371de56cf75ba2";

    @TempDir
    Path dir;

    private Map<String, String> before;

    @BeforeEach
    void hashSampleCopy() {
        SampleCorpus.copyTo(dir);
        before = hashes();
    }

    private Map<String, String> hashes() {
        return CorpusReader.builder().build().read(dir).articles().stream()
                .collect(Collectors.toMap(Article::id, Article::contentHash));
    }

    @Test
    void should_give_the_same_hash_when_the_same_bytes_are_read_again() {
        assertThat(before).hasSize(5).allSatisfy((id, hash) -> assertThat(hash).matches("[0-9a-f]{64}"));
        assertThat(before.values()).doesNotHaveDuplicates();
        assertThat(hashes()).isEqualTo(before);
    }

    @Test
    void should_change_only_that_hash_when_an_article_file_is_edited() throws IOException {
        Files.writeString(dir.resolve(EDITED + ".txt"), "\n\nA correction was added on Tuesday.",
                StandardOpenOption.APPEND);

        Map<String, String> after = hashes();

        assertThat(after.get(EDITED)).isNotEqualTo(before.get(EDITED));
        assertThat(after).hasSize(5).allSatisfy((id, hash) -> {
            if (!id.equals(EDITED)) {
                assertThat(hash).isEqualTo(before.get(id));
            }
        });
    }

    @Test
    void should_change_the_hash_when_the_sidecar_row_is_edited() throws IOException {
        Path csv = dir.resolve("sources.csv");
        Files.writeString(csv, Files.readString(csv).replace("Barclay seeks fresh talks", "Barclay seeks new talks"));

        Map<String, String> after = hashes();

        assertThat(after.get(EDITED)).isNotEqualTo(before.get(EDITED));
        assertThat(after.get("000_49e35b76aa9f111b")).isEqualTo(before.get("000_49e35b76aa9f111b"));
    }

    @Test
    void should_change_the_hash_when_the_sidecar_date_or_url_is_edited() throws IOException {
        Path csv = dir.resolve("sources.csv");
        String original = Files.readString(csv);

        Files.writeString(csv, original.replace("2022-12-19", "2022-12-20"));
        String redated = hashes().get(EDITED);
        Files.writeString(csv, original.replace("file,source,published,title", "file,source,published,title,url")
                .replace("discussing pay", "discussing pay,https://news.sky.com/story/barclay"));
        String withUrl = hashes().get(EDITED);

        assertThat(redated).isNotEqualTo(before.get(EDITED));
        assertThat(withUrl).isNotEqualTo(before.get(EDITED)).isNotEqualTo(redated);
    }
}
