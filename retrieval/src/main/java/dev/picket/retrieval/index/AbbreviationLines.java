package dev.picket.retrieval.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.picket.corpus.Abbreviations;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.StringHelper;

/**
 * The served commit's abbreviation findings read by article or by key rather than all at once, so a sync that
 * writes or drops k articles merges again only the keys their findings have, from the few articles that decide
 * them. The merge takes articles in id order: a line's first article is the only one of its holders that
 * matters (a line seen before changes nothing), so for each line under a key it reads just that one.
 */
final class AbbreviationLines {

    private AbbreviationLines() {
    }

    /** The lines of one article's findings. */
    static List<String> lines(String findings) {
        List<String> out = new ArrayList<>();
        for (String line : findings.split("\n")) {
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    /** The findings lines of these articles in the served commit. */
    static List<String> of(Searchers served, Set<String> articleIds) {
        List<String> out = new ArrayList<>();
        served.with(searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                BinaryDocValues values = reader.getBinaryDocValues(Schema.ABBREVIATIONS);
                FixedBitSet docs = Searchers.docsOf(reader, articleIds);
                Bits live = reader.getLiveDocs();
                BitSetIterator it = new BitSetIterator(docs, docs.cardinality());
                for (int doc = it.nextDoc(); values != null && doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
                        out.addAll(lines(values.binaryValue().utf8ToString()));
                    }
                }
            }
            return null;
        });
        return out;
    }

    /**
     * Merges into {@code into} the findings under these keys of the served articles other than {@code except}
     * and of the {@code written} ones (findings by article id), as a merge of all their findings in id order
     * would.
     */
    static void merge(Searchers served, Set<String> keys, Set<String> except, Map<String, String> written,
                      Abbreviations.Builder into) {
        TreeMap<String, String> deciding = new TreeMap<>();
        served.with(searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                Terms terms = reader.terms(Schema.ABBREVIATION_LINES);
                if (terms != null) {
                    FixedBitSet firsts = firsts(reader, terms.iterator(), new TreeSet<>(keys),
                            Searchers.docsOf(reader, except));
                    read(reader, firsts, deciding);
                }
            }
            return null;
        });
        deciding.putAll(written);
        for (String findings : deciding.values()) {
            for (String line : lines(findings)) {
                if (keys.contains(Abbreviations.Builder.keyOf(line))) {
                    into.addSnapshot(line);
                }
            }
        }
    }

    /** In this segment, the kept document of the lowest article id holding each line under these keys. */
    private static FixedBitSet firsts(LeafReader reader, TermsEnum terms, Set<String> keys, FixedBitSet except)
            throws IOException {
        FixedBitSet firsts = new FixedBitSet(reader.maxDoc());
        Bits live = reader.getLiveDocs();
        PostingsEnum postings = null;
        for (String key : keys) {
            BytesRef prefix = new BytesRef(key + '\t');
            if (terms.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                continue;
            }
            for (BytesRef term = terms.term(); term != null && StringHelper.startsWith(term, prefix);
                 term = terms.next()) {
                postings = terms.postings(postings, PostingsEnum.NONE);
                SortedDocValues ids = reader.getSortedDocValues(Schema.ARTICLE_ORDER);
                int first = -1;
                int firstOrd = Integer.MAX_VALUE;
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if ((live == null || live.get(doc)) && !except.get(doc) && ids.advanceExact(doc)
                            && ids.ordValue() < firstOrd) {
                        first = doc;
                        firstOrd = ids.ordValue();
                    }
                }
                if (first >= 0) {
                    firsts.set(first);
                }
            }
        }
        return firsts;
    }

    private static void read(LeafReader reader, FixedBitSet docs, Map<String, String> into) throws IOException {
        SortedDocValues ids = reader.getSortedDocValues(Schema.ARTICLE_ORDER);
        BinaryDocValues values = reader.getBinaryDocValues(Schema.ABBREVIATIONS);
        BitSetIterator it = new BitSetIterator(docs, docs.cardinality());
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if (ids.advanceExact(doc) && values.advanceExact(doc)) {
                into.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), values.binaryValue().utf8ToString());
            }
        }
    }
}
