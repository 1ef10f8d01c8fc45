package dev.picket.retrieval;

import java.util.List;
import java.util.Objects;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * BM25 over the passage text, with a light boost when a term is also in the headline. The query is assembled
 * from analysed terms, one optional clause each, so no character of the question is ever query syntax.
 */
public final class Bm25Retriever implements PassageRetriever {

    /** Enough for a headline match to break ties between passages, too little to outrank the text. */
    static final float TITLE_BOOST = 0.3f;

    private final PassageIndex index;

    public Bm25Retriever(PassageIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    @Override
    public List<SearchHit> retrieve(String question, int maxHits) {
        Query query = query(QueryTerms.of(question).stream().map(index::vocabularyTerm).distinct().toList());
        return query == null ? List.of() : index.search(query, maxHits);
    }

    static Query query(List<String> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            b.add(new TermQuery(new Term(PassageIndex.TEXT, t)), BooleanClause.Occur.SHOULD);
            b.add(new BoostQuery(new TermQuery(new Term(PassageIndex.TITLE, t)), TITLE_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }
}
