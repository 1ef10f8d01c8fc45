package dev.picket.bench;

import java.io.BufferedWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.picket.corpus.Corpus;
import dev.picket.corpus.CorpusReader;
import dev.picket.retrieval.embed.MemoisingEmbedder;
import dev.picket.retrieval.embed.Model;
import dev.picket.retrieval.index.FeaturesText;
import dev.picket.retrieval.index.PassageIndex;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything a full build writes, document by document in index order: every stored field, every binary doc
 * value (the features, the abbreviation findings) and the commit's user data, written to
 * {@code -Dpicket.dump=FILE}, for the sample corpus (with MiniLM's sentence vectors) and a synthetic one of
 * {@code -Dpicket.bench.articles} (default 3,000). A change meant to make the build only faster must leave
 * {@code diff} of two dumps empty. Asserts nothing; see bench/README.md.
 */
class IndexDump {

    @Test
    void dump(@TempDir Path work) throws Exception {
        Path out = Path.of(System.getProperty("picket.dump", "index.txt")).toAbsolutePath();
        int articles = Integer.getInteger("picket.bench.articles", 3_000);
        SyntheticCorpus.write(work.resolve("synthetic"), articles, 42);
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            Path sample = work.resolve("sample");
            try (PassageIndex index = PassageIndex.open(sample, new MemoisingEmbedder(Model.DEFAULT.embedder()))) {
                index.sync(read(Path.of("../corpus/articles")));
            }
            write(sample, w);
            Path synthetic = work.resolve("synthetic-index");
            try (PassageIndex index = PassageIndex.open(synthetic)) {
                index.sync(read(work.resolve("synthetic")));
            }
            write(synthetic, w);
        }
        System.out.println("index written to " + out);
    }

    private static Corpus read(Path folder) {
        return CorpusReader.builder().build().read(folder);
    }

    private static void write(Path dir, BufferedWriter w) throws Exception {
        HexFormat hex = HexFormat.of();
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<String, String> user = new TreeMap<>(reader.getIndexCommit().getUserData());
            user.remove("picket.generation");
            w.write("== commit " + user + "\n");
            int base = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                StoredFields stored = r.storedFields();
                List<FieldInfo> binary = new java.util.ArrayList<>();
                for (FieldInfo f : r.getFieldInfos()) {
                    if (f.getDocValuesType() == DocValuesType.BINARY) {
                        binary.add(f);
                    }
                }
                for (int doc = 0; doc < r.maxDoc(); doc++) {
                    Document d = stored.document(doc);
                    w.write("doc " + (base + doc) + "\n");
                    for (IndexableField f : d.getFields()) {
                        String value = f.binaryValue() != null
                                ? hex.formatHex(f.binaryValue().bytes, f.binaryValue().offset,
                                f.binaryValue().offset + f.binaryValue().length)
                                : f.stringValue() != null ? f.stringValue() : String.valueOf(f.numericValue());
                        w.write("  " + f.name() + "=" + value + "\n");
                    }
                    for (FieldInfo f : binary) {
                        BinaryDocValues values = r.getBinaryDocValues(f.name);
                        if (values.advanceExact(doc)) {
                            BytesRef b = values.binaryValue();
                            w.write("  dv " + f.name + "=" + (f.name.equals("features")
                                    ? FeaturesText.of(b, d.get("text"))
                                    : hex.formatHex(b.bytes, b.offset, b.offset + b.length)) + "\n");
                        }
                    }
                }
                postings(r, w);
                base += r.maxDoc();
            }
        }
    }

    /**
     * Each indexed field's terms, postings (documents and frequencies) and norms in this segment, as counts and a
     * digest: what a change to how the text is analysed for the index would move, and no stored field shows.
     */
    private static void postings(LeafReader r, BufferedWriter w) throws Exception {
        for (FieldInfo f : r.getFieldInfos()) {
            Terms terms = r.terms(f.name);
            if (terms == null) {
                continue;
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteBuffer number = ByteBuffer.allocate(Long.BYTES);
            long count = 0;
            TermsEnum it = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef term = it.next(); term != null; term = it.next(), count++) {
                digest.update(term.bytes, term.offset, term.length);
                postings = it.postings(postings, PostingsEnum.FREQS);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    digest.update(number.clear().putLong((long) doc << 32 | postings.freq()).array());
                }
            }
            NumericDocValues norms = f.hasNorms() ? r.getNormValues(f.name) : null;
            for (int doc = norms == null ? DocIdSetIterator.NO_MORE_DOCS : norms.nextDoc();
                 doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                digest.update(number.clear().putLong((long) doc << 32 ^ norms.longValue()).array());
            }
            w.write("terms " + f.name + ": " + count + ", " + HexFormat.of().formatHex(digest.digest()) + "\n");
        }
    }
}
