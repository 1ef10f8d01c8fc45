package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OneEditTest {

    private static List<String> edits(String word) {
        List<String> out = new ArrayList<>();
        for (OneEdit edit = new OneEdit(word); edit.next(); ) {
            assertThat(edit.hash()).as(edit.text()).isEqualTo(edit.text().hashCode());
            out.add(edit.text());
        }
        return out;
    }

    @Test
    void should_give_every_edit_the_hash_of_its_string_when_the_word_is_long_or_not_ascii() {
        edits("physiotherapists");
        edits("café");
        edits("x");
    }

    @Test
    void should_walk_deletions_then_swaps_then_changes_and_insertions_per_position_when_asked_in_turn() {
        List<String> edits = edits("ab");
        assertThat(edits.subList(0, 3)).containsExactly("b", "a", "ba");
        // at position 0, "a" is the word's own letter: inserted only, then "b" changed to and inserted
        assertThat(edits.subList(3, 6)).containsExactly("aab", "bb", "bab");
        assertThat(edits.getLast()).isEqualTo("abz");
        assertThat(edits).hasSize(2 + 1 + 2 * 25 + 3 * 26);
    }

    @Test
    void should_list_every_single_edit_once_and_not_the_word_itself_when_repeats_are_dropped() {
        Set<String> distinct = new LinkedHashSet<>(edits("ab"));
        distinct.remove("ab");
        assertThat(distinct).contains("a", "b", "ba", "cb", "abc", "cab").doesNotContain("ab");
        assertThat(edits("ab")).hasSizeGreaterThan(distinct.size());
    }
}
