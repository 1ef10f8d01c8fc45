package dev.picket.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/** Posts to the streaming endpoint and reads the whole event stream back. */
final class ServerSentEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Event(String name, Map<String, Object> data) {
    }

    record Stream(ResponseEntity<String> response, List<Event> events) {

        List<String> names() {
            return events.stream().map(Event::name).toList();
        }

        Map<String, Object> last() {
            return events.getLast().data();
        }
    }

    private ServerSentEvents() {
    }

    static Stream ask(TestRestTemplate http, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_JSON));
        ResponseEntity<String> response = http.exchange("/api/ask/stream", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
        return new Stream(response, parse(response.getBody() == null ? "" : response.getBody()));
    }

    @SuppressWarnings("unchecked")
    static List<Event> parse(String stream) {
        List<Event> events = new ArrayList<>();
        for (String block : stream.split("\\n\\n")) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5));
                }
            }
            if (!data.isEmpty()) {
                events.add(new Event(name, JSON.readValue(data.toString(), Map.class)));
            }
        }
        return events;
    }
}
