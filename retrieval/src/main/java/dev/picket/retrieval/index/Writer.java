package dev.picket.retrieval.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of the index folder, for the life of the process (Lucene's write lock keeps a second picket off
 * it). Each commit records the schema, the embedder and a generation; a crash mid-sync leaves the last commit.
 */
final class Writer implements Closeable {

    static final String SCHEMA_KEY = "picket.schema";
    // Counts committed syncs, so a reload report and a test can tell which index a query ran against.
    static final String GENERATION_KEY = "picket.generation";
    // Which embedder wrote the vectors, or "none"; an index written with another one is rebuilt.
    static final String EMBEDDER_KEY = "picket.embedder";

    private static final Logger log = LoggerFactory.getLogger(Writer.class);

    private final FSDirectory directory;
    private final Map<String, String> commitData;
    private IndexWriter writer;

    private Writer(FSDirectory directory, IndexWriter writer, Map<String, String> commitData) {
        this.directory = directory;
        this.writer = writer;
        this.commitData = commitData;
    }

    /** Opens the folder, creating the index when absent and discarding one of another schema or embedder. */
    static Writer open(Path dir, String embedder) throws IOException {
        Files.createDirectories(dir);
        FSDirectory directory = FSDirectory.open(dir);
        try {
            Map<String, String> commitData = Map.of(SCHEMA_KEY, Schema.VERSION, EMBEDDER_KEY, embedder);
            // The generation also lives in the commit data; only schema and embedder decide whether it is reusable.
            Map<String, String> last = lastCommit(directory);
            boolean current = commitData.entrySet().stream().allMatch(e -> e.getValue().equals(last.get(e.getKey())));
            if (!current && !last.isEmpty()) {
                log.info("Index at {} was built by {} (schema {}); rebuilding it for {} (schema {})", dir,
                        last.get(EMBEDDER_KEY), last.get(SCHEMA_KEY), embedder, Schema.VERSION);
            }
            IndexWriter writer = new IndexWriter(directory, config(current));
            if (!current) {
                writer.setLiveCommitData(commitData.entrySet());
                writer.commit();
            }
            return new Writer(directory, writer, commitData);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    FSDirectory directory() {
        return directory;
    }

    /** How many syncs have changed the committed index since it was created. */
    long committedGeneration() throws IOException {
        String value = committed(GENERATION_KEY);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** A value the last commit recorded, or null. */
    String committed(String key) throws IOException {
        return lastCommit(directory).get(key);
    }

    /** Writes an article's passages; a new article has nothing to replace, which saves a term lookup. */
    void write(String articleId, List<Document> docs, boolean replaces) throws IOException {
        if (replaces) {
            writer.updateDocuments(new Term(Schema.ARTICLE_ID, articleId), docs);
        } else {
            writer.addDocuments(docs);
        }
    }

    void delete(String articleId) throws IOException {
        writer.deleteDocuments(new Term(Schema.ARTICLE_ID, articleId));
    }

    /** Commits with the generation and what else the commit records (the abbreviation table). */
    void commit(long generation, Map<String, String> recorded) throws IOException {
        Map<String, String> data = new HashMap<>(commitData);
        data.putAll(recorded);
        data.put(GENERATION_KEY, Long.toString(generation));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    /** Drops the failed sync's pending changes; rollback closes the writer, so a fresh one takes over. */
    void rollback() {
        try {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            log.warn("could not roll back the index writer", e);
        }
        try {
            writer = new IndexWriter(directory, config(true));
        } catch (IOException | RuntimeException e) {
            log.error("could not reopen the index writer; searches go on against the last commit", e);
        }
    }

    @Override
    public void close() throws IOException {
        try (directory) {
            writer.close();
        }
    }

    private static Map<String, String> lastCommit(FSDirectory directory) throws IOException {
        return DirectoryReader.indexExists(directory)
                ? DirectoryReader.listCommits(directory).getLast().getUserData() : Map.of();
    }

    private static IndexWriterConfig config(boolean append) {
        // A larger buffer than Lucene's 16 MB default means fewer, larger segments to flush and merge on a big
        // build; it is only filled while a sync writes. The features' doc values (about 1 KB a passage) fill it
        // as fast as the postings, so it is larger than before them. A flushed segment is merged soon, so it is
        // not first copied into a compound file.
        return new IndexWriterConfig(QueryTerms.analyzer()).setCodec(new PicketCodec()).setRAMBufferSizeMB(160)
                .setUseCompoundFile(false)
                .setOpenMode(append ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
    }
}
