package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.Citation;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.IndexStats;
import org.junit.jupiter.api.Test;

class ExtractiveAnswererTest {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    private final SearchHit troops = hit("a#0", "The army said 1,200 troops would be deployed to drive ambulances. "
            + "Officials met on Monday to discuss the weather.");
    private final SearchHit radakin = hit("b#3", "Admiral Radakin warned that relying on troops to cover ambulance "
            + "strikes was perilous for the armed forces.");
    private final IndexStats stats = new FixedStats(10, Map.of("troop", 2, "deploi", 1, "ambul", 3, "strike", 8));

    @Test
    void should_cite_every_marker_in_order_of_first_use_when_answering() {
        Answer answer = answerer(List.of(troops, radakin)).answer("How many troops were deployed for ambulance strikes?");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.mode()).isEqualTo("extractive");
        assertThat(answer.answer()).startsWith("The army said 1,200 troops would be deployed").contains("[1]");
        List<Integer> markers = markers(answer.answer());
        assertThat(markers).allSatisfy(n -> assertThat(n).isBetween(1, answer.citations().size()));
        assertThat(answer.citations()).extracting(Citation::n).containsExactly(
                java.util.stream.IntStream.rangeClosed(1, answer.citations().size()).boxed().toArray(Integer[]::new));
        assertThat(answer.citations().get(0).passageId()).isEqualTo("a#0");
        assertThat(answer.citations().get(0).passage()).isEqualTo(troops.text());
        assertThat(answer.answer()).doesNotContain("weather");
    }

    @Test
    void should_abstain_without_citations_when_the_question_terms_are_absent_from_the_passages() {
        Answer answer = answerer(List.of(troops)).answer("How much does a pharmacist earn in Germany?");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.answer()).isEqualTo(Answer.ABSTENTION);
    }

    @Test
    void should_abstain_when_nothing_is_retrieved() {
        Answer answer = answerer(List.of()).answer("troops");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.answer()).isEqualTo(Answer.ABSTENTION);
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.mode()).isEqualTo("extractive");
    }

    @Test
    void should_skip_a_near_duplicate_sentence_when_two_outlets_carry_the_same_copy() {
        SearchHit copy = hit("c#0", troops.text());

        Answer answer = answerer(List.of(troops, copy)).answer("How many troops were deployed for ambulance strikes?");

        assertThat(answer.answer().split("1,200 troops", -1)).hasSize(2);
        assertThat(answer.citations()).hasSize(1);
    }

    @Test
    void should_never_write_more_than_four_sentences() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            text.append("Troops number ").append(i).append(" were deployed during ambulance strike day ").append(i)
                    .append(" across region ").append((char) ('a' + i)).append(". ");
        }
        Answer answer = ExtractiveAnswerer.builder().retriever((q, k) -> List.of(hit("d#0", text.toString())))
                .stats(stats).maxSentences(4).build().answer("troops deployed ambulance strike");

        assertThat(markers(answer.answer())).hasSizeBetween(1, 4);
    }

    @Test
    void should_quote_the_next_passage_when_it_holds_the_answer_its_hit_only_introduces() {
        SearchHit intro = hit("c#0", "Ambulance strikes: the army will be deployed, ministers said.");
        SearchHit next = hit("c#1", "In all, 1,200 troops will be deployed to drive ambulances during the strikes.");
        String question = "How many troops were deployed for ambulance strikes?";

        Answer alone = answerer(List.of(intro)).answer(question);
        Answer withNeighbours = ExtractiveAnswerer.builder().retriever((q, k) -> List.of(intro)).stats(stats)
                .neighbours((article, ordinal) -> article.equals("c") && ordinal == 1 ? Optional.of(next)
                        : Optional.empty())
                .build().answer(question);

        assertThat(alone.answer()).doesNotContain("1,200");
        assertThat(withNeighbours.answer()).contains("1,200 troops");
        assertThat(withNeighbours.citations()).extracting(Citation::passageId).contains("c#1");
    }

    private ExtractiveAnswerer answerer(List<SearchHit> hits) {
        return ExtractiveAnswerer.builder().retriever((q, k) -> hits.stream().limit(k).toList()).stats(stats).build();
    }

    private static SearchHit hit(String id, String text) {
        String article = id.substring(0, id.indexOf('#'));
        return new SearchHit(id, article, Integer.parseInt(id.substring(id.indexOf('#') + 1)), "Headline " + article,
                "The Outlet", LocalDate.of(2022, 12, 11), null, text, 1.0);
    }

    private static List<Integer> markers(String text) {
        Matcher m = MARKER.matcher(text);
        List<Integer> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    private record FixedStats(int passageCount, Map<String, Integer> df) implements IndexStats {
        @Override
        public int articleCount() {
            return passageCount;
        }

        @Override
        public int docFreq(String analysedTerm) {
            return df.getOrDefault(analysedTerm, 0);
        }
    }
}
