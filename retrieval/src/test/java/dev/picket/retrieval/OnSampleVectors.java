package dev.picket.retrieval;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** For test classes whose tests only read: one vector index of the sample corpus, built once for the whole class. */
public abstract class OnSampleVectors {

    @TempDir
    protected static Path dir;
    protected static SampleIndex sample;

    @BeforeAll
    protected static void index() {
        sample = SampleIndex.withVectors(dir);
    }

    @AfterAll
    protected static void close() {
        sample.close();
    }
}
