package dev.picket.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dev.picket.corpus.Article;
import dev.picket.corpus.Passage;
import dev.picket.retrieval.SampleIndex;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.TestArticles;
import dev.picket.retrieval.eval.EvalQuestion;
import dev.picket.retrieval.eval.QuestionSet;
import dev.picket.retrieval.search.Bm25Retriever;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headline boost, applied as a second pass over the best passages by text. */
class Bm25RetrieverTest {

    @TempDir
    Path dir;

    @Test
    void should_rank_the_passage_under_a_matching_headline_first_when_the_texts_tie() throws IOException {
        String text = "Ambulance crews walked out over pay and staffing on Wednesday.";
        try (PassageIndex index = PassageIndex.open(dir.resolve("index"))) {
            // Equal texts score equally, and Lucene breaks ties by document order: without the boost "plain",
            // indexed first, would lead.
            index.sync(TestArticles.corpus(titled("plain", "Budget news in brief", text),
                    titled("headline", "Ambulance strike over pay", text)));

            List<SearchHit> hits = new Bm25Retriever(index).retrieve("ambulance pay", 2);

            assertThat(hits).extracting(SearchHit::articleId).containsExactly("headline", "plain");
            assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        }
    }

    @Test
    void should_score_as_one_query_over_text_and_headline_when_answering_the_dev_set() {
        try (SampleIndex sample = SampleIndex.in(dir.resolve("sample"))) {
            for (EvalQuestion q : QuestionSet.dev()) {
                List<String> terms = QueryTerms.of(q.question()).stream().map(sample.index::vocabularyTerm)
                        .distinct().toList();
                if (terms.isEmpty()) {
                    continue;
                }
                // What the retriever used to run: text and headline clauses in one query, less the passages
                // only a headline matches.
                Query oneQuery = new BooleanQuery.Builder()
                        .add(Bm25Query.of(Schema.TEXT, terms), BooleanClause.Occur.MUST)
                        .add(new BoostQuery(Bm25Query.of(Schema.TITLE, terms),
                                Bm25Query.TITLE_BOOST), BooleanClause.Occur.SHOULD)
                        .build();
                List<SearchHit> expected = sample.index.search(oneQuery, 8);

                List<SearchHit> hits = sample.retriever.retrieve(q.question(), 8);

                assertThat(hits).as(q.question()).extracting(SearchHit::passageId)
                        .containsExactlyElementsOf(expected.stream().map(SearchHit::passageId).toList());
                for (int i = 0; i < hits.size(); i++) {
                    assertThat(hits.get(i).score()).as(q.question()).isCloseTo(expected.get(i).score(), within(1e-4));
                }
            }
        }
    }

    private static Article titled(String id, String title, String text) {
        String hash = Integer.toHexString((title + text).hashCode());
        return new Article(id, id + ".txt", "Outlet", LocalDate.of(2024, 7, 10), title, null, text, hash,
                List.of(new Passage(Passage.idOf(id, 0), id, 0, text)));
    }
}
