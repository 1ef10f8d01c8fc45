package dev.picket.retrieval.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.CharArrayMap;
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
    // Enough for the words of a large corpus's common vocabulary; a memo that fills is started afresh.
    private static final int MAX_ENTRIES = 1 << 16;

    private final StandardTokenizer tokenizer = new StandardTokenizer();
    private final CharTermAttribute raw = tokenizer.addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = tokenizer.addAttribute(PositionIncrementAttribute.class);
    private final OneToken one = new OneToken();
    private final TokenStream chain = new PorterStemFilter(
            new StopFilter(new LowerCaseFilter(new EnglishPossessiveFilter(one)), QueryTerms.stopWords()));
    private final CharTermAttribute analysed = one.getAttribute(CharTermAttribute.class);
    private final CharArrayMap<String> memo = new CharArrayMap<>(4096, false);

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
        String known = memo.get(chars, 0, length);
        if (known != null) {
            return known;
        }
        one.set(chars, length);
        chain.reset();
        String term = chain.incrementToken() ? analysed.toString() : STOP;
        chain.end();
        chain.close();
        if (memo.size() >= MAX_ENTRIES) {
            memo.clear();
        }
        memo.put(String.valueOf(chars, 0, length), term);
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
}
