/**
 * Benchmarks, outside the application: {@link dev.picket.bench.RetrievalBench} times every retrieval mode, and
 * {@link dev.picket.bench.SyntheticCorpus} writes the seeded corpus of made-up NHS strike news (with
 * {@link dev.picket.bench.SyntheticQuestions} to ask of it) that the scale benchmarks run on. May depend on
 * {@code corpus} and {@code retrieval}; nothing depends on it, so none of it ships in {@code picket.jar}. The
 * benchmarks that time the app itself are test classes here, started from the test class path; see README.md.
 */
package dev.picket.bench;
