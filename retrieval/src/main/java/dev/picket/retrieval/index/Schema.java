package dev.picket.retrieval.index;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.picket.corpus.Article;
import dev.picket.corpus.ArticleInfo;
import dev.picket.corpus.Passage;
import dev.picket.retrieval.SearchHit;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** The document of one passage: its fields, why each is indexed the way it is, and reading them back. */
final class Schema {

    /** Bump when the document layout or analysis changes, so old indexes are rebuilt rather than misread. */
    static final String VERSION = "8";

    // Unique key of a passage, not analysed: updateDocument and deletes match it exactly.
    static final String PASSAGE_ID = "passageId";
    // Not analysed, so one term deletes all passages of an article when it changes or goes.
    static final String ARTICLE_ID = "articleId";
    // The article's content hash, so a sync can tell what changed. Stored on the first passage only, with the
    // rest of the listing (ARTICLE_FIELDS), and not indexed: nothing searches by it, and as a term of every
    // passage it was a 64-byte lookup in the writer's hash and 64 stored bytes a passage.
    static final String ARTICLE_HASH = "articleHash";
    static final String ORDINAL = "ordinal";
    // Stored on an article's first passage only: what a listing of the corpus needs that no passage shows, read
    // back once at start so an unchanged corpus is never cleaned again to list it.
    static final String FILE_NAME = "fileName";
    static final String PASSAGES = "passages";
    // On the first passage too: the abbreviations the article defines and the names it uses, so the corpus's
    // table can be merged again without the text (see AbbreviationTable). A doc value, not a stored field: a
    // sync that changes one article reads every article's findings, and from stored fields each one meant
    // decompressing a block of passage text.
    static final String ABBREVIATIONS = "abbreviations";
    // Each line of those findings as a term too, so a sync that changes an article finds the few articles that
    // share its findings' keys from postings instead of reading every article's findings (AbbreviationLines).
    static final String ABBREVIATION_LINES = "abbreviationLine";
    // The article id as a sorted doc value on the first passage: the table merges findings in article id order
    // (as a first build writes them), whatever order segment merges leave the documents in.
    static final String ARTICLE_ORDER = "articleOrder";
    // Analysed like the text so a question's terms can match the headline; weighted lightly in queries.
    static final String TITLE = "title";
    // Shown in citations, never searched.
    static final String SOURCE = "source";
    // Stored as ISO text for display; the day number is indexed as a point and doc value so later filters and
    // recency priors need no second lookup.
    static final String PUBLISHED = "published";
    static final String PUBLISHED_DAY = "publishedDay";
    static final String URL = "url";
    // Analysed with English stemming and stop words; the field BM25 scores.
    static final String TEXT = "text";
    // The passage's embedding: an HNSW graph for kNN search (cosine), and the same floats stored so the
    // answerer can weigh a hit's similarity to the question whichever retriever found it.
    static final String VECTOR = "vector";
    static final String VECTOR_STORED = "vectorStored";
    // The vectors of the passage's sentences, in the order PassageSentences splits its text, so the answerer
    // can weigh sentences by meaning without embedding them while a user waits.
    static final String SENTENCE_VECTORS = "sentenceVectors";
    // What answering needs of the text, worked out once here rather than for each question (PassageFeatures). A
    // doc value, not a stored field: read in place for each hit, without decompressing a block of documents.
    static final String FEATURES = "features";

    // What a hit needs; the stored vector is left on disk.
    static final Set<String> HIT_FIELDS = Set.of(PASSAGE_ID, ARTICLE_ID, ORDINAL, TITLE, SOURCE, PUBLISHED, URL,
            TEXT);
    // What an article's listing needs, read from its first passage.
    static final Set<String> ARTICLE_FIELDS = Set.of(ARTICLE_ID, FILE_NAME, SOURCE, PUBLISHED, TITLE, URL,
            ARTICLE_HASH, PASSAGES);

    // Text and headline are stored and analysed with term frequencies and norms, which BM25 needs, but without
    // positions: picket builds term queries only (never phrase or span queries), and positions made the index a
    // third larger and its build slower.
    private static final FieldType SEARCHED_TEXT = searchedText();

