package dev.picket.retrieval.index;

import java.util.Set;

import dev.picket.corpus.Abbreviations;
import dev.picket.corpus.Article;

/**
 * The corpus's abbreviation table as the index keeps it. Each article's findings (its definitions and the names
 * it uses, see {@link Abbreviations.Builder#snapshot()}) are stored on its first passage, and the merged table of
 * the commit in its user data, so opening an index reads no document for it and a sync that only adds articles
 * merges just theirs. A sync that changes or removes articles cannot take their findings back out of a merge, so
 * it merges the stored findings of the articles it keeps again: one doc value per article, no text.
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

    /** This table with the findings of newly written articles merged in; earlier definitions win. */
    AbbreviationTable plus(Abbreviations.Builder written) {
        return of(Abbreviations.builder().addSnapshot(snapshot).addSnapshot(written.snapshot()).snapshot());
    }

    /**
     * The table of the served commit's articles except {@code dropped} (changed or removed by a sync), read from
     * their first passages, with the findings of the articles the sync wrote.
     */
    static AbbreviationTable rebuilt(Searchers served, Set<String> dropped, Abbreviations.Builder written) {
        Abbreviations.Builder kept = Abbreviations.builder();
        served.eachValue(Schema.ABBREVIATIONS, dropped, findings -> kept.addSnapshot(findings.utf8ToString()));
        return of(kept.addSnapshot(written.snapshot()).snapshot());
    }
}
