package dev.picket.retrieval.index;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.picket.corpus.Abbreviations;
import dev.picket.corpus.Article;

/**
 * The corpus's abbreviation table as the index keeps it. Each article's findings (its definitions and the names
 * it uses, see {@link Abbreviations.Builder#snapshot()}) are stored on its first passage, and the merged table of
 * the commit in its user data, so opening an index reads no document for it. A sync merges again only the keys the findings
 * of the articles it writes, changes or removes have, from the articles that decide them (each finding is also a
 * term), so its work grows with what it changed and the table, not with the corpus.
 */
final class AbbreviationTable {

    /** The merged findings of every article of the commit. */
    static final String COMMIT_KEY = "picket.abbreviations";

    static final AbbreviationTable EMPTY = new AbbreviationTable("");

    private final String snapshot;
    private final Abbreviations abbreviations;

    private AbbreviationTable(String snapshot) {
        this.snapshot = snapshot;
        this.abbreviations = Abbreviations.builder().addSnapshot(snapshot).build();
    }

    static AbbreviationTable of(String snapshot) {
        return snapshot == null || snapshot.isEmpty() ? EMPTY : new AbbreviationTable(snapshot);
    }

    /** What one article defines or names, to store with it. */
    static String findings(Article article) {
        return Abbreviations.builder().add(article.title()).add(article.text()).snapshot();
    }

    Abbreviations abbreviations() {
        return abbreviations;
    }

    String snapshot() {
        return snapshot;
    }

    /**
     * This table, the served commit's, after a sync that dropped (changed or removed) these articles and wrote
     * these findings (by article id): the table a merge of every article's findings in id order would give. Only
     * the keys the dropped and written findings have can change, so only those are merged again, from the
     * articles that decide them (see {@link AbbreviationLines}).
     */
    AbbreviationTable synced(Searchers served, Set<String> dropped, Map<String, String> written) {
        Set<String> keys = new HashSet<>();
        AbbreviationLines.of(served, dropped).forEach(line -> keys.add(Abbreviations.Builder.keyOf(line)));
        written.values().forEach(findings -> AbbreviationLines.lines(findings)
                .forEach(line -> keys.add(Abbreviations.Builder.keyOf(line))));
        Abbreviations.Builder merged = Abbreviations.builder().addSnapshot(snapshot).forget(keys);
        AbbreviationLines.merge(served, keys, dropped, written, merged);
        return of(merged.snapshot());
    }
}
