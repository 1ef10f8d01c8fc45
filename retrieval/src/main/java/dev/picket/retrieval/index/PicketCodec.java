package dev.picket.retrieval.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.LZ4WithPresetDictCompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * Lucene's codec with stored fields in smaller blocks. Reading one document decompresses the dictionary and the
 * sub-blocks of its block that hold it: Lucene's 80 KB blocks meant 12 to 20 KB decompressed for a passage of about
 * 1 KB, and an answer reads some twenty passages the caches do not hold on a large corpus, so decompression was a
 * fifth of an answer. Blocks of {@value #BLOCK_BYTES} bytes decompress about a fifth as much, for stored fields a
 * third larger on disk (at 10k synthetic articles 40.7 to 53.3 MB, the whole index 151 to 164 MB). Found by name
 * when a segment is read (META-INF/services); a segment another codec wrote is still read by that codec, and
 * merges rewrite it in this one.
 */
public final class PicketCodec extends FilterCodec {

    /** The name segments record; a codec of other formats needs another name. */
    static final String NAME = "Picket104";
    private static final int BLOCK_BYTES = 16 * 1024;
    private static final int MAX_DOCS_PER_BLOCK = 128;
    private static final int BLOCK_SHIFT = 10;

    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
            "PicketStoredFieldsData", new LZ4WithPresetDictCompressionMode(), BLOCK_BYTES, MAX_DOCS_PER_BLOCK,
            BLOCK_SHIFT);

    /** For the service loader, which finds the codec by {@link #NAME}. */
    public PicketCodec() {
        super(NAME, new Lucene104Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
