package dev.picket.bot.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.picket.bot.api.ApiError;
import dev.picket.bot.api.BadRequestException;
import dev.picket.bot.ask.Questions;
import dev.picket.bot.index.KnowledgeBase;
import dev.picket.retrieval.eval.EvalQuestion;
import dev.picket.retrieval.eval.QuestionSet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.WebAsyncTask;

/**
 * {@code POST /api/eval}: runs a question set through the configured answerer and returns a row per question and
 * the metrics. The body is a JSONL question set (the eval format) as {@code application/x-ndjson} or
 * {@code application/json}, never a type a web page may post cross-site; an empty body runs the bundled dev set.
 * It needs the admin token ({@code admin} guards the path).
 */
@RestController
class EvalController {

    private final KnowledgeBase knowledge;
    private final EvalRuns runs;
    private final EvalProperties properties;

    EvalController(KnowledgeBase knowledge, EvalRuns runs, EvalProperties properties) {
        this.knowledge = knowledge;
        this.runs = runs;
        this.properties = properties;
    }

    static final String NDJSON = "application/x-ndjson";

    @PostMapping(path = "/api/eval", consumes = {NDJSON, MediaType.APPLICATION_JSON_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    WebAsyncTask<EvalResponse> eval(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String body = body(request);
        knowledge.requireServing();
        Heartbeat heartbeat = new Heartbeat(response, properties.heartbeat());
        return body.isBlank() ? runs.start("dev", QuestionSet.dev(), heartbeat)
                : runs.start("posted", questions(body), heartbeat);
    }

    /** The bundled dev set as JSONL, for an operator to copy and edit. */
    @GetMapping(path = "/api/eval/dev", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<Resource> devSet() {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(new ClassPathResource(QuestionSet.DEV_RESOURCE));
    }

    @ExceptionHandler(EvalRefusedException.class)
    ResponseEntity<ApiError> refused(EvalRefusedException e) {
        return ResponseEntity.status(e.status()).body(new ApiError(e.getMessage()));
    }

    /**
     * Reads at most the configured size, whatever Content-Length claims, so a chunked upload cannot grow without
     * bound.
     */
    private String body(HttpServletRequest request) throws IOException {
        long max = properties.maxBody().toBytes();
        if (request.getContentLengthLong() > max) {
            throw tooLarge(max);
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes((int) max + 1);
        }
        if (bytes.length > max) {
            throw tooLarge(max);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("the question set must be UTF-8 text");
        }
    }

    private List<EvalQuestion> questions(String jsonl) {
        List<EvalQuestion> parsed;
        try {
            parsed = QuestionSet.parse(jsonl);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("the question set is not valid JSONL: " + e.getMessage());
        }
        if (parsed.size() > properties.maxQuestions()) {
            throw new BadRequestException("the question set has " + parsed.size() + " questions; the limit is "
                    + properties.maxQuestions());
        }
        List<EvalQuestion> checked = new ArrayList<>(parsed.size());
        for (int i = 0; i < parsed.size(); i++) {
            EvalQuestion q = parsed.get(i);
            String where = "question " + (i + 1) + (q.id().isEmpty() ? "" : " (" + q.id() + ")") + ": ";
            String question = Questions.check(q.question()).orElseThrow(why -> new BadRequestException(where + why));
            checked.add(new EvalQuestion(q.id(), q.kind(), question, q.expectAny(), q.expectAll(), q.gold(),
                    q.expectAbstain()));
        }
        return checked;
    }

    private static EvalRefusedException tooLarge(long max) {
        return new EvalRefusedException(HttpStatus.CONTENT_TOO_LARGE,
                "the question set is over " + max / 1024 + " KiB (picket.eval.max-body)");
    }
}
