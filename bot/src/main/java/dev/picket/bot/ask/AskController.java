package dev.picket.bot.ask;

import java.io.IOException;
import java.io.PushbackInputStream;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import dev.picket.bot.api.BadRequestException;
import dev.picket.bot.index.KnowledgeBase;
import dev.picket.bot.llm.LlmProperties;
import dev.picket.bot.metrics.AnswerMetrics;
import dev.picket.bot.metrics.FrontEnd;
import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.StreamingAnswerer;
import dev.picket.retrieval.Timings;
import dev.picket.retrieval.Turn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Asking and searching over HTTP, for operators and the test page. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class AskController {

    static final int MAX_K = 50;

    // Past the LLM timeout (twice: a follow-up's rewrite, then its answer), so the answerer's own fallback always
    // completes the stream first.
    private static final Duration STREAM_SLACK = Duration.ofSeconds(30);

    private final Answerer answerer;
    private final StreamingAnswerer streaming;
    private final PassageRetriever retriever;
    private final KnowledgeBase knowledge;
    private final Duration streamTimeout;
    private final AnswerMetrics metrics;
    private final ObjectReader readRequest;
    private final ObjectWriter writeAnswer;

    AskController(Answerer answerer, StreamingAnswerer streaming, PassageRetriever retriever,
                  KnowledgeBase knowledge, LlmProperties llm, AnswerMetrics metrics, JsonMapper json) {
        this.metrics = metrics;
        this.readRequest = json.readerFor(AskRequest.class);
        this.writeAnswer = json.writerFor(AnswerResponse.class);
        this.answerer = answerer;
        this.streaming = streaming;
        this.retriever = retriever;
        this.knowledge = knowledge;
        this.streamTimeout = llm.timeout().multipliedBy(2).plus(STREAM_SLACK);
    }

    /**
     * Reads the question and writes the answer with a reader and a writer made once from the application's JSON
     * mapper (its read limits included), not through MVC's message converters: choosing a converter and
     * negotiating the media type for every request cost about as much as the JSON itself. Media types are still
     * checked by the mapping, and an unreadable body fails as a converter's would.
     */
    @PostMapping(path = "/ask", consumes = MediaType.APPLICATION_JSON_VALUE)
    void ask(HttpServletRequest http, HttpServletResponse response) throws IOException {
        AskRequest request = read(http);
        String question = Questions.check(request == null ? null : request.question())
                .orElseThrow(BadRequestException::new);
        List<Turn> history = request.turns();
        knowledge.requireServing();
        AnswerResponse answer = AnswerResponse.of(metrics.record(FrontEnd.HTTP, answerer.answer(question, history)));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        writeAnswer.writeValue(response.getOutputStream(), answer);
    }

    /** The body, or null when it is empty, as {@code @RequestBody(required = false)} gives it. */
    private AskRequest read(HttpServletRequest http) throws IOException {
        PushbackInputStream body = new PushbackInputStream(http.getInputStream());
        try {
            int first = body.read();
            if (first < 0) {
                return null;
            }
            body.unread(first);
            return readRequest.readValue(body);
        } catch (JacksonException | IOException e) {
            throw new HttpMessageNotReadableException("unreadable request body", e, new ServletServerHttpRequest(http));
        }
    }

    /** The answer as server-sent events: {@code sources}, {@code delta}s, then {@code final}. */
    @PostMapping(path = "/ask/stream", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter askStream(@RequestBody(required = false) AskRequest request) {
        String question = Questions.check(request == null ? null : request.question())
                .orElseThrow(BadRequestException::new);
        List<Turn> history = request.turns();
        knowledge.requireServing();
        SseEmitter emitter = new SseEmitter(streamTimeout.toMillis());
        streaming.answer(question, history, metrics.listen(FrontEnd.HTTP, new SseAnswerListener(emitter)));
        return emitter;
    }

    @GetMapping("/search")
    SearchResponse search(@RequestParam String q, @RequestParam(defaultValue = "8") int k) {
        String query = Questions.check(q).orElseThrow(BadRequestException::new);
        if (k < 1 || k > MAX_K) {
            throw new BadRequestException("k must be from 1 to " + MAX_K);
        }
        knowledge.requireServing();
        long start = System.nanoTime();
        List<SearchHit> hits = retriever.retrieve(query, k);
        double millis = Timings.millisSince(start);
        return new SearchResponse(query,
                IntStream.range(0, hits.size()).mapToObj(i -> SearchResponse.Hit.of(i + 1, hits.get(i))).toList(),
                millis);
    }
}
