package dev.picket.retrieval.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import dev.picket.corpus.Article;
import dev.picket.corpus.Passage;
import dev.picket.retrieval.embed.PassageEmbedder;

/**
 * The vectors a sync writes: each passage's, and with sentence vectors each sentence's, taken from the embedding
 * cache when it has them and embedded in batches when it does not.
 */
final class Vectoriser {

    static final int EMBED_BATCH = 64;

    /** What one flush of a sync writes besides the text. */
    record Vectorised(Map<String, float[]> byPassage, Map<String, float[]> bySentences, int embedded) {

        static final Vectorised NONE = new Vectorised(Map.of(), Map.of(), 0);
    }

    private final PassageEmbedder embedder;
    private final boolean sentences;

    Vectoriser(PassageEmbedder embedder, boolean sentences) {
        this.embedder = embedder;
        this.sentences = sentences;
    }

    /** Embeds the passages of these articles, taking what it can from the cache and adding what it embeds. */
    Vectorised vectorise(List<Article> toWrite, EmbeddingCache cache) {
        Map<String, float[]> byPassage = new HashMap<>();
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (Article article : toWrite) {
            for (Passage p : article.passages()) {
                float[] cached = cache.get(EmbeddingCache.hash(p.text()));
                if (cached != null) {
                    byPassage.put(p.id(), cached);
                } else {
                    missing.computeIfAbsent(p.text(), t -> new ArrayList<>()).add(p.id());
                }
            }
        }
        List<String> texts = List.copyOf(missing.keySet());
        List<float[]> embedded = embed(texts, cache);
        for (int i = 0; i < texts.size(); i++) {
            float[] v = embedded.get(i);
            missing.get(texts.get(i)).forEach(id -> byPassage.put(id, v));
        }
        return new Vectorised(byPassage, sentences ? sentenceVectors(toWrite, cache) : Map.of(), texts.size());
    }

    /**
     * The hash prefixes of every passage text (and, with sentence vectors, every sentence) the served index holds,
     * sorted, so the embedding cache keeps what a rebuild would need. Read from the index, as the corpus is not
     * held in memory; prefixes rather than whole hashes keep this small for millions of texts.
     */
    long[] livePrefixes(Searchers searchers) {
        LongStream.Builder live = LongStream.builder();
        searchers.eachLive(Searchers.ALL, Set.of(Schema.TEXT), doc -> {
            String text = doc.get(Schema.TEXT);
            live.add(EmbeddingCache.prefix(EmbeddingCache.hash(text)));
            if (sentences) {
                PassageSentences.of(text).forEach(
                        sentence -> live.add(EmbeddingCache.prefix(EmbeddingCache.hash(sentence))));
            }
        });
        return live.build().sorted().toArray();
    }

    /** Each passage's sentence vectors end to end, embedding only sentences the cache lacks. */
    private Map<String, float[]> sentenceVectors(List<Article> toWrite, EmbeddingCache cache) {
        Set<String> missing = new LinkedHashSet<>();
        for (Article article : toWrite) {
            for (Passage p : article.passages()) {
                PassageSentences.of(p.text()).stream().filter(s -> cache.get(EmbeddingCache.hash(s)) == null)
                        .forEach(missing::add);
            }
        }
        embed(List.copyOf(missing), cache);
        Map<String, float[]> out = new HashMap<>();
        for (Article article : toWrite) {
            for (Passage p : article.passages()) {
                List<String> sentences = PassageSentences.of(p.text());
                if (sentences.isEmpty()) {
                    continue;
                }
                float[] first = cache.get(EmbeddingCache.hash(sentences.getFirst()));
                float[] all = new float[first.length * sentences.size()];
                for (int i = 0; i < sentences.size(); i++) {
                    System.arraycopy(cache.get(EmbeddingCache.hash(sentences.get(i))), 0, all, i * first.length,
                            first.length);
                }
                out.put(p.id(), all);
            }
        }
        return out;
    }

    /** Embeds the texts in batches, caching each vector by its text's hash; the vectors in the texts' order. */
    private List<float[]> embed(List<String> texts, EmbeddingCache cache) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += EMBED_BATCH) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + EMBED_BATCH));
            List<float[]> embedded = embedder.embed(batch);
            for (int i = 0; i < batch.size(); i++) {
                cache.put(EmbeddingCache.hash(batch.get(i)), embedded.get(i));
            }
            out.addAll(embedded);
        }
        return out;
    }
}
