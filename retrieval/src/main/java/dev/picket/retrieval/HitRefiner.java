package dev.picket.retrieval;

import java.util.List;

/** Reorders or thins a ranked list of passages for a question; the list stays best first. */
@FunctionalInterface
public interface HitRefiner {

    List<SearchHit> refine(String question, List<SearchHit> hits);
}
