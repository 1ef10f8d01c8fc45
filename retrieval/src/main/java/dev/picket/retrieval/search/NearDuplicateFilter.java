package dev.picket.retrieval.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.picket.retrieval.SearchHit;

/**
 * Drops passages that repeat another hit's text from a different article, such as the same agency copy run by
 * two outlets. Of a group of copies the earliest published one is kept, at the best rank any of them had.
 */
public final class NearDuplicateFilter implements HitRefiner {

    /** Share of shared word 4-grams from which two passages count as copies; edited wire copy stays above it. */
    static final double MIN_OVERLAP = 0.5;
    private static final int SHINGLE = 4;

    @Override
    public List<SearchHit> refine(String question, List<SearchHit> hits) {
        List<SearchHit> kept = new ArrayList<>(hits.size());
        List<Set<String>> keptShingles = new ArrayList<>(hits.size());
        for (SearchHit hit : hits) {
            Set<String> shingles = shingles(hit.text());
            int copyOf = -1;
            for (int i = 0; i < kept.size() && copyOf < 0; i++) {
                if (!kept.get(i).articleId().equals(hit.articleId()) && overlap(keptShingles.get(i), shingles) >= MIN_OVERLAP) {
                    copyOf = i;
                }
            }
            if (copyOf < 0) {
                kept.add(hit);
                keptShingles.add(shingles);
            } else if (earlier(hit.published(), kept.get(copyOf).published())) {
                kept.set(copyOf, hit.withScore(kept.get(copyOf).score()));
                keptShingles.set(copyOf, shingles);
            }
        }
        return kept;
    }

    private static boolean earlier(LocalDate a, LocalDate b) {
        return a != null && (b == null || a.isBefore(b));
    }

    static Set<String> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<String> out = new HashSet<>();
        List<String> w = new ArrayList<>(words.length);
        for (String word : words) {
            if (!word.isEmpty()) {
                w.add(word);
            }
        }
        if (w.size() < SHINGLE) {
            out.add(String.join(" ", w));
            return out;
        }
        for (int i = 0; i + SHINGLE <= w.size(); i++) {
            out.add(String.join(" ", w.subList(i, i + SHINGLE)));
        }
        return out;
    }

    /** Shared shingles over the smaller set's size, so a copy trimmed at either end still matches. */
    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String s : small) {
            if (large.contains(s)) {
                common++;
            }
        }
        return (double) common / small.size();
    }
}
