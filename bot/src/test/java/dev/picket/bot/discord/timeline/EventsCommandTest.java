package dev.picket.bot.discord.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import dev.picket.retrieval.Citation;
import dev.picket.retrieval.answer.Timeline;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import org.junit.jupiter.api.Test;

class EventsCommandTest {

    static final List<Timeline.Event> EVENTS = IntStream.range(0, 20).mapToObj(i -> new Timeline.Event(
            LocalDate.of(2023, 1, 1).plusDays(i), "Event " + i + " @everyone *bold*",
            new Citation(1, "a" + i, "a" + i + "#0", "Headline " + i, "Outlet", LocalDate.of(2023, 1, 1).plusDays(i),
                    "https://example.org/" + i, "text"))).toList();

    @Test
    void should_keep_the_topic_in_button_ids_within_discords_limit_when_the_topic_is_as_long_as_allowed() {
        String topic = "t".repeat(EventsCommand.MAX_TOPIC);
        EventPages pages = new EventPages("Timeline", EVENTS);

        var rows = EventsCommand.latest(null, null, null, null).navigation(pages, 1, topic);

        List<Button> buttons = ((ActionRow) rows.getFirst()).getButtons();
        assertThat(buttons).extracting(Button::getCustomId).containsExactly("latest:0:" + topic, "latest:2:" + topic)
                .allSatisfy(id -> assertThat(id.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void should_escape_event_text_and_stay_within_a_message_when_events_are_paged() {
        EventPages pages = new EventPages("Timeline", EVENTS);

        assertThat(pages.pageCount()).isGreaterThan(1);
        for (int i = 0; i < pages.pageCount(); i++) {
            assertThat(pages.page(i).length()).isLessThanOrEqualTo(2_000);
            assertThat(pages.page(i)).doesNotContain("@everyone").contains("\\*bold\\*");
        }
        assertThat(pages.page(0)).startsWith("**Timeline:** 20 events, page 1 of " + pages.pageCount())
                .contains("• **1 Jan 2023** Event 0");
    }
}
