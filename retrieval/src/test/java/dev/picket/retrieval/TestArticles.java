package dev.picket.retrieval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.picket.corpus.Article;
import dev.picket.corpus.Corpus;
import dev.picket.corpus.IngestionReport;
import dev.picket.corpus.Passage;

/** Small hand-made articles for tests that need exact control over passages and dates. */
public final class TestArticles {

    private TestArticles() {
    }

    public static Article article(String id, String source, LocalDate published, String... passages) {
        List<Passage> ps = new ArrayList<>();
        for (int i = 0; i < passages.length; i++) {
            ps.add(new Passage(Passage.idOf(id, i), id, i, passages[i]));
        }
        String text = String.join("\n\n", passages);
        return new Article(id, id + ".txt", source, published, "Headline of " + id, null, text,
                Integer.toHexString((source + published + text).hashCode()), ps);
    }

    public static Corpus corpus(Article... articles) {
        return new Corpus(List.of(articles), new IngestionReport(java.time.Instant.EPOCH,
                List.of(articles).stream().map(Article::fileName).toList(), List.of(), List.of()));
    }
}
