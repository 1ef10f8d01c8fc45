package dev.picket.bot.discord.format;

import static dev.picket.bot.discord.Fixtures.answer;
import static dev.picket.bot.discord.Fixtures.citation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dev.picket.bot.discord.Fixtures;
import org.junit.jupiter.api.Test;

class AnswerFormatterTest {

    private final AnswerFormatter formatter = new AnswerFormatter(new MessageSplitter(), () -> Fixtures.CORPUS);

    @Test
    void should_list_one_source_line_per_citation_when_the_answer_cites() {
        var answer = answer("Ambulance workers walked out on 21 December [1], and nurses struck too [2].",
                citation(1, "Sky News", LocalDate.of(2022, 12, 19), "Barclay seeks fresh talks",
                        "https://news.sky.com/story/1"),
                citation(2, "BBC News", LocalDate.of(2023, 9, 5), "Nurses strike", null));

        Reply reply = formatter.answer(null, answer, "abc");

        assertThat(reply.parts()).containsExactly("""
                Ambulance workers walked out on 21 December [1], and nurses struck too [2].

                **Sources:**
                [1] Sky News, 19 Dec 2022 — [Barclay seeks fresh talks](<https://news.sky.com/story/1>)
                [2] BBC News, 5 Sep 2023 — Nurses strike""");
        assertThat(reply.feedbackId()).isEqualTo("abc");
    }

    @Test
    void should_show_what_picket_covers_rather_than_an_abstention_when_greeted() {
        var help = dev.picket.retrieval.Answer.help("Hi! I answer questions about NHS strikes from *5* articles.",
                new dev.picket.retrieval.Timings(0, 0));

        Reply reply = formatter.answer(null, help, "id");

        assertThat(reply.parts()).containsExactly("Hi! I answer questions about NHS strikes from \\*5\\* articles.");
        assertThat(reply.first()).doesNotContain(formatter.abstention());
    }

    @Test
    void should_quote_the_question_on_top_when_asked_to() {
        Reply reply = formatter.answer("how many   troops?", answer("1,200 troops [1].",
                citation(1, "Sky News", null, "Troops", null)), "id");

        assertThat(reply.first()).isEqualTo("""
                > how many troops?
                1,200 troops [1].

                **Sources:**
                [1] Sky News — Troops""");
    }

    @Test
    void should_escape_markdown_and_mass_mentions_when_they_come_from_passages() {
        Reply reply = formatter.answer(null, answer("@everyone *read* this [1] # not a heading",
                citation(1, "The _Star_", LocalDate.of(2023, 1, 2), "[Pay] **deal**", "https://x.org/a")), null);

        assertThat(reply.first()).isEqualTo("""
                @\u200Beveryone \\*read\\* this [1] # not a heading

                **Sources:**
                [1] The \\_Star\\_, 2 Jan 2023 — [\\[Pay\\] \\*\\*deal\\*\\*](<https://x.org/a>)""");
    }

    @Test
    void should_not_link_the_headline_when_the_url_is_not_a_web_address() {
        Reply reply = formatter.answer(null, answer("Yes [1].",
                citation(1, "BBC News", LocalDate.of(2023, 1, 2), "Talks", "javascript:alert(1)")), "id");

        assertThat(reply.first()).endsWith("[1] BBC News, 2 Jan 2023 — Talks");
    }

    @Test
    void should_say_what_the_corpus_covers_when_abstaining() {
        Reply reply = formatter.answer(null, Fixtures.abstention(), "id");

        assertThat(reply.parts()).containsExactly("I couldn't find that in my articles, so I won't guess. They "
                + "cover NHS strikes: 3 news articles from 11 Dec 2022 to 14 Mar 2023 (BBC News and Sky News). Try "
                + "asking about strike dates, pay offers, unions or the government's response, or use `/sources` to "
                + "see every article.");
        assertThat(reply.hasFeedback()).isTrue();
    }

    @Test
    void should_show_the_sources_and_a_writing_marker_when_streaming() {
        // A marker cut in half by the stream is escaped, so it shows as typed and links to nothing.
        Reply reply = formatter.progress(null, "Nurses walked out [1", List.of(
                citation(1, "BBC News", LocalDate.of(2022, 12, 15), "Nurses strike", null)));

        assertThat(reply.parts()).containsExactly("""
                Nurses walked out \\[1 ✍️ *writing…*

                **Sources:**
                [1] BBC News, 15 Dec 2022 — Nurses strike""");
        assertThat(reply.hasFeedback()).isFalse();
    }

    @Test
    void should_show_the_marker_alone_when_no_text_has_arrived() {
        assertThat(formatter.progress(null, "", List.of()).parts()).containsExactly(AnswerFormatter.WRITING);
    }

    @Test
    void should_cut_streamed_text_at_a_word_to_fit_one_message_when_it_is_long() {
        String text = "word ".repeat(600);

        Reply reply = formatter.progress(null, text, List.of(citation(1, "BBC News", null, "Title", null)));

        assertThat(reply.parts()).hasSize(1);
        assertThat(reply.first()).hasSizeLessThanOrEqualTo(2000).contains("word… " + AnswerFormatter.WRITING)
                .endsWith("[1] BBC News — Title");
    }

    @Test
    void should_stop_at_three_messages_and_point_to_the_sources_when_an_answer_is_long() {
        String sentence = "Nurses in England walked out again over pay and staffing in the winter [1]. ";
        var answer = answer(sentence.repeat(200), citation(1, "Sky News", null, "Troops", "https://x.org/a"));

        Reply reply = formatter.answer(null, answer, "id");

        assertThat(reply.parts()).hasSize(AnswerFormatter.MAX_MESSAGES);
        assertThat(reply.parts().getLast()).endsWith("[1] Sky News — [Troops](<https://x.org/a>)");
        assertThat(String.join("\n", reply.parts())).contains(AnswerFormatter.MORE_IN_SOURCES);
    }

    @Test
    void should_give_a_reference_id_when_answering_failed() {
        assertThat(formatter.failure("1a2b3c4d").first()).isEqualTo("Sorry, something went wrong on my side while "
                + "answering. Please try again in a moment; if it keeps happening, tell a moderator the reference "
                + "`1a2b3c4d`.");
    }
}
