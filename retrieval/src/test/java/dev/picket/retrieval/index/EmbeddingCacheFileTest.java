package dev.picket.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache file itself: sorted records found by binary search, merged on save, pruned to live texts. */
class EmbeddingCacheFileTest {

    private static final String MODEL = "test-model";
    private static final int DIM = 8;

    @TempDir
    Path dir;

    private final Random random = new Random(7);

    @Test
    void should_find_every_saved_vector_and_nothing_else_when_loaded_again() throws IOException {
        Path file = dir.resolve("cache.bin");
        List<String> texts = texts(500);
        save(file, texts);

        try (EmbeddingCache again = EmbeddingCache.load(file, MODEL)) {
            assertThat(again.size()).isEqualTo(500);
            for (String t : texts) {
                assertThat(again.get(EmbeddingCache.hash(t))).as(t).containsExactly(vectorOf(t));
            }
            assertThat(again.get(EmbeddingCache.hash("never embedded"))).isNull();
        }
    }

    @Test
    void should_merge_vectors_of_a_later_sync_into_the_file_when_saving() throws IOException {
        Path file = dir.resolve("cache.bin");
        List<String> first = texts(300);
        List<String> second = texts(300);
        save(file, first);
        try (EmbeddingCache cache = EmbeddingCache.load(file, MODEL)) {
            second.forEach(t -> cache.put(EmbeddingCache.hash(t), vectorOf(t)));
            cache.put(EmbeddingCache.hash(first.getFirst()), vectorOf(first.getFirst()));
            cache.save();
        }

        try (EmbeddingCache merged = EmbeddingCache.load(file, MODEL)) {
            assertThat(merged.size()).isEqualTo(600);
            for (String t : first) {
                assertThat(merged.get(EmbeddingCache.hash(t))).containsExactly(vectorOf(t));
            }
            for (String t : second) {
                assertThat(merged.get(EmbeddingCache.hash(t))).containsExactly(vectorOf(t));
            }
        }
    }

    @Test
    void should_drop_vectors_of_texts_no_longer_indexed_when_saving_new_ones() throws IOException {
        Path file = dir.resolve("cache.bin");
        List<String> texts = texts(100);
        save(file, texts);
        List<String> kept = texts.subList(0, 40);
        try (EmbeddingCache cache = EmbeddingCache.load(file, MODEL)) {
            cache.put(EmbeddingCache.hash("a new passage"), vectorOf("a new passage"));
            List<String> live = new ArrayList<>(kept);
            live.add("a new passage");
            cache.retain(live.stream().mapToLong(t -> EmbeddingCache.prefix(EmbeddingCache.hash(t))).sorted()
                    .toArray());
            cache.save();
        }

        try (EmbeddingCache pruned = EmbeddingCache.load(file, MODEL)) {
            assertThat(pruned.size()).isEqualTo(41);
            assertThat(pruned.get(EmbeddingCache.hash(kept.getLast()))).containsExactly(vectorOf(kept.getLast()));
            assertThat(pruned.get(EmbeddingCache.hash(texts.getLast()))).isNull();
        }
    }

    @Test
    void should_start_afresh_when_the_file_is_of_the_unsorted_version_1_format() throws IOException {
        Path file = dir.resolve("cache.bin");
        List<String> texts = texts(50);
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeInt(0x50434b45);
            out.writeInt(1);
            out.writeUTF(MODEL);
            out.writeInt(DIM);
            out.writeInt(texts.size());
            for (String t : texts) {
                out.write(java.util.HexFormat.of().parseHex(EmbeddingCache.hash(t)));
                for (float f : vectorOf(t)) {
                    out.writeFloat(f);
                }
            }
        }

        try (EmbeddingCache cache = EmbeddingCache.load(file, MODEL)) {
            assertThat(cache.size()).isZero();
            assertThat(cache.get(EmbeddingCache.hash(texts.get(17)))).isNull();
        }
    }

    @Test
    void should_start_empty_when_the_file_is_cut_short_or_of_another_model() throws IOException {
        Path file = dir.resolve("cache.bin");
        save(file, texts(20));
        try (EmbeddingCache other = EmbeddingCache.load(file, "another-model")) {
            assertThat(other.size()).isZero();
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 5));

        try (EmbeddingCache cut = EmbeddingCache.load(file, MODEL)) {
            assertThat(cut.size()).isZero();
            assertThat(cut.get(EmbeddingCache.hash("anything"))).isNull();
        }
    }

    /** One sync's worth: embeds these texts into the cache file and saves it. */
    private static void save(Path file, List<String> texts) throws IOException {
        try (EmbeddingCache cache = EmbeddingCache.load(file, MODEL)) {
            texts.forEach(t -> cache.put(EmbeddingCache.hash(t), vectorOf(t)));
            cache.save();
        }
    }

    private List<String> texts(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("passage " + random.nextLong());
        }
        return out;
    }

    private static float[] vectorOf(String text) {
        float[] v = new float[DIM];
        Random r = new Random(text.hashCode());
        for (int i = 0; i < DIM; i++) {
            v[i] = r.nextFloat();
        }
        return v;
    }
}
