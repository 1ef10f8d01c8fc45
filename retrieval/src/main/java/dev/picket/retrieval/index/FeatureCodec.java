package dev.picket.retrieval.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * {@link PassageFeatures} as the index stores them, a binary doc value per passage. Lucene does not compress
 * binary doc values, and at a million passages every byte of the form is a megabyte on disk, so nothing the
 * passage's stored text or the neighbouring entry already holds is written again.
 */
final class FeatureCodec {

    private FeatureCodec() {
    }

    /**
     * The stored form: the shingles as gaps, a sorted table of the distinct terms with shared prefixes left out,
     * then the sentences, each as where it lies in the text when it is a piece of it, with its terms as table
     * indexes. Doc values are not compressed, so what the text or the neighbouring entry already holds is not
     * written again.
     */
    static BytesRef encode(String text, long[] shingles, PassageFeatures.Body body) {
        List<String> sentences = body.sentences();
        String[][] terms = new String[sentences.size()][];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = body.sentenceTerms().get(i).toArray(String[]::new);
        }
        String[] table = SortedTerms.union(body.terms(), terms);
        int[] textIds = new int[body.terms().size()];
        int k = 0;
        for (String t : body.terms()) {
            textIds[k++] = Arrays.binarySearch(table, t);
        }
        int[][] ids = new int[terms.length][];
        for (int i = 0; i < terms.length; i++) {
            // A term's id is its place in the sorted table; written in ascending order, as indexing does.
            ids[i] = new int[terms[i].length];
            for (int j = 0; j < ids[i].length; j++) {
                ids[i][j] = Arrays.binarySearch(table, terms[i][j]);
            }
            Arrays.sort(ids[i]);
        }
        return write(shingles, sentences, PassageSplit.positions(text, sentences), ids, table, textIds);
    }

    /**
     * The stored form of the features of a passage as indexing splits it, whose text's terms are the whole
     * table ({@link PassageSplit}). Indexing encodes every passage, so no set is built on the way.
     */
    static BytesRef encode(long[] shingles, PassageSplit split) {
        return write(shingles, split.sentences(), split.at(), split.ids(), split.table(), null);
    }

    /** {@code textIds} null: every term of the table. */
    private static BytesRef write(long[] shingles, List<String> sentences, int[] at, int[][] ids,
                                  String[] table, int[] textIds) {
        Output out = new Output();
        try {
            writeTo(out, shingles, sentences, at, ids, table, textIds);
        } catch (IOException e) {
            // Writing to an array never does I/O.
            throw new UncheckedIOException(e);
        }
        return new BytesRef(out.bytes, 0, out.length);
    }

    private static void writeTo(Output out, long[] shingles, List<String> sentences, int[] at, int[][] ids,
                                String[] table, int[] textIds) throws IOException {
        out.writeVInt(shingles.length);
        long previous = 0;
        for (long s : shingles) {
            out.writeVLong(s - previous);
            previous = s;
        }
        out.writeVInt(table.length);
        String last = "";
        for (String t : table) {
            int shared = sharedPrefix(last, t);
            out.writeVInt(shared);
            out.writeString(t, shared);
            last = t;
        }
        out.writeVInt(textIds == null ? table.length : textIds.length);
        for (int i = 0; i < (textIds == null ? table.length : textIds.length); i++) {
            out.writeVInt(textIds == null ? i : textIds[i]);
        }
        out.writeVInt(sentences.size());
        int cursor = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (at[i] < 0) {
                // Joined or cut by the splitter, so not a piece of the text as it stands.
                out.writeVInt(0);
                out.writeString(sentences.get(i));
            } else {
                out.writeVInt(at[i] - cursor + 1);
                out.writeVInt(sentences.get(i).length());
                cursor = at[i] + sentences.get(i).length();
            }
            out.writeVInt(ids[i].length);
            for (int id : ids[i]) {
                out.writeVInt(id);
            }
        }
    }

    private static int sharedPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** A growing array to write into: a few hundred bytes a passage, where Lucene's block output cost more. */
    static final class Output extends DataOutput {

        // A passage's features take about a kilobyte.
        private byte[] bytes = new byte[1_536];
        private int length;

        byte[] bytes() {
            return bytes;
        }

        int length() {
            return length;
        }

        /**
         * What {@code writeString(s.substring(from))} writes, its UTF-8 length and bytes, encoded straight into
         * the array: each term of every passage went through a substring and a BytesRef of its own.
         */
        void writeString(String s, int from) throws IOException {
            int chars = s.length() - from;
            // A UTF-16 unit takes at most three UTF-8 bytes, and the length's varint at most five.
            int room = length + 5 + 3 * chars;
            if (room > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, room));
            }
            int start = length + 5;
            int n = UnicodeUtil.UTF16toUTF8(s, from, chars, bytes, start) - start;
            writeVInt(n);
            System.arraycopy(bytes, start, bytes, length, n);
            length += n;
        }

        @Override
        public void writeByte(byte b) {
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, 2 * length);
            }
            bytes[length++] = b;
        }

        @Override
        public void writeBytes(byte[] b, int offset, int n) {
            if (length + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + n));
            }
            System.arraycopy(b, offset, bytes, length, n);
            length += n;
        }
    }

    /** The shingles at the start of the stored form; the input is left at the rest. */
    static long[] shingles(ByteArrayDataInput in) {
        long[] shingles = new long[in.readVInt()];
        long previous = 0;
        for (int i = 0; i < shingles.length; i++) {
            previous += in.readVLong();
            shingles[i] = previous;
        }
        return shingles;
    }

    /** The rest of the stored form, after {@link #shingles}, for the passage of this text. */
    static PassageFeatures.Body body(ByteArrayDataInput in, String text) {
        try {
            return readBody(in, text);
        } catch (IOException e) {
            // Reading from memory never does I/O.
            throw new UncheckedIOException(e);
        }
    }

    private static PassageFeatures.Body readBody(ByteArrayDataInput in, String text) throws IOException {
        String[] table = new String[in.readVInt()];
        String last = "";
        for (int i = 0; i < table.length; i++) {
            int shared = in.readVInt();
            last = last.substring(0, shared) + in.readString();
            table[i] = last;
        }
        Set<String> terms = readIds(in, table);
        int count = in.readVInt();
        List<String> sentences = new ArrayList<>(count);
        List<Set<String>> sentenceTerms = new ArrayList<>(count);
        int cursor = 0;
        for (int i = 0; i < count; i++) {
            int gap = in.readVInt();
            if (gap == 0) {
                sentences.add(in.readString());
            } else {
                int at = cursor + gap - 1;
                cursor = at + in.readVInt();
                sentences.add(text.substring(at, cursor));
            }
            sentenceTerms.add(readIds(in, table));
        }
        return new PassageFeatures.Body(List.copyOf(sentences), List.copyOf(sentenceTerms), terms);
    }

    private static Set<String> readIds(ByteArrayDataInput in, String[] table) {
        String[] out = new String[in.readVInt()];
        for (int i = 0; i < out.length; i++) {
            out[i] = table[in.readVInt()];
        }
        return Set.of(out);
    }
}
