package dev.picket.retrieval.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

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
        Set<String> terms = body.terms();
        List<String> sentences = body.sentences();
        List<Set<String>> sentenceTerms = body.sentenceTerms();
        Set<String> sorted = new TreeSet<>(terms);
        sentenceTerms.forEach(sorted::addAll);
        Map<String, Integer> table = new HashMap<>();
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVInt(shingles.length);
            long previous = 0;
            for (long s : shingles) {
                out.writeVLong(s - previous);
                previous = s;
            }
            out.writeVInt(sorted.size());
            String last = "";
            for (String t : sorted) {
                int shared = sharedPrefix(last, t);
                out.writeVInt(shared);
                out.writeString(t.substring(shared));
                table.put(t, table.size());
                last = t;
            }
            writeIds(out, terms, table);
            out.writeVInt(sentences.size());
            int cursor = 0;
            for (int i = 0; i < sentences.size(); i++) {
                String sentence = sentences.get(i);
                int at = sentence.isEmpty() ? -1 : text.indexOf(sentence, cursor);
                if (at < 0) {
                    // Joined or cut by the splitter, so not a piece of the text as it stands.
                    out.writeVInt(0);
                    out.writeString(sentence);
                } else {
                    out.writeVInt(at - cursor + 1);
                    out.writeVInt(sentence.length());
                    cursor = at + sentence.length();
                }
                writeIds(out, sentenceTerms.get(i), table);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    private static int sharedPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static void writeIds(ByteBuffersDataOutput out, Set<String> terms, Map<String, Integer> table)
            throws IOException {
        out.writeVInt(terms.size());
        for (String t : terms) {
            out.writeVInt(table.get(t));
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
