package dev.picket.bot.discord.format;

import static dev.picket.bot.discord.Fixtures.answer;
import static dev.picket.bot.discord.Fixtures.citation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.picket.bot.discord.Fixtures;
import dev.picket.retrieval.Citation;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    @Test
    void should_keep_one_message_when_the_text_fits() {
        assertThat(new MessageSplitter(40).split("Short answer [1].")).containsExactly("Short answer [1].");
    }

    @Test
    void should_split_on_a_paragraph_break_when_one_fits() {
        assertThat(new MessageSplitter(40).split("First paragraph. Still first.\n\nSecond one here."))
                .containsExactly("First paragraph. Still first.", "Second one here.");
    }

    @Test
    void should_split_after_a_sentence_when_a_paragraph_is_too_long() {
        assertThat(new MessageSplitter(40).split("Nurses struck in December. Ambulance staff followed soon after."))
                .containsExactly("Nurses struck in December.", "Ambulance staff followed soon after.");
    }

    @Test
    void should_split_between_words_when_a_sentence_is_too_long() {
        assertThat(new MessageSplitter(20).split("unions and ministers met again without agreement"))
                .containsExactly("unions and ministers", "met again without", "agreement");
    }

    @Test
    void should_never_cut_a_source_line_when_the_sources_cross_the_limit() {
        List<Citation> citations = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            citations.add(citation(n, "Outlet " + n, LocalDate.of(2023, 1, n), "A fairly long headline number " + n
                    + " ".repeat(0) + "x".repeat(150), "https://example.org/article/" + n));
        }
        String text = "Answer sentence number one is here [1]. ".repeat(30).strip();
        var formatter = new AnswerFormatter(new MessageSplitter(), () -> Fixtures.CORPUS);

        Reply reply = formatter.answer(null, answer(text, citations.toArray(Citation[]::new)), "id");

        assertThat(reply.parts()).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(2000));
        String all = String.join("\n", reply.parts());
        for (int n = 1; n <= 8; n++) {
            String line = "[" + n + "] " + SourceLine.of("Outlet " + n, LocalDate.of(2023, 1, n),
                    citations.get(n - 1).title(), "https://example.org/article/" + n);
            assertThat(reply.parts()).anySatisfy(p -> assertThat(p.lines()).contains(line));
        }
        assertThat(all).contains("**Sources:**");
    }

    @Test
    void should_split_a_long_answer_into_exact_messages_on_sentence_boundaries() {
        String sentence = "x".repeat(998) + ".";
        String text = sentence + " " + sentence + " " + sentence;

        assertThat(new MessageSplitter().split(text)).containsExactly(sentence + " " + sentence, sentence);
    }
}
