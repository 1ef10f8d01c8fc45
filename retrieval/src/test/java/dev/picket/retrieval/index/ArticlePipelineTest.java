package dev.picket.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.picket.corpus.Article;
import dev.picket.retrieval.TestArticles;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class ArticlePipelineTest {

    @Test
    void should_hand_over_each_article_in_the_order_added_with_the_documents_one_thread_makes_when_many_are_ahead()
            throws IOException {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            articles.add(TestArticles.article("a" + i, "BBC", LocalDate.of(2024, 1, 1 + i % 28),
                    "The Royal College of Nursing (RCN) said " + "nurses would strike again. ".repeat(1 + i % 7),
                    "Talks with the Department of Health and Social Care went on for " + i + " hours."));
        }
        List<ArticlePipeline.Prepared> written = new ArrayList<>();
        try (ArticlePipeline pipeline = new ArticlePipeline(5)) {
            for (Article a : articles) {
                pipeline.add(a, Vectoriser.Vectorised.NONE, written::add);
            }
            assertThat(written).hasSize(35);
            pipeline.drain(written::add);
        }

        assertThat(written).extracting(ArticlePipeline.Prepared::article).containsExactlyElementsOf(articles);
        for (ArticlePipeline.Prepared p : written) {
            ArticlePipeline.Prepared alone = ArticlePipeline.prepare(p.article(), Vectoriser.Vectorised.NONE);
            assertThat(p.findings()).isEqualTo(alone.findings()).contains("RCN");
            assertThat(p.documents()).map(ArticlePipelineTest::stored)
                    .containsExactlyElementsOf(alone.documents().stream().map(ArticlePipelineTest::stored).toList());
        }
    }

    @Test
    void should_fail_the_write_of_the_article_whose_preparation_failed_when_it_comes_up() throws IOException {
        Vectoriser.Vectorised broken = new Vectoriser.Vectorised(new HashMap<>() {
            @Override
            public float[] get(Object key) {
                throw new IllegalStateException("no vector for " + key);
            }
        }, Map.of(), 0);
        List<ArticlePipeline.Prepared> written = new ArrayList<>();
        try (ArticlePipeline pipeline = new ArticlePipeline(1)) {
            pipeline.add(TestArticles.article("ok", "BBC", null, "Nurses went on strike."),
                    Vectoriser.Vectorised.NONE, written::add);
            pipeline.add(TestArticles.article("bad", "BBC", null, "Nurses went on strike."), broken, written::add);

            assertThat(written).hasSize(1);
            assertThatThrownBy(() -> pipeline.drain(written::add)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("bad");
        }
    }

    // What a document holds, as text, to compare two documents field by field.
    private static String stored(Document doc) {
        StringBuilder out = new StringBuilder();
        for (IndexableField f : doc.getFields()) {
            out.append(f.name()).append('=').append(f.binaryValue() != null ? f.binaryValue().toString()
                    : f.stringValue() != null ? f.stringValue() : f.numericValue()).append('\n');
        }
        return out.toString();
    }
}
