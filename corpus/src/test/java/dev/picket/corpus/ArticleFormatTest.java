package dev.picket.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ArticleFormatTest {

    @ParameterizedTest
    @CsvSource({"a.txt,TEXT", "a.TEXT,TEXT", "a.html,HTML", "a.Htm,HTML", "a.md,MARKDOWN", "a.b.markdown,MARKDOWN"})
    void should_read_the_file_as_its_format_when_the_extension_is_known(String name, ArticleFormat format) {
        assertThat(ArticleFormat.ofFileName(name)).contains(format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"README", "a.pdf", "sources.csv", "a.txt.zip", "a.", "txt"})
    void should_not_read_the_file_when_the_extension_is_unknown(String name) {
        assertThat(ArticleFormat.ofFileName(name)).isEmpty();
    }

    @Test
    void should_name_every_extension_read_when_telling_a_user() {
        assertThat(ArticleFormat.extensionsText()).isEqualTo(".txt, .text, .html, .htm, .md or .markdown");
    }
}
