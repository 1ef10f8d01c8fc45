package dev.picket.retrieval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passage vectors on disk, keyed by the SHA-256 of the embedded text, so a rebuilt index, a restart or a reload
 * only embeds passages whose text is new. The file belongs to one model; a file of another model, or a damaged
 * one, is ignored and rewritten. It is replaced atomically, so a crash leaves the previous file whole.
 */
final class EmbeddingCache {

    private static final int MAGIC = 0x50434b45; // "PCKE"
    private static final int VERSION = 1;
    private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);

    private final Path file;
    private final String model;
    private final Map<String, float[]> vectors;
    private boolean dirty;

    private EmbeddingCache(Path file, String model, Map<String, float[]> vectors) {
        this.file = file;
        this.model = model;
        this.vectors = vectors;
    }

    /** The cache file that sits beside an index folder. */
    static Path beside(Path indexDir) {
        Path abs = indexDir.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-embeddings.bin");
    }

    static EmbeddingCache load(Path file, String model) {
        Map<String, float[]> vectors = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || !model.equals(in.readUTF())) {
                log.info("Embedding cache {} is for another model or format; starting afresh", file);
                return new EmbeddingCache(file, model, vectors);
            }
            int dim = in.readInt();
            int count = in.readInt();
            byte[] hash = new byte[32];
            for (int i = 0; i < count; i++) {
                in.readFully(hash);
                float[] v = new float[dim];
                for (int d = 0; d < dim; d++) {
                    v[d] = in.readFloat();
                }
                vectors.put(HexFormat.of().formatHex(hash), v);
            }
        } catch (NoSuchFileException e) {
            // First run.
        } catch (IOException | RuntimeException e) {
            log.warn("Embedding cache {} is unreadable ({}); passages will be embedded again", file, e.toString());
            vectors.clear();
        }
        return new EmbeddingCache(file, model, vectors);
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    float[] get(String hash) {
        return vectors.get(hash);
    }

    void put(String hash, float[] vector) {
        vectors.put(hash, vector);
        dirty = true;
    }

    int size() {
        return vectors.size();
    }

    /** Forgets vectors of texts no longer in the index. */
    void retain(Set<String> live) {
        dirty |= vectors.keySet().retainAll(live);
    }

    /** Writes the file when anything changed since it was loaded or last saved. */
    void save() throws IOException {
        if (!dirty) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        int dim = vectors.values().stream().findFirst().map(v -> v.length).orElse(0);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(model);
            out.writeInt(dim);
            out.writeInt(vectors.size());
            for (var e : vectors.entrySet()) {
                out.write(HexFormat.of().parseHex(e.getKey()));
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        dirty = false;
    }
}
