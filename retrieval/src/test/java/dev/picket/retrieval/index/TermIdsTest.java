package dev.picket.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class TermIdsTest {

    @Test
    void should_rank_each_term_by_its_place_in_the_sorted_table_when_terms_come_in_any_order_and_repeat() {
        Random random = new Random(5);
        List<String> seen = new ArrayList<>();
        TermIds ids = new TermIds();
        // More terms than the table's first size, so it grows; some repeat, some share prefixes.
        for (int i = 0; i < 500; i++) {
            String term = "t" + random.nextInt(300) + (random.nextBoolean() ? "\u00e9" : "");
            seen.add(term);
            assertThat(ids.id(term)).isEqualTo(ids.id(term));
        }
        String[] table = ids.sorted();
        int[] rank = ids.ranks(table);

        assertThat(table).containsExactlyElementsOf(new TreeSet<>(seen));
        int[] all = seen.stream().mapToInt(ids::id).toArray();
        int[] ranked = TermIds.ranked(all, rank);
        assertThat(ranked).isSorted().doesNotHaveDuplicates().hasSize(table.length);
        for (String term : seen) {
            assertThat(table[rank[ids.id(term)]]).isEqualTo(term);
        }
        assertThat(Arrays.stream(TermIds.ranked(new int[] {ids.id(seen.get(0)), ids.id(seen.get(0))}, rank))
                .mapToObj(r -> table[r])).containsExactly(seen.get(0));
    }

    @Test
    void should_sort_the_table_as_strings_sort_when_terms_are_short_share_their_first_characters_or_are_not_ascii() {
        List<String> terms = List.of("strike", "strikes", "str", "st", "s", "a", "\u0000", "a\u0000", "a\u0000b",
                "\uffffz", "\u8000", "\u7fff", "\uD83D\uDE00x", "\u00e9t\u00e9", "etat", "nurse", "nurs", "nursing",
                "2024", "20", "2", "ab", "abc", "abcd", "abcc", "abd");
        TermIds ids = new TermIds();
        terms.forEach(ids::id);

        assertThat(ids.sorted()).containsExactlyElementsOf(new TreeSet<>(terms));
    }

    @Test
    void should_number_from_nought_and_forget_earlier_terms_when_the_threads_table_is_emptied() {
        TermIds first = TermIds.emptied();
        for (int i = 0; i < 500; i++) {
            first.id("term" + i);
        }

        TermIds again = TermIds.emptied();

        assertThat(again.id("strike")).isZero();
        assertThat(again.id("term7")).isEqualTo(1);
        assertThat(again.sorted()).containsExactly("strike", "term7");
    }
}
