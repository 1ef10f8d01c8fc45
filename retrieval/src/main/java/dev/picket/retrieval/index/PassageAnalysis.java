package dev.picket.retrieval.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * A passage's text analysed once for two uses: the index's text field replays the tokens, and the features take
 * each sentence's terms from the tokens that lie within it, where analysing the sentence alone would give the
 * same terms (see {@link #idsWithin}). Indexing used to analyse every sentence a second time.
 */
final class PassageAnalysis {

    private String[] terms;
    private int[] starts;
    private int[] ends;
    private int[] increments;
    private int count;
    private int finalOffset;
    private int finalIncrement;

    /** @param expected about how many tokens there will be, so the arrays are rarely grown and copied */
    private PassageAnalysis(int expected) {
        terms = new String[expected];
        starts = new int[expected];
        ends = new int[expected];
        increments = new int[expected];
    }

    /** The tokens of the text as the index's analyser makes them for the text field. */
    static PassageAnalysis of(String text) {
        // News keeps about one token in seven characters once stop words go.
        PassageAnalysis a = new PassageAnalysis(Math.max(16, text.length() / 6));
        try (TokenStream ts = QueryTerms.analyzer().tokenStream(Schema.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                a.add(term.toString(), offset.startOffset(), offset.endOffset(), increment.getPositionIncrement());
            }
            ts.end();
            a.finalOffset = offset.endOffset();
            a.finalIncrement = increment.getPositionIncrement();
        } catch (IOException e) {
            // Analysing a String never does I/O.
            throw new UncheckedIOException(e);
        }
        return a;
    }

    private void add(String term, int start, int end, int increment) {
        if (count == terms.length) {
            int n = count * 2;
            terms = Arrays.copyOf(terms, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            increments = Arrays.copyOf(increments, n);
        }
        terms[count] = term;
        starts[count] = start;
        ends[count] = end;
        increments[count] = increment;
        count++;
    }

    /**
     * The numbers in {@code ids} of the terms of the tokens within {@code text[from, to)}, in token order with
     * repeats, or null when the piece's own
     * analysis could differ: a token crosses an edge (the piece starts or ends inside a word, as the tokenizer saw
     * it in context), or the piece holds a character {@link QueryTerms#withoutJoiners} changes and the tokenizer
     * does not already break at (a colon joins letters in the text, not in a sentence's own terms). Word breaks
     * look only at the characters next to them, so a piece whose edges fall between tokens is tokenized as in
     * context; stop words, possessives and stemming take one token at a time.
     */
    int[] idsWithin(String text, int from, int to, TermIds ids) {
        for (int c = from; c < to; c++) {
            if (joins(text.charAt(c))) {
                return null;
            }
        }
        int first = firstEndingAfter(from);
        int i = first;
        for (; i < count && starts[i] < to; i++) {
            if (starts[i] < from || ends[i] > to) {
                return null;
            }
        }
        int[] out = new int[i - first];
        for (int k = first; k < i; k++) {
            out[k - first] = ids.id(terms[k]);
        }
        return out;
    }

    private static boolean joins(char c) {
        return c == ':' || c == '\u00B7' || c == '\u2027' || c == '\uFE13' || c == '\uFE55' || c == '\uFF1A'
                || c == 0x7F || (c < 0x20 && c != '\n' && c != '\r' && c != '\t');
    }

    /** The first token ending after {@code offset}: the tokens' ends rise with their starts. */
    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A field of the text, stored as given and indexed from these tokens rather than by analysing it again. */
    Field field(String name, String text, FieldType type) {
        return new Field(name, text, type) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                return new Replay();
            }
        };
    }

    /** The cached tokens again, with the term, offsets and position increments the index reads. */
    private final class Replay extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next == count) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(terms[next]);
            offset.setOffset(starts[next], ends[next]);
            increment.setPositionIncrement(increments[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(finalOffset, finalOffset);
            increment.setPositionIncrement(finalIncrement);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