    private Schema() {
    }

    static List<Document> documents(Article article, String abbreviations, Map<String, float[]> vectors,
                                    Map<String, float[]> sentenceVectors) {
        List<Document> docs = new ArrayList<>(article.passages().size());
        Set<String> titleTerms = QueryTerms.setOf(article.title());
        // Analysed once for all the article's passages, and here on a worker rather than by the writer's thread.
        PassageAnalysis title = PassageAnalysis.of(article.title());
        for (Passage p : article.passages()) {
            Document doc = new Document();
            doc.add(new StringField(PASSAGE_ID, p.id(), Field.Store.YES));
            doc.add(new StringField(ARTICLE_ID, article.id(), Field.Store.YES));
            doc.add(new IntField(ORDINAL, p.ordinal(), Field.Store.YES));
            if (p.ordinal() == 0) {
                doc.add(new StoredField(ARTICLE_HASH, article.contentHash()));
                doc.add(new StoredField(FILE_NAME, article.fileName()));
                doc.add(new StoredField(PASSAGES, article.passages().size()));
                doc.add(new BinaryDocValuesField(ABBREVIATIONS, new BytesRef(abbreviations)));
                doc.add(new SortedDocValuesField(ARTICLE_ORDER, new BytesRef(article.id())));
                for (String line : AbbreviationLines.lines(abbreviations)) {
                    doc.add(new StringField(ABBREVIATION_LINES, line, Field.Store.NO));
                }
            }
            doc.add(title.field(TITLE, article.title(), SEARCHED_TEXT));
            doc.add(new StoredField(SOURCE, article.source()));
            if (article.published() != null) {
                long day = article.published().toEpochDay();
                doc.add(new StoredField(PUBLISHED, article.published().toString()));
                doc.add(new LongPoint(PUBLISHED_DAY, day));
                doc.add(new NumericDocValuesField(PUBLISHED_DAY, day));
            }
            if (article.url() != null) {
                doc.add(new StoredField(URL, article.url()));
            }
            // One analysis of the text for the field and the features' sentence terms.
            PassageAnalysis analysis = PassageAnalysis.of(p.text());
            doc.add(analysis.field(TEXT, p.text(), SEARCHED_TEXT));
            doc.add(new BinaryDocValuesField(FEATURES, PassageFeatures.encoded(titleTerms, p.text(), analysis)));
            float[] vector = vectors.get(p.id());
            if (vector != null) {
                doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
                doc.add(new StoredField(VECTOR_STORED, bytes(vector)));
            }
            float[] sentences = sentenceVectors.get(p.id());
            if (sentences != null) {
                doc.add(new StoredField(SENTENCE_VECTORS, bytes(sentences)));
            }
            docs.add(doc);
        }
        return docs;
    }

    static SearchHit hit(Document doc, double score) {
        return new SearchHit(doc.get(PASSAGE_ID), doc.get(ARTICLE_ID), intValue(doc, ORDINAL), doc.get(TITLE),
                doc.get(SOURCE), published(doc), doc.get(URL), doc.get(TEXT), score);
    }

    /** The article a first passage was written from, read from {@link #ARTICLE_FIELDS}. */
    static ArticleInfo article(Document doc) {
        return new ArticleInfo(doc.get(ARTICLE_ID), doc.get(FILE_NAME), doc.get(SOURCE), published(doc),
                doc.get(TITLE), doc.get(URL), doc.get(ARTICLE_HASH), intValue(doc, PASSAGES));
    }

    /** A stored vector, or null when the document has none. */
    static float[] floats(BytesRef bytes) {
        if (bytes == null) {
            return null;
        }
        float[] v = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).asFloatBuffer().get(v);
        return v;
    }

    private static LocalDate published(Document doc) {
        String published = doc.get(PUBLISHED);
        return published == null ? null : LocalDate.parse(published);
    }

    private static int intValue(Document doc, String field) {
        return doc.getField(field).numericValue().intValue();
    }

    private static byte[] bytes(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES);
        bytes.asFloatBuffer().put(vector);
        return bytes.array();
    }

    private static FieldType searchedText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }
}
