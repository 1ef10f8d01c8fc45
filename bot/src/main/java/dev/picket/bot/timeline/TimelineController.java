package dev.picket.bot.timeline;

import java.util.List;

import dev.picket.bot.api.BadRequestException;
import dev.picket.bot.index.KnowledgeBase;
import dev.picket.retrieval.answer.Timeline;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/timeline?topic=...}: the dispute's events in date order, each with its date and citation. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class TimelineController {

    static final int MAX_TOPIC = 200;
    static final int MAX_EVENTS = 100;

    private final Timeline timeline;
    private final KnowledgeBase knowledge;

    TimelineController(Timeline timeline, KnowledgeBase knowledge) {
        this.timeline = timeline;
        this.knowledge = knowledge;
    }

    @GetMapping("/timeline")
    TimelineResponse timeline(@RequestParam(required = false) String topic,
                              @RequestParam(defaultValue = "50") int limit) {
        if (topic != null && topic.length() > MAX_TOPIC) {
            throw new BadRequestException("topic must be at most " + MAX_TOPIC + " characters");
        }
        if (limit < 1 || limit > MAX_EVENTS) {
            throw new BadRequestException("limit must be from 1 to " + MAX_EVENTS);
        }
        knowledge.requireServing();
        String t = topic == null || topic.isBlank() ? null : topic.strip();
        return new TimelineResponse(t, timeline.events(t, limit));
    }

    /** The topic asked for (null for everything) and its events, earliest first. */
    record TimelineResponse(String topic, List<Timeline.Event> events) {
    }
}
