package dev.picket.bot.ask;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.Citation;
import dev.picket.retrieval.Timings;

/**
 * The body of {@code POST /api/ask} and of the stream's {@code final} event. The wire format is picket's HTTP
 * contract, so it is spelt here rather than on {@link Answer}: a fallback reason, an LLM time and removed
 * sentences appear only when there are some, and what was searched only when it was not the question asked.
 */
record AnswerResponse(String answer, boolean answered, String mode, List<Source> citations, Timing timings,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String fallbackReason,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Removed> unsupported,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String searchedFor) {

    static AnswerResponse of(Answer a) {
        return new AnswerResponse(a.answer(), a.answered(), a.mode(), Source.of(a.citations()),
                Timing.of(a.timings()), a.fallbackReason(),
                a.unsupported().stream().map(u -> new Removed(u.sentence(), u.reason())).toList(), a.searchedFor());
    }

    /** A numbered source; also the items of the stream's {@code sources} event. */
    record Source(int n, String articleId, String passageId, String title, String source, LocalDate published,
                  String url, String passage) {

        static List<Source> of(List<Citation> citations) {
            return citations.stream().map(c -> new Source(c.n(), c.articleId(), c.passageId(), c.title(), c.source(),
                    c.published(), c.url(), c.passage())).toList();
        }
    }

    record Timing(double retrievalMs, double totalMs, @JsonInclude(JsonInclude.Include.NON_NULL) Double llmMs) {

        static Timing of(Timings t) {
            return t == null ? null : new Timing(t.retrievalMs(), t.totalMs(), t.llmMs());
        }
    }

    record Removed(String sentence, String reason) {
    }
}
