package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dev.picket.corpus.Article;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.RetrievalMode;
import dev.picket.retrieval.RetrievalPipeline;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.TestArticles;
import dev.picket.retrieval.index.PassageIndex;
import dev.picket.retrieval.index.QueryTerms;
import dev.picket.retrieval.search.TimeIntent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which sentences an answer is made of: the parts of the question first, then its report's context. */
class AnswerSentencesTest {

    private static final Article WALKOUT = TestArticles.article("001_walkout", "BBC", LocalDate.of(2024, 3, 1),
            "Hospital porters in Leeds walked out on Friday in a row with the hospital trust.",
            "The porters are demanding a rise of 9% and an end to unpaid overtime, their union said.");
    private static final Article OFFER = TestArticles.article("002_offer", "ITV", LocalDate.of(2024, 3, 8),
            "The union asked the hospital trust to meet the porters of Leeds in talks over the summer. But Jane Smith, the "
                    + "trust's chief executive, turned down that idea on Monday.");
    private static final Article SUMMER = TestArticles.article("004_summer", "ITV", LocalDate.of(2024, 3, 10),
            "John Brown of the Leeds hospital branch said the porters would have a hard summer.");
    private static final Article CLEANERS = TestArticles.article("003_cleaners", "Sky News", LocalDate.of(2024, 3, 9),
            "Hospital cleaners in Leeds walked out on Saturday in a row with the same trust over their shifts.");

    @TempDir
    Path tmp;

    @Test
    void should_go_on_with_the_same_reports_context_when_no_other_report_adds_to_the_question() throws Exception {
        try (PassageIndex index = indexed()) {
            Answer answer = answerer(index).answer("why did the porters in leeds walk out");

            assertThat(answer.answer()).contains("walked out on Friday").contains("9%");
            assertThat(answer.citations()).allSatisfy(c -> assertThat(c.articleId()).isEqualTo("001_walkout"));
        }
    }

    @Test
    void should_answer_each_part_of_the_question_before_the_context_when_it_names_several() throws Exception {
        try (PassageIndex index = indexed()) {
            QuestionTerms terms = QuestionTerms.weigh("porters cleaners walk out", index);
            SentenceChoice.Scored porters = scored("001_walkout", "Porters walked out on Friday over their pay.", 1.0);
            SentenceChoice.Scored context = scored("001_walkout", "The union said it was the first walkout in twenty "
                    + "years at the trust.", 0.9);
            SentenceChoice.Scored cleaners = scored("003_cleaners", "Cleaners walked out on Saturday over their "
                    + "shifts as well.", 0.8);
            ExtractiveAnswerer.Evidence evidence = new ExtractiveAnswerer.Evidence(1.0,
                    List.of(porters.hit(), cleaners.hit()), List.of(1.0, 1.0), List.of(1.0, 1.0), terms, "");
            TimeIntent undated = new TimeIntent(false, List.of());

            assertThat(AnswerSentences.best(undated, evidence, List.of(porters, context, cleaners), 2))
                    .containsExactly(porters, cleaners);
            assertThat(AnswerSentences.best(undated, evidence, List.of(porters, context, cleaners), 3))
                    .containsExactly(porters, cleaners, context);
        }
    }

    private static SentenceChoice.Scored scored(String article, String sentence, double score) {
        SearchHit hit = new SearchHit(article + "#0", article, 0, "", "", null, "", sentence, score);
        return new SentenceChoice.Scored(hit, sentence, QueryTerms.setOf(sentence), score);
    }

    @Test
    void should_read_the_sentence_before_when_a_sentence_refers_back_to_it() throws Exception {
        try (PassageIndex index = indexed()) {
            Answer answer = answerer(index).answer("who turned down summer talks with the leeds porters");

            assertThat(answer.answer()).startsWith("But Jane Smith");
        }
    }

    private PassageIndex indexed() {
        PassageIndex index = PassageIndex.open(tmp.resolve("index"));
        index.sync(TestArticles.corpus(WALKOUT, OFFER, CLEANERS, SUMMER));
        return index;
    }

    private static ExtractiveAnswerer answerer(PassageIndex index) {
        return RetrievalPipeline.builder().index(index).mode(RetrievalMode.BM25).build().answerer();
    }
}
