package dev.picket.retrieval.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases of a table of equivalence groups, by one term of each: a question's terms are matched against the
 * few phrases that hold one of them, not against every phrase of the table, which every question read whole.
 *
 * @param groups the groups indexed, as {@link Equivalences} holds them (by identity: a new table, a new index)
 */
record EquivalencePhrases(List<List<Set<String>>> groups, List<Equivalences.Candidate> phrases,
                          Map<String, int[]> byTerm, int[] always) {

    static EquivalencePhrases of(List<List<Set<String>>> groups) {
        List<Equivalences.Candidate> phrases = new ArrayList<>();
        Map<String, List<Integer>> byTerm = new HashMap<>();
        List<Integer> always = new ArrayList<>();
        for (List<Set<String>> group : groups) {
            for (Set<String> phrase : group) {
                int at = phrases.size();
                phrases.add(new Equivalences.Candidate(phrase, group));
                if (phrase.isEmpty()) {
                    always.add(at);
                } else {
                    byTerm.computeIfAbsent(phrase.iterator().next(), t -> new ArrayList<>()).add(at);
                }
            }
        }
        Map<String, int[]> index = new HashMap<>();
        byTerm.forEach((t, at) -> index.put(t, at.stream().mapToInt(Integer::intValue).toArray()));
        return new EquivalencePhrases(groups, phrases, index,
                always.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The phrases all of whose terms are among these, in the table's order. */
    List<Equivalences.Candidate> within(Set<String> terms) {
        List<Integer> found = new ArrayList<>();
        for (int at : always) {
            found.add(at);
        }
        for (String term : terms) {
            int[] at = byTerm.get(term);
            if (at != null) {
                for (int i : at) {
                    if (terms.containsAll(phrases.get(i).phrase())) {
                        found.add(i);
                    }
                }
            }
        }
        found.sort(null);
        List<Equivalences.Candidate> out = new ArrayList<>(found.size());
        found.forEach(i -> out.add(phrases.get(i)));
        return out;
    }
}
