package dev.picket.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import dev.picket.corpus.Abbreviations;
import dev.picket.corpus.Article;
import dev.picket.retrieval.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbbreviationMergeTest {

    // Findings that collide: two definitions of RCN, three names with the initials BMA, two with ONS, a definition
    // and a name of the same initials, so which article comes first and which goes decides the table.
    private static final List<String> SENTENCES = List.of(
            "Members of the Royal College of Nursing (RCN) voted to strike.",
            "The Royal Council of Nurses (RCN) objected.",
            "The Regional Care Network (RCN) disagreed.",
            "The Royal College of Nursing said talks failed.",
            "The Royal College of Midwives (RCM) balloted its members.",
            "The British Medical Association called a walkout.",
            "The Bristol Music Academy closed for the day.",
            "The Birmingham Medical Archive opened late.",
            "The British Medical Association (BMA) said no.",
            "Figures from the Office for National Statistics show inflation.",
            "The Office for Nuclear Safety agreed.",
            "Health Secretary Steve Barclay met Unite leaders.");

    @TempDir
    Path tmp;

    @Test
    void should_serve_the_table_a_merge_from_scratch_gives_when_syncs_add_change_and_remove_articles()
            throws Exception {
        Random random = new Random(17);
        Map<String, Article> corpus = new TreeMap<>();
        int nextId = 0;
        int changedTables = 0;
        List<Map.Entry<String, String>> last = List.of();
        try (PassageIndex index = PassageIndex.open(tmp.resolve("index"))) {
            for (int step = 0; step < 60; step++) {
                for (int op = random.nextInt(3); op >= 0; op--) {
                    List<String> ids = new ArrayList<>(corpus.keySet());
                    int kind = ids.size() < 3 ? 0 : random.nextInt(3);
                    if (kind == 0) {
                        String id = String.format("%03d_article", nextId++);
                        corpus.put(id, article(id, random));
                    } else if (kind == 1) {
                        String id = ids.get(random.nextInt(ids.size()));
                        corpus.put(id, article(id, random));
                    } else {
                        corpus.remove(ids.get(random.nextInt(ids.size())));
                    }
                }
                index.sync(TestArticles.corpus(corpus.values().toArray(Article[]::new)));

                List<Map.Entry<String, String>> served = List.copyOf(index.abbreviations().asMap().entrySet());
                assertThat(served).as("step %d", step).containsExactlyElementsOf(fromScratch(corpus));
                changedTables += served.equals(last) ? 0 : 1;
                last = served;
            }
        }
        assertThat(changedTables).as("syncs that changed the table").isGreaterThan(20);
    }

    /** Every article's findings merged in id order, the order a first build writes them in. */
    private static List<Map.Entry<String, String>> fromScratch(Map<String, Article> byId) {
        Abbreviations.Builder all = Abbreviations.builder();
        byId.values().forEach(article -> all.addSnapshot(AbbreviationTable.findings(article)));
        return List.copyOf(all.build().asMap().entrySet());
    }

    private static Article article(String id, Random random) {
        String[] passages = new String[1 + random.nextInt(3)];
        for (int i = 0; i < passages.length; i++) {
            passages[i] = SENTENCES.get(random.nextInt(SENTENCES.size())) + " "
                    + SENTENCES.get(random.nextInt(SENTENCES.size()));
        }
        return TestArticles.article(id, "BBC", LocalDate.of(2023, 1, 1 + random.nextInt(28)), passages);
    }
}
