package dev.picket.bot.discord.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code /timeline} and {@code /latest} on the stand-in Discord: the HTTP endpoint's events, paged by buttons. */
class DiscordTimelineEndToEndTest extends StandInAppTest {

    static final StandInDiscord discord = standIn(DiscordTimelineEndToEndTest.class);

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        serve(registry, discord);
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_show_the_http_timeline_privately_and_page_it_with_the_buttons_when_a_user_asks_for_it() {
        List<Map<String, Object>> events = (List<Map<String, Object>>) http.getForObject("/api/timeline?limit=60",
                Map.class).get("events");
        assertThat(events).as("enough events for two pages").hasSizeGreaterThan(6);
        long user = Payloads.nextId();

        String token = discord.slashCommand(user, false, "timeline");
        Recorded callback = discord.awaitRequest(r -> r.answers(token));
        Recorded first = discord.awaitRequest(r -> r.viaHook(token) && "PATCH".equals(r.method()));
        JsonNode shown = discord.message(first.response().path("id").asText());
        String click = discord.click(user, "timeline:1:", shown);
        Recorded second = discord.awaitRequest(r -> r.viaHook(click) && "PATCH".equals(r.method()));

        assertThat(callback.body().path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(first.content()).startsWith("**Timeline:** " + events.size() + " events, page 1 of ")
                .contains("↳ ");
        assertThat(first.message().path("allowed_mentions").path("parse")).isEmpty();
        JsonNode buttons = first.message().path("components").path(0).path("components");
        assertThat(buttons.path(0).path("custom_id").asText()).isEqualTo("timeline:-1:");
        assertThat(buttons.path(0).path("disabled").asBoolean()).isTrue();
        assertThat(buttons.path(1).path("custom_id").asText()).isEqualTo("timeline:1:");
        assertThat(second.content()).contains("page 2 of ").isNotEqualTo(first.content());
        assertThat(discord.awaitRequest(r -> r.answers(click)).body().path("type").asInt()).as("deferred edit")
                .isEqualTo(6);
    }

    @Test
    void should_list_the_newest_dated_events_first_when_asked_for_the_latest() {
        long user = Payloads.nextId();

        String token = discord.slashCommand(user, false, "latest");
        Recorded first = discord.awaitRequest(r -> r.viaHook(token) && "PATCH".equals(r.method()));

        assertThat(first.content()).startsWith("**Latest:** ").contains("page 1 of ").doesNotContain("undated");
        List<LocalDate> dates = Pattern.compile("• \\*\\*(\\d{1,2} \\w{3} \\d{4})\\*\\*")
                .matcher(first.content()).results().map(m -> LocalDate.parse(m.group(1),
                        DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)))
                .toList();
        assertThat(dates).hasSizeGreaterThan(1).isSortedAccordingTo(Comparator.reverseOrder());
        JsonNode buttons = first.message().path("components").path(0).path("components");
        assertThat(buttons.path(1).path("custom_id").asText()).isEqualTo("latest:1:");
    }

    @Test
    void should_say_so_with_no_buttons_when_nothing_matches_the_topic() {
        String token = discord.slashCommand(Payloads.nextId(), false, "timeline", "topic", "zzxq qqzx");
        Recorded shown = discord.awaitRequest(r -> r.viaHook(token) && "PATCH".equals(r.method()));

        assertThat(shown.content()).isEqualTo("**Timeline of zzxq qqzx:** nothing dated in the articles matches that.");
        assertThat(shown.message().path("components")).isEmpty();
    }
}
