package dev.picket.retrieval.llm;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import com.fasterxml.jackson.core.JacksonException;
import dev.langchain4j.exception.HttpException;

/** Names, for the response's {@code fallbackReason}, why a call to the LLM failed; never a body or a key. */
final class LlmFailure {

    private LlmFailure() {
    }

    static String reason(Throwable error, Duration timeout) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http) {
                return http.statusCode() == RetryAfterHttpClient.TOO_MANY_REQUESTS
                        ? "the LLM is rate-limiting picket (HTTP 429)"
                        : "the LLM answered HTTP " + http.statusCode();
            }
            if (t instanceof java.util.concurrent.TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof dev.langchain4j.exception.TimeoutException) {
                return timedOut(timeout);
            }
            if (t instanceof JacksonException) {
                return "the LLM sent a malformed response";
            }
            if (t instanceof IOException io) {
                return "the connection to the LLM failed (" + io.getClass().getSimpleName() + ")";
            }
        }
        return "the LLM call failed (" + error.getClass().getSimpleName() + ")";
    }

    static String timedOut(Duration timeout) {
        return "the LLM did not answer within " + timeout.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}
