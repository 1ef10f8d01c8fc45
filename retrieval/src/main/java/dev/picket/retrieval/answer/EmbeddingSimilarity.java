package dev.picket.retrieval.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.embed.Calibration;
import dev.picket.retrieval.embed.PassageEmbedder;
import dev.picket.retrieval.embed.Vectors;
import dev.picket.retrieval.index.PassageIndex;

/** Cosine between the question's embedding and the vectors stored with the passages. */
public final class EmbeddingSimilarity implements QuestionSimilarity {

    private final PassageIndex index;
    private final PassageEmbedder embedder;

    public EmbeddingSimilarity(PassageIndex index, PassageEmbedder embedder) {
        this.index = Objects.requireNonNull(index, "index");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    @Override
    public List<Double> similarity(String question, List<SearchHit> hits) {
        List<Double> out = new ArrayList<>(hits.size());
        if (hits.isEmpty()) {
            return out;
        }
        if (!PassageEmbedder.embeddable(question)) {
            hits.forEach(h -> out.add(0.0));
            return out;
        }
        float[] q = embedder.embedQuery(question);
        Map<String, float[]> vectors = index.vectors(hits.stream().map(SearchHit::passageId).toList());
        for (SearchHit hit : hits) {
            float[] v = vectors.get(hit.passageId());
            out.add(v == null ? 0 : Vectors.cosine(q, v));
        }
        return out;
    }

    @Override
    public Calibration calibration() {
        return embedder.calibration();
    }
}
