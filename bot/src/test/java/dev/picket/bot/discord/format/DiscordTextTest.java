package dev.picket.bot.discord.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscordTextTest {

    @Test
    void should_escape_headings_and_list_items_when_they_start_a_line() {
        assertThat(DiscordText.escape("# Strike\n- day one\n-# small\nnot # here"))
                .isEqualTo("\\# Strike\n\\- day one\n\\-# small\nnot # here");
    }

    @Test
    void should_escape_masked_links_when_a_passage_holds_one() {
        assertThat(DiscordText.escape("[click](https://evil.example)"))
                .isEqualTo("\\[click\\]\\(https://evil.example\\)");
    }

    @Test
    void should_keep_a_marker_escaped_when_a_parenthesis_follows_it_in_an_answer() {
        String answer = DiscordText.escapeAnswer("Read [1](https://evil.example/phish) and [2] (see above).");

        assertThat(answer).isEqualTo("Read \\[1\\]\\(https://evil.example/phish\\) and [2] \\(see above\\).");
        assertThat(answer).doesNotContainPattern("(?<!\\\\)\\]\\(");
    }

    @Test
    void should_keep_citation_markers_readable_when_escaping_an_answer() {
        assertThat(DiscordText.escapeAnswer("Pay rose [1][2] but *not* [x]."))
                .isEqualTo("Pay rose [1][2] but \\*not\\* \\[x\\].");
    }

    @Test
    void should_give_back_the_text_when_unescaping_what_was_escaped() {
        String text = "Did **nurses** and @everyone strike on 1_2 [3]?";

        assertThat(DiscordText.unescape(DiscordText.escape(text))).isEqualTo(text);
    }
}
