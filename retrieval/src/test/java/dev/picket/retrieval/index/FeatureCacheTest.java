package dev.picket.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import dev.picket.retrieval.SearchHit;
import org.junit.jupiter.api.Test;

class FeatureCacheTest {

    @Test
    void should_keep_the_most_recent_passages_within_its_bytes_when_long_passages_would_fill_its_entries() {
        FeatureCache cache = new FeatureCache();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 150; w++) {
                text.append("word").append(i).append('x').append(w % 60).append(w % 9 == 8 ? ". " : " ");
            }
            SearchHit hit = new SearchHit("p" + i, "a" + i, 0, "Headline " + i, "BBC", null, null,
                    text.toString().strip(), 1.0);
            PassageFeatures made = PassageFeatures.of(hit.title(), hit.text());
            cache.read(made.encode(), hit);
            hits.add(hit);
        }

        long kept = hits.stream().filter(cache::holds).count();
        assertThat(kept).isBetween(100L, 3_000L);
        assertThat(hits.subList(hits.size() - (int) kept, hits.size())).allMatch(cache::holds);
        assertThat(cache.holds(hits.getFirst())).isFalse();
    }
}
