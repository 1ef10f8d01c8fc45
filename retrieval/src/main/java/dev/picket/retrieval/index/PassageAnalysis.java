package dev.picket.retrieval.index;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * A passage's text analysed once for two uses: the index's text field replays the tokens, and the features take
 * each sentence's terms from the tokens that lie within it, where analysing the sentence alone would give the
 * same terms (see {@link #idsWithin}). Indexing used to analyse every sentence a second time.
 */
final class PassageAnalysis {

    private String[] terms;
    private int[] starts;
    private int[] ends;
    private int count;
    private int finalOffset;
    private int finalIncrement;
    private Counted counted;

    /** @param expected about how many tokens there will be, so the arrays are rarely grown and copied */
    private PassageAnalysis(int expected) {
        terms = new String[expected];
        starts = new int[expected];
        ends = new int[expected];
    }

    /** The tokens of the text as the index's analyser makes them for the text field ({@link TermMemo}). */
    static PassageAnalysis of(String text) {
        // News keeps about one token in seven characters once stop words go.
        PassageAnalysis a = new PassageAnalysis(Math.max(16, text.length() / 6));
        long end = TermMemo.tokens(text, a::add);
        a.finalOffset = (int) (end >>> 32);
        a.finalIncrement = (int) end;
        return a;
    }

    private void add(String term, int start, int end) {
        if (count == terms.length) {
            int n = count * 2;
            terms = Arrays.copyOf(terms, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
        }
        terms[count] = term;
        starts[count] = start;
        ends[count] = end;
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

    /**
     * A field of the text, stored as given and indexed from these tokens rather than by analysing it again. The
     * field indexes no positions, so each distinct term is given once with its frequency: the postings and norms
     * are the same, and the writer, a build's one thread, looks each term up once a passage instead of once an
     * occurrence.
     */
    Field field(String name, String text, FieldType type) {
        if (type.indexOptions().compareTo(IndexOptions.DOCS_AND_FREQS) > 0) {
            throw new IllegalArgumentException("a replayed field gives term frequencies, not positions: " + name);
        }
        Counted counted = counted();
        return new Field(name, text, type) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                return new Replay(counted);
            }
        };
    }

    /** The distinct terms and how often each occurs, in order of first occurrence; worked out once. */
    private Counted counted() {
        Counted c = counted;
        if (c == null) {
            c = Counted.of(terms, count);
            counted = c;
        }
        return c;
    }

    /** Distinct terms and their frequencies. */
    private record Counted(String[] terms, int[] frequencies) {

        static Counted of(String[] tokens, int count) {
            // Numbered as first seen, so a term's number is its place in the distinct terms.
            TermIds ids = new TermIds();
            int[] frequencies = new int[count];
            for (int i = 0; i < count; i++) {
                frequencies[ids.id(tokens[i])]++;
            }
            return new Counted(ids.inOrder(), frequencies);
        }
    }

    /** The distinct terms, each with its frequency, as the index reads them. */
    private final class Replay extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final Counted counted;
        private int next;

        Replay(Counted counted) {
            this.counted = counted;
        }

        @Override
        public boolean incrementToken() {
            if (next == counted.terms().length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(counted.terms()[next]);
            frequency.setTermFrequency(counted.frequencies()[next]);
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
