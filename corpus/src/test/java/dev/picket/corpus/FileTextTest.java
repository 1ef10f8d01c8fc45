package dev.picket.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FileTextTest {

    @Test
    void should_decode_utf8_and_drop_the_byte_order_mark_when_bytes_are_text() throws FileText.NotText {
        byte[] bytes = "\uFEFFNurses won’t accept £1,000.\r\n".getBytes(StandardCharsets.UTF_8);

        assertThat(FileText.decode(bytes)).isEqualTo("Nurses won’t accept £1,000.\r\n");
    }

    @Test
    void should_refuse_when_the_file_is_empty() {
        assertThatThrownBy(() -> FileText.decode(new byte[0]))
                .isInstanceOf(FileText.NotText.class).hasMessage("empty file");
    }

    @Test
    void should_refuse_as_binary_when_bytes_contain_nul() {
        assertThatThrownBy(() -> FileText.decode(new byte[] {'%', 'P', 'D', 'F', 0, 1}))
                .isInstanceOf(FileText.NotText.class).hasMessageContaining("NUL");
    }

    @Test
    void should_refuse_as_binary_when_bytes_are_mostly_control_characters() {
        byte[] bytes = {1, 2, 3, 4, 5, 6, 'a', 'b'};

        assertThatThrownBy(() -> FileText.decode(bytes))
                .isInstanceOf(FileText.NotText.class).hasMessageContaining("control characters");
    }

    @Test
    void should_refuse_with_the_offset_when_bytes_are_not_utf8() {
        byte[] bytes = "Nurses in Cura\u00e7ao".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> FileText.decode(bytes))
                .isInstanceOf(FileText.NotText.class).hasMessage("not valid UTF-8 (bad byte near offset 14)");
    }
}
