package dev.picket.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import dev.picket.corpus.Article;
import dev.picket.retrieval.answer.Equivalences;
import dev.picket.retrieval.answer.ExtractiveAnswerer;
import dev.picket.retrieval.answer.Scope;
import dev.picket.retrieval.index.PassageIndex;
import dev.picket.retrieval.search.Bm25Retriever;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus's own abbreviations, found at index time, let a question and a passage name a body differently. */
class AbbreviationAnswersTest {

    private static final Article PRICES = TestArticles.article("001_prices", "BBC", LocalDate.of(2022, 11, 16),
            "Inflation reached 11.1% in October, according to the Office for National Statistics.",
            "Food prices rose fastest, shoppers said.");
    private static final Article NURSES = TestArticles.article("002_nurses", "BBC", LocalDate.of(2022, 12, 1),
            "Members of the Royal College of Nursing (RCN) will walk out on 15 December.",
            "The RCN demanded a rise of 5% above inflation for its members.");
    private static final Article TEACHERS = TestArticles.article("003_teachers", "BBC", LocalDate.of(2023, 2, 1),
            "Teachers in England voted for a walkout over pay.", "Schools will close on 1 February, heads said.");

    @TempDir
    Path tmp;

    @Test
    void should_answer_from_the_long_form_when_the_question_uses_the_abbreviation() throws Exception {
        try (PassageIndex index = indexed()) {
            Answer answer = pipeline(index).answer("ons inflation");

            assertThat(answer.answered()).isTrue();
            assertThat(answer.answer()).contains("11.1%");
            assertThat(answer.citations()).extracting(Citation::articleId).contains("001_prices");
        }
    }

    @Test
    void should_answer_from_the_abbreviation_when_the_question_spells_the_name_out() throws Exception {
        try (PassageIndex index = indexed()) {
            Answer answer = pipeline(index).answer("what did the royal college of nursing demand");

            assertThat(answer.answered()).isTrue();
            assertThat(answer.answer()).contains("5% above inflation");
        }
    }

    @Test
    void should_decline_the_abbreviation_when_the_corpus_table_is_left_out() throws Exception {
        try (PassageIndex index = indexed()) {
            ExtractiveAnswerer withoutTable = ExtractiveAnswerer.builder().retriever(new Bm25Retriever(index))
                    .stats(index).neighbours(index).equivalences(Equivalences.bundled()).build();

            assertThat(withoutTable.answer("ons inflation").answered())
                    .as("the table, not the bundled file, carries ONS").isFalse();
        }
    }

    private PassageIndex indexed() {
        PassageIndex index = PassageIndex.open(tmp.resolve("index"));
        index.sync(TestArticles.corpus(PRICES, NURSES, TEACHERS));
        return index;
    }

    /** Every article answers: the prices report is no NHS one, and the abbreviation is what is tested here. */
    private static ExtractiveAnswerer pipeline(PassageIndex index) {
        return RetrievalPipeline.builder().index(index).mode(RetrievalMode.BM25).scope(Scope.everything()).build()
                .answerer();
    }
}
