package dev.picket.retrieval;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** For test classes whose tests only read: one index of the sample corpus, built once for the whole class. */
abstract class OnSampleIndex {

    @TempDir
    static Path dir;
    static SampleIndex sample;

    @BeforeAll
    static void index() {
        sample = SampleIndex.in(dir);
    }

    @AfterAll
    static void close() {
        sample.close();
    }
}
