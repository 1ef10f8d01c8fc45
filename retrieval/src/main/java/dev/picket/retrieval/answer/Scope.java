package dev.picket.retrieval.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.PassageLookup;
import dev.picket.retrieval.index.QueryTerms;

/**
 * What picket is about, for answers that no question's words narrow down: "any news?" and "tl;dr" mean news of
 * picket's subject, so an article about a rail strike that shares a corpus with the NHS ones is left out of them.
 * An article is in scope when its first passage or headline uses one of the scope's words.
 */
public final class Scope {

    /**
     * NHS strikes: the words of the health service and its staff, as a reader would list them for the subject,
     * never taken from a question set. Comma-separated, so it can be the default of a configuration key.
     */
    public static final String NHS_WORDS = "NHS,health,hospital,hospitals,nurse,nurses,nursing,midwife,midwives,"
            + "doctor,doctors,GP,GPs,paramedic,paramedics,ambulance,patient,patients,physiotherapist,pharmacist,"
            + "consultant,surgeon,A&E";

    public static final Scope NHS = of(List.of(NHS_WORDS.split(",")));

    private static final Scope EVERYTHING = new Scope(Set.of());

    private final Set<String> terms;
    private final Map<String, Boolean> articles = new ConcurrentHashMap<>();

    private Scope(Set<String> terms) {
        this.terms = terms;
    }

    /** A scope of these words, analysed as passage text is; no words means every article. */
    public static Scope of(Collection<String> words) {
        Set<String> terms = new LinkedHashSet<>();
        words.forEach(w -> terms.addAll(QueryTerms.setOf(w)));
        return new Scope(Set.copyOf(terms));
    }

    public static Scope everything() {
        return EVERYTHING;
    }

    /** The scope's words as analysed terms; empty for every article. */
    public Set<String> terms() {
        return terms;
    }

    boolean isEverything() {
        return terms.isEmpty();
    }

    /**
     * Whether the hit's article is of this subject, judged on its headline and first passage as the digest
     * judges it; each article is read once, as its id names its content.
     */
    boolean coversArticle(SearchHit hit, PassageLookup lookup) {
        if (terms.isEmpty()) {
            return true;
        }
        return articles.computeIfAbsent(hit.articleId(), id -> covers(lookup == null ? hit
                : lookup.passage(id, 0).orElse(hit)));
    }

    /** The hits of articles of this subject, in their order: all of them when the scope is everything. */
    List<SearchHit> inScope(List<SearchHit> hits, PassageLookup lookup) {
        if (terms.isEmpty()) {
            return hits;
        }
        List<SearchHit> out = new ArrayList<>(hits.size());
        for (SearchHit h : hits) {
            if (coversArticle(h, lookup)) {
                out.add(h);
            }
        }
        return out;
    }

    boolean covers(SearchHit hit) {
        if (terms.isEmpty()) {
            return true;
        }
        Set<String> words = QueryTerms.setOf(hit.title() + "\n" + hit.text());
        return words.stream().anyMatch(terms::contains);
    }
}
