package dev.picket.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import dev.picket.retrieval.SampleIndex;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index writes its segments with {@link PicketCodec}, which Lucene finds again by name to read them. */
class PicketCodecTest {

    @TempDir
    Path dir;

    @Test
    void should_find_the_codec_by_name_when_a_segment_names_it() {
        assertThat(Codec.forName(PicketCodec.NAME)).isInstanceOf(PicketCodec.class);
    }

    @Test
    void should_write_every_segment_with_the_codec_when_the_index_is_built() throws IOException {
        try (SampleIndex sample = SampleIndex.in(dir)) {
            assertThat(sample.index.passageCount()).isPositive();
            assertThat(sample.index.passage(sample.index.leads().getFirst().articleId(), 0)).isPresent();
        }
        try (FSDirectory directory = FSDirectory.open(dir.resolve("index"))) {
            SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
            assertThat(infos.size()).isPositive();
            for (SegmentCommitInfo segment : infos) {
                assertThat(segment.info.getCodec().getName()).isEqualTo(PicketCodec.NAME);
            }
        }
    }
}
