package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.picket.retrieval.eval.EvalQuestion;
import dev.picket.retrieval.eval.QuestionSet;
import org.junit.jupiter.api.Test;

/**
 * The pieces that spare a question the scan of a kind's pattern never spare one the pattern would find: every
 * question of the tuning sets, and phrases that exercise each alternative of the patterns that have pieces.
 */
class QuestionKindPiecesTest {

    private static final List<String> PHRASES = List.of("tl;dr", "tldr pls", "an overview", "summary?", "summarise it",
            "summarize", "sum up", "sum it up", "sum everything all up", "recap", "rundown", "run down", "gist",
            "background", "eli5", "in a nutshell", "story so far", "catch me up", "fill me in", "bring me up to speed",
            "explain what", "the timeline", "history of it", "what's the story", "the whole saga", "tell me everything",
            "what can u tell me about it", "what has been happening so far", "what's happened?", "any news",
            "news", "the news", "any developments", "latest", "updates", "whats new", "what is new", "anything new",
            "new developments", "what's going on", "what is happening", "where do things stand", "where are we at",
            "where things stand", "what has been going on", "current situation", "right now", "state of play",
            "most recent", "these days", "they want", "demands", "asked for", "calling for", "what are they after",
            "seeking", "looking for", "pushing for", "holding out for", "fighting for", "striking for", "expecting",
            "what would it take", "would settle it", "take to end", "to settle");

    private static List<String> questions() {
        List<String> out = new ArrayList<>(PHRASES);
        Stream.of(QuestionSet.dev(), QuestionSet.paraphrased(), QuestionSet.dev2(), QuestionSet.natural(),
                        QuestionSet.naturalDev3(), QuestionSet.naturalDev4(), QuestionSet.naturalFresh(),
                        QuestionSet.naturalFresh2())
                .flatMap(List::stream).map(EvalQuestion::question).forEach(out::add);
        return out.stream().map(QuestionText::spelledOut).toList();
    }

    @Test
    void should_let_through_whatever_a_pattern_finds_when_a_kind_has_pieces() {
        for (String q : questions()) {
            for (QuestionKind kind : QuestionKind.values()) {
                if (kind.pattern().matcher(q).find()) {
                    assertThat(kind.mayBeIn(q)).as("%s in '%s'", kind, q).isTrue();
                }
            }
        }
    }

    @Test
    void should_find_each_phrase_when_it_is_written_out() {
        assertThat(PHRASES).allSatisfy(p -> assertThat(QuestionKind.of(p)).as(p)
                .isIn(QuestionKind.OVERVIEW, QuestionKind.LATEST, QuestionKind.DEMAND));
    }

    @Test
    void should_spare_the_scan_when_a_question_holds_no_piece() {
        assertThat(QuestionKind.OVERVIEW.mayBeIn("who is the health secretary")).isFalse();
        assertThat(QuestionKind.LATEST.mayBeIn("who is the health secretary")).isFalse();
        assertThat(QuestionKind.DEMAND.mayBeIn("who is the health secretary")).isFalse();
    }
}
