package dev.picket.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderMemoTest {

    private final ReaderMemo<String, Searchers.Located> locations = new ReaderMemo<>(16, Searchers::locate);

    @Test
    void should_find_the_passage_as_its_postings_do_when_asked_again() throws Exception {
        try (Directory dir = FSDirectory.open(work.resolve("index")); IndexWriter writer = writer(dir)) {
            writer.addDocument(passage("a", "first"));
            writer.addDocument(passage("b", "second"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Searchers.Located first = locations.of(searcher, "b");
                assertThat(first).isEqualTo(Searchers.locate(searcher, "b"));
                assertThat(locations.of(searcher, "b")).isEqualTo(first);
                assertThat(locations.of(searcher, "missing")).isNull();
            }
        }
    }

    @Test
    void should_find_the_new_document_when_the_passage_was_written_again() throws Exception {
        try (Directory dir = FSDirectory.open(work.resolve("index")); IndexWriter writer = writer(dir)) {
            writer.addDocument(passage("a", "old"));
            writer.commit();
            try (DirectoryReader before = DirectoryReader.open(dir)) {
                assertThat(text(locations.of(new IndexSearcher(before), "a"))).isEqualTo("old");
                writer.updateDocument(new Term(Schema.PASSAGE_ID, "a"), passage("a", "new"));
                writer.commit();
                try (DirectoryReader after = DirectoryReaderOpen.changed(before)) {
                    assertThat(text(locations.of(new IndexSearcher(after), "a"))).isEqualTo("new");
                }
            }
        }
    }

    @TempDir
    Path work;

    private static IndexWriter writer(Directory dir) throws Exception {
        return new IndexWriter(dir, new IndexWriterConfig());
    }

    private static Document passage(String id, String text) {
        Document d = new Document();
        d.add(new StringField(Schema.PASSAGE_ID, id, Field.Store.YES));
        d.add(new StoredField(Schema.TEXT, text));
        return d;
    }

    private static String text(Searchers.Located at) throws Exception {
        return at.segment().storedFields().document(at.doc()).get(Schema.TEXT);
    }

    /** The reader of the last commit, opened from the one before as a refresh does. */
    private static final class DirectoryReaderOpen {
        static DirectoryReader changed(DirectoryReader before) throws Exception {
            DirectoryReader after = DirectoryReader.openIfChanged(before);
            assertThat(after).isNotNull();
            return after;
        }
    }
}
