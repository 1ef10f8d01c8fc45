package dev.picket.retrieval.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import dev.picket.retrieval.SearchHit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilteredDocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Searches of the last commit. Opened on the directory, not the writer, and refreshed only after a commit, so a
 * query sees either the whole old corpus or the whole new one, never a sync in progress.
 */
final class Searchers implements Closeable {

    /** Which documents of a segment a walk reads. */
    interface Selection {
        DocIdSetIterator docs(LeafReader leaf) throws IOException;
    }

    interface Work<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    static final Selection ALL = leaf -> DocIdSetIterator.all(leaf.maxDoc());

    /** Every article has exactly one first passage; found by the ordinal's doc values, no query needed. */
    static final Selection FIRST_PASSAGES = leaf -> {
        SortedNumericDocValues ordinals = DocValues.getSortedNumeric(leaf, Schema.ORDINAL);
        return new FilteredDocIdSetIterator(ordinals) {
            @Override
            protected boolean match(int doc) throws IOException {
                return ordinals.nextValue() == 0;
            }
        };
    };

    private final SearcherManager manager;
    private final FeatureCache features = new FeatureCache();
    private final HitCache read = new HitCache();
    private final ReaderMemo<String, Located> locations = new ReaderMemo<>(8_192, Searchers::locate);
    private final ReaderMemo<Term, TermStates> termStates = new ReaderMemo<>(16_384,
            (searcher, term) -> TermStates.build(searcher, term, true));

    Searchers(Directory directory) throws IOException {
        this.manager = new SearcherManager(directory, null);
    }

    /** A passage's sentences: as its features were read with it as a hit, or split again. */
    List<String> sentences(String passageId, String text) {
        PassageFeatures held = features.held(passageId, text);
        return held != null ? held.sentences() : PassageSentences.of(text);
    }

    /** A hit's passage features, decoded from the index when the hit was read. */
    PassageFeatures features(SearchHit hit) {
        return features.of(hit);
    }

    <T> T with(Work<T> work) {
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return work.run(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new IndexException("search failed: " + e.getMessage(), e);
        }
    }

    /** Makes the last commit the one searched; waits for searches of the one before to end. */
    void refresh() throws IOException {
        manager.maybeRefreshBlocking();
    }

    List<SearchHit> search(Query query, int maxHits, Sort sort) {
        return with(searcher -> hits(searcher, sort == null ? searcher.search(query, Math.max(1, maxHits))
                : searcher.search(query, Math.max(1, maxHits), sort)));
    }

    /** A term's query, with the term's statistics and places as the reader searched holds them. */
    interface TermQueries {
        Query of(Term term) throws IOException;
    }

    /** A query made of term queries, built for the searcher that runs it. */
    interface QueryOf {
        Query build(TermQueries terms) throws IOException;
    }

    /**
     * The best {@code window} passages by {@code query}, each then given {@code weight} times its score for
     * {@code boost} when it matches that too, best {@code maxHits} of them first. One searcher serves both
     * passes, so they see the same index generation. Each term is sought in the term dictionary once per reader:
     * a term query given the states {@code TermStates.build} would make scores exactly as one that builds them.
     */
    List<SearchHit> rescored(QueryOf query, QueryOf boost, float weight, int window, int maxHits) {
        return with(searcher -> {
            TermQueries terms = term -> new TermQuery(term, termStates.of(searcher, term));
            TopDocs first = searcher.search(query.build(terms), Math.max(window, maxHits));
            return hits(searcher, QueryRescorer.rescore(searcher, first, boost.build(terms), weight,
                    Math.max(1, maxHits)));
        });
    }

    /**
     * The passage with this id, read straight from the id's postings: no query, scoring or collector, as the
     * answerer looks up a few neighbours for every question.
     */
    Optional<SearchHit> passage(String passageId) {
        return with(searcher -> {
            Located at = located(searcher, passageId);
            if (at == null) {
                return Optional.empty();
            }
            SearchHit hit = read.of(at.segment(), at.doc(), 0,
                    () -> Schema.hit(at.segment().storedFields().document(at.doc(), Schema.HIT_FIELDS), 0));
            readFeatures(at.segment(), at.doc(), hit);
            return Optional.of(hit);
        });
    }

    /** A live document: its segment and its number there. */
    record Located(LeafReader segment, int doc) {
    }

    /** The live document of this passage id in the searcher's reader, as found before in it or now. */
    Located located(IndexSearcher searcher, String passageId) throws IOException {
        return locations.of(searcher, passageId);
    }

    /** The live document of this passage id, from the id's postings; null when there is none. */
    static Located locate(IndexSearcher searcher, String passageId) throws IOException {
        BytesRef id = new BytesRef(passageId);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms ids = leaf.reader().terms(Schema.PASSAGE_ID);
            TermsEnum terms = ids == null ? null : ids.iterator();
            if (terms == null || !terms.seekExact(id)) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum docs = terms.postings(null, PostingsEnum.NONE);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return new Located(leaf.reader(), doc);
                }
            }
        }
        return null;
    }

    /** These fields of the passages with these ids, in no particular order. */
    void stored(List<String> passageIds, Set<String> fields, Consumer<Document> each) {
        if (passageIds.isEmpty()) {
            return;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        passageIds.stream().distinct().limit(IndexSearcher.getMaxClauseCount())
                .forEach(id -> q.add(new TermQuery(new Term(Schema.PASSAGE_ID, id)), BooleanClause.Occur.SHOULD));
        with(searcher -> {
            TopDocs top = searcher.search(q.build(), passageIds.size());
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                each.accept(stored.document(sd.doc, fields));
            }
            return null;
        });
    }

    /** These fields of every live document the selection picks, segment by segment in document order. */
    void eachLive(Selection selection, Set<String> fields, Consumer<Document> each) {
        with(searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                Bits live = reader.getLiveDocs();
                StoredFields stored = reader.storedFields();
                DocIdSetIterator docs = selection.docs(reader);
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        each.accept(stored.document(doc, fields));
                    }
                }
            }
            return null;
        });
    }

    /** The documents of these articles in the segment, found from the article ids' postings. */
    static FixedBitSet docsOf(LeafReader reader, Set<String> articleIds) throws IOException {
        FixedBitSet docs = new FixedBitSet(reader.maxDoc());
        Terms ids = reader.terms(Schema.ARTICLE_ID);
        if (ids == null || articleIds.isEmpty()) {
            return docs;
        }
        TermsEnum terms = ids.iterator();
        for (String id : articleIds) {
            if (terms.seekExact(new BytesRef(id))) {
                docs.or(terms.postings(null, PostingsEnum.NONE));
            }
        }
        return docs;
    }

    /** Decodes the hit's features from the segment's doc values, unless those held are already its text's. */
    private void readFeatures(LeafReader leaf, int doc, SearchHit hit) throws IOException {
        if (features.holds(hit)) {
            return;
        }
        BinaryDocValues values = leaf.getBinaryDocValues(Schema.FEATURES);
        if (values != null && values.advanceExact(doc)) {
            features.read(values.binaryValue(), hit);
        }
    }

    @Override
    public void close() throws IOException {
        manager.close();
    }

    private List<SearchHit> hits(IndexSearcher searcher, TopDocs top) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            double score = Float.isNaN(sd.score) ? 0 : sd.score;
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            SearchHit hit = read.of(leaf.reader(), sd.doc - leaf.docBase, score,
                    () -> Schema.hit(stored.document(sd.doc, Schema.HIT_FIELDS), score));
            readFeatures(leaf.reader(), sd.doc - leaf.docBase, hit);
            hits.add(hit);
        }
        return hits;
    }
}
