package dev.picket.retrieval.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The index analyser's chain ({@link QueryTerms#analyzer()}: possessives, lower case, stop words, Porter) taken one
 * token at a time and remembered by the token's characters. Each of those filters looks at one token alone, so a
 * word gives the same term wherever it stands; news repeats its words, and stemming each occurrence anew was a
 * seventh of an index build. One memo a thread, as indexing prepares articles on several.
 */
final class TermMemo {

    /** What a token of {@link #tokens} is told. */
    interface Sink {
        void token(String term, int start, int end);
    }

    private static final ThreadLocal<TermMemo> PER_THREAD = ThreadLocal.withInitial(TermMemo::new);
    // A stop word's entry: no term.
    private static final String STOP = new String("stop");

    private final StandardTokenizer tokenizer = new StandardTokenizer();
    private final CharTermAttribute raw = tokenizer.addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = tokenizer.addAttribute(PositionIncrementAttribute.class);
    private final OneToken one = new OneToken();
    private final TokenStream chain = new PorterStemFilter(
            new StopFilter(new LowerCaseFilter(new EnglishPossessiveFilter(one)), QueryTerms.stopWords()));
    private final CharTermAttribute analysed = one.getAttribute(CharTermAttribute.class);
    private final Table memo = new Table();

    private TermMemo() {
    }

    /**
     * The text's terms as the analyser gives them, with their offsets. The index takes no positions, so a token's
     * position increment is not told, only the one the stream ends with.
     *
     * @return the final offset and the final position increment, packed as {@code offset << 32 | increment}
     */
    static long tokens(String text, Sink sink) {
        return PER_THREAD.get().analyse(text, sink);
    }

    private long analyse(String text, Sink sink) {
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            int skipped = 0;
            while (tokenizer.incrementToken()) {
                String term = term(raw.buffer(), raw.length());
                if (term == STOP) {
                    skipped += increment.getPositionIncrement();
                } else {
                    sink.token(term, offset.startOffset(), offset.endOffset());
                    skipped = 0;
                }
            }
            tokenizer.end();
            long packed = (long) offset.endOffset() << 32 | (increment.getPositionIncrement() + skipped);
            tokenizer.close();
            return packed;
        } catch (IOException e) {
            // Analysing a String never does I/O.
            throw new UncheckedIOException(e);
        }
    }

    private String term(char[] chars, int length) throws IOException {
        int hash = Table.hash(chars, length);
        String known = memo.get(chars, length, hash);
        if (known != null) {
            return known;
        }
        one.set(chars, length);
        chain.reset();
        String term = chain.incrementToken() ? analysed.toString() : STOP;
        chain.end();
        chain.close();
        memo.put(Arrays.copyOf(chars, length), hash, term);
        return term;
    }

    /** A stream of the one token the memo has not seen, for the chain to take. */
    private static final class OneToken extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] chars;
        private int length;
        private boolean done;

        void set(char[] source, int count) {
            chars = source;
            length = count;
        }

        @Override
        public boolean incrementToken() {
            if (done) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(chars, 0, length);
            done = true;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            done = false;
        }
    }

    /**
     * Tokens' characters to their terms, by open addressing on a mixed hash with each slot's hash kept, so a probe
     * compares characters only when the hashes agree. Lucene's CharArrayMap probes on the plain 31-multiplier
     * hash at up to four fifths full, and its comparisons were a fifth of preparing a passage.
     */
    private static final class Table {

        // Enough for the words that make most of any text (news follows Zipf), and small enough (some 2 MB) for
        // a request thread that works out a hit's features; a table that fills is started afresh.
        private static final int MAX_ENTRIES = 1 << 14;

        private char[][] keys = new char[1 << 11][];
        private String[] values = new String[keys.length];
        private int[] hashes = new int[keys.length];
        private int size;

        static int hash(char[] chars, int length) {
            int h = 0;
            for (int i = 0; i < length; i++) {
                h = 31 * h + chars[i];
            }
            h *= 0x9E3779B9;
            return h ^ (h >>> 16);
        }

        String get(char[] chars, int length, int hash) {
            int mask = keys.length - 1;
            for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == hash && Arrays.equals(keys[slot], 0, keys[slot].length, chars, 0, length)) {
                    return values[slot];
                }
            }
            return null;
        }

        void put(char[] key, int hash, String value) {
            if (size >= MAX_ENTRIES) {
                Arrays.fill(keys, null);
                Arrays.fill(values, null);
                size = 0;
            } else if (2 * (size + 1) > keys.length) {
                grow();
            }
            insert(key, hash, value);
            size++;
        }

        private void insert(char[] key, int hash, String value) {
            int mask = keys.length - 1;
            int slot = hash & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
            hashes[slot] = hash;
        }

        private void grow() {
            char[][] oldKeys = keys;
            String[] oldValues = values;
            int[] oldHashes = hashes;
            keys = new char[2 * oldKeys.length][];
            values = new String[keys.length];
            hashes = new int[keys.length];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    insert(oldKeys[i], oldHashes[i], oldValues[i]);
                }
            }
        }
    }
}
