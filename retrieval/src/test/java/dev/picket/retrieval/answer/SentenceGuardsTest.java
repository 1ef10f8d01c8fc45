package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.picket.retrieval.index.PassageSentences;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests that spare a sentence a pattern's scan never spare one the pattern would find: every sentence of
 * the sample corpus, and sentences that exercise each alternative in either case.
 */
class SentenceGuardsTest {

    private static final List<String> PHRASES = List.of("But the union said no.", "However, talks resumed.",
            "They walked out.", "Their offer stands.", "Ministers rejected that idea.", "It was the deal.",
            "Leaders called the offer insulting.", "He backed such a move on Monday.", "Such an approach failed.",
            "The strike will go ahead IF talks fail.", "Unless the government moves, nurses strike.",
            "They asked WHETHER the offer was final.", "Even if it rains.", "As if nothing happened.",
            "It will pause, if any offer comes.", "Nurses struck in Iffley.", "a CLAIM", "the Plan", "");

    private static List<String> sentences() throws IOException {
        List<String> out = new ArrayList<>(PHRASES);
        try (Stream<Path> files = Files.list(Path.of("../corpus/articles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String paragraph : Files.readAllLines(file)) {
                    out.addAll(PassageSentences.of(paragraph));
                }
            }
        }
        return out;
    }

    @Test
    void should_let_through_whatever_the_pattern_finds_when_a_sentence_refers_back() throws IOException {
        List<String> sentences = sentences();
        assertThat(sentences).hasSizeGreaterThan(100);
        for (String s : sentences) {
            assertThat(BackReference.in(s)).as(s).isEqualTo(BackReference.pattern().matcher(s).find());
        }
    }

    @Test
    void should_let_through_whatever_the_pattern_finds_when_a_sentence_supposes() throws IOException {
        for (String s : sentences()) {
            boolean found = Conditional.opens().matcher(s).find();
            assertThat(Conditional.supposes(s)).as(s).isEqualTo(found);
            if (found) {
                assertThat(Conditional.mayOpen(s)).as(s).isTrue();
            }
        }
    }

    @Test
    void should_spare_the_scan_when_a_sentence_holds_no_piece() {
        assertThat(Conditional.mayOpen("Nurses walked out over pay.")).isFalse();
        assertThat(Conditional.mayOpen("Nurses walked out, UNLESS told otherwise.")).isTrue();
        assertThat(Conditional.asserted("Nurses walked out over pay.")).isEqualTo("Nurses walked out over pay.");
        assertThat(BackReference.in("Nurses walked out over pay.")).isFalse();
        assertThat(BackReference.in("Nurses rejected the offer.")).isTrue();
    }

    @Test
    void should_ignore_the_case_of_ascii_letters_when_pieces_are_sought() {
        assertThat(Pieces.anyIgnoringCase("WhEtHeR", new String[] {"whether"})).isTrue();
        assertThat(Pieces.anyIgnoringCase("whethe", new String[] {"whether"})).isFalse();
        assertThat(Pieces.anyIgnoringCase("", new String[] {"if"})).isFalse();
    }
}
