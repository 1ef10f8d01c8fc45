package dev.picket.retrieval.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passage and sentence vectors on disk, keyed by the SHA-256 of the embedded text, so a rebuilt index, a restart
 * or a reload only embeds texts that are new. The file belongs to one model; a file of another model, or a
 * damaged one, is ignored and rewritten. It is replaced atomically, so a crash leaves the previous file whole.
 *
 * <p>Records are sorted by hash and looked up by binary search in the file, and a save merges the new vectors
 * into a copy of the file as it streams past: the heap holds only the vectors of one sync, however large the
 * cache (a 10k-article corpus with sentence vectors has about half a million).
 */
final class EmbeddingCache implements Closeable {

    private static final int MAGIC = 0x50434b45; // "PCKE"
    // Records sorted by hash; any other version is another format and the file is started afresh.
    private static final int SORTED = 2;
    private static final int KEY_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);

    private final Path file;
    private final String model;
    // Vectors put during this sync, not yet in the file, in hash order for the merge.
    private final TreeMap<String, float[]> added = new TreeMap<>();
    private FileChannel channel;
    private long recordsStart;
    private int dim;
    private int count;
    // Sorted 64-bit prefixes of the hashes to keep, or null to keep every record.
    private long[] live;
    private boolean dirty;

    private EmbeddingCache(Path file, String model) {
        this.file = file;
        this.model = model;
    }

    /** The cache file that sits beside an index folder. */
    static Path beside(Path indexDir) {
        Path abs = indexDir.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-embeddings.bin");
    }

    static EmbeddingCache load(Path file, String model) {
        EmbeddingCache cache = new EmbeddingCache(file, model);
        try {
            cache.open();
        } catch (NoSuchFileException e) {
            // First run.
        } catch (IOException | RuntimeException e) {
            log.warn("Embedding cache {} is unreadable ({}); texts will be embedded again", file, e.toString());
            cache.forget();
        }
        return cache;
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The first 64 bits of a hash, enough to tell live texts from dead ones without holding whole hashes. */
    static long prefix(String hash) {
        return Long.parseUnsignedLong(hash, 0, 16, 16);
    }

    Path file() {
        return file;
    }

    float[] get(String hash) {
        float[] v = added.get(hash);
        if (v != null || count == 0) {
            return v;
        }
        try {
            byte[] wanted = HexFormat.of().parseHex(hash);
            byte[] key = new byte[KEY_BYTES];
            int lo = 0;
            int hi = count - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                readFully(ByteBuffer.wrap(key), position(mid));
                int cmp = Arrays.compareUnsigned(key, wanted);
                if (cmp == 0) {
                    ByteBuffer floats = ByteBuffer.allocate(dim * Float.BYTES);
                    readFully(floats, position(mid) + KEY_BYTES);
                    float[] found = new float[dim];
                    floats.flip().asFloatBuffer().get(found);
                    return found;
                }
                if (cmp < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return null;
        } catch (IOException e) {
            log.warn("Embedding cache {} could not be read ({}); the text is embedded again", file, e.toString());
            return null;
        }
    }

    void put(String hash, float[] vector) {
        added.put(hash, vector);
        dirty = true;
    }

    int size() {
        return count + added.size();
    }

    /**
     * Keeps, at the next save, only vectors whose hash prefix is among these (sorted) ones. Dead vectors alone do
     * not make a save rewrite the file; they go with the next save that has something to add.
     */
    void retain(long[] sortedLivePrefixes) {
        this.live = sortedLivePrefixes;
    }

    /** Writes the file when anything was added, merging the file and the new vectors in hash order. */
    void save() throws IOException {
        if (!dirty) {
            return;
        }
        int width = dim > 0 ? dim : added.values().stream().findFirst().map(v -> v.length).orElse(0);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        int written = 0;
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeInt(MAGIC);
            out.writeInt(SORTED);
            out.writeUTF(model);
            out.writeInt(width);
            out.writeInt(0); // the count, patched once known
            try (DataInputStream old = records()) {
                var next = added.entrySet().iterator();
                Map.Entry<String, float[]> pending = next.hasNext() ? next.next() : null;
                byte[] key = new byte[KEY_BYTES];
                byte[] vector = new byte[width * Float.BYTES];
                for (int i = 0; i < count; i++) {
                    old.readFully(key);
                    old.readFully(vector);
                    String hash = HexFormat.of().formatHex(key);
                    while (pending != null && pending.getKey().compareTo(hash) <= 0) {
                        if (!pending.getKey().equals(hash)) {
                            written += write(out, pending.getKey(), pending.getValue());
                        }
                        pending = next.hasNext() ? next.next() : null;
                    }
                    if (keeps(hash)) {
                        out.write(key);
                        out.write(vector);
                        written++;
                    }
                }
                for (; pending != null; pending = next.hasNext() ? next.next() : null) {
                    written += write(out, pending.getKey(), pending.getValue());
                }
            }
        }
        try (FileChannel patch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ByteBuffer n = ByteBuffer.allocate(Integer.BYTES).putInt(written).flip();
            // The count is the header's last field.
            long at = headerBytes() - Integer.BYTES;
            while (n.hasRemaining()) {
                patch.write(n, at + n.position());
            }
        }
        close();
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        added.clear();
        live = null;
        dirty = false;
        open();
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    private int write(DataOutputStream out, String hash, float[] vector) throws IOException {
        if (!keeps(hash)) {
            return 0;
        }
        out.write(HexFormat.of().parseHex(hash));
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES);
        bytes.asFloatBuffer().put(vector);
        out.write(bytes.array());
        return 1;
    }

    private boolean keeps(String hash) {
        return live == null || Arrays.binarySearch(live, prefix(hash)) >= 0;
    }

    /** The file's records from the first, for a merge; empty when there is no file. */
    private DataInputStream records() throws IOException {
        if (channel == null || count == 0) {
            return new DataInputStream(InputStream.nullInputStream());
        }
        channel.position(recordsStart);
        return new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
    }

    private void open() throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.READ);
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
        try {
            int version = in.readInt() == MAGIC ? in.readInt() : -1;
            if (version != SORTED || !model.equals(in.readUTF())) {
                log.info("Embedding cache {} is for another model or format; starting afresh", file);
                forget();
                dirty = true;
                return;
            }
            dim = in.readInt();
            count = in.readInt();
        } catch (EOFException e) {
            throw new IOException("the file ends inside its header", e);
        }
        recordsStart = headerBytes();
        long expected = position(count);
        if (dim <= 0 && count > 0 || count < 0 || channel.size() != expected) {
            throw new IOException("the file holds " + channel.size() + " bytes, its header promises " + expected);
        }
    }

    private void forget() {
        try {
            close();
        } catch (IOException ignored) {
            // Nothing to keep from a file we do not trust.
        }
        added.clear();
        count = 0;
        dim = 0;
    }

    /** The size of the header as {@link #save()} writes it: magic, version, model (as writeUTF), dimension, count. */
    private long headerBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream header = new DataOutputStream(bytes)) {
            header.writeInt(MAGIC);
            header.writeInt(SORTED);
            header.writeUTF(model);
            header.writeInt(0);
            header.writeInt(0);
        }
        return bytes.size();
    }

    private long position(int record) {
        return recordsStart + (long) record * (KEY_BYTES + (long) dim * Float.BYTES);
    }

    private void readFully(ByteBuffer into, long at) throws IOException {
        while (into.hasRemaining()) {
            if (channel.read(into, at + into.position()) < 0) {
                throw new EOFException("the cache file ended early");
            }
        }
    }
}
