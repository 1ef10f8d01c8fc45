package dev.picket.retrieval.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.PassageLookup;

/** Which retrieved passages an answer may quote from: the newest, picket's subject's, a few of each article. */
final class HitSelection {

    private static final int PER_ARTICLE = 2;

    private final double minEvidence;
    private final Scope scope;
    private final PassageLookup neighbours;

    /** @param neighbours reads an article's first passage, which says its subject; null to judge the hit itself */
    HitSelection(double minEvidence, Scope scope, PassageLookup neighbours) {
        this.minEvidence = minEvidence;
        this.scope = scope;
        this.neighbours = neighbours;
    }

    /**
     * For a question about the present, only the most recent articles that cover it well enough may be quoted:
     * an older source that matches the words better would answer with how things were.
     */
    ExtractiveAnswerer.Evidence latestOnly(ExtractiveAnswerer.Evidence evidence) {
        LocalDate latest = null;
        for (int i = 0; i < evidence.hits().size(); i++) {
            LocalDate d = evidence.hits().get(i).published();
            if (d != null && evidence.fused().get(i) >= minEvidence && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        LocalDate newest = latest;
        if (newest == null) {
            return evidence;
        }
        List<SearchHit> h = new ArrayList<>();
        List<Double> c = new ArrayList<>();
        List<Double> f = new ArrayList<>();
        for (int i = 0; i < evidence.hits().size(); i++) {
            if (newest.equals(evidence.hits().get(i).published())) {
                h.add(evidence.hits().get(i));
                c.add(evidence.coverage().get(i));
                f.add(evidence.fused().get(i));
            }
        }
        return new ExtractiveAnswerer.Evidence(evidence.score(), h, c, f, evidence.terms(), evidence.searched(), null);
    }

    /** Whether some articles are of another subject than picket's, so passages are read deeper to skip them. */
    boolean scoped() {
        return !scope.isEverything();
    }

    /** The hits of articles of picket's subject, in their order: all of them when the scope is everything. */
    List<SearchHit> inScope(List<SearchHit> hits) {
        return scope.inScope(hits, neighbours);
    }

    static List<SearchHit> perArticle(List<SearchHit> hits, int max) {
        Map<String, Integer> taken = new HashMap<>();
        List<SearchHit> out = new ArrayList<>(max);
        for (SearchHit h : hits) {
            if (out.size() < max && taken.merge(h.articleId(), 1, Integer::sum) <= PER_ARTICLE) {
                out.add(h);
            }
        }
        return out;
    }

    /** The hits, then up to {@code more} others of the second search, at most two of each article in all. */
    static List<SearchHit> widened(List<SearchHit> hits, List<SearchHit> second, int more) {
        List<SearchHit> all = new ArrayList<>(hits);
        Set<String> seen = new HashSet<>();
        hits.forEach(h -> seen.add(h.passageId()));
        second.stream().filter(h -> seen.add(h.passageId())).forEach(all::add);
        return perArticle(all, hits.size() + more);
    }
}
