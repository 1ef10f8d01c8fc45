package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.picket.retrieval.index.IndexStats;
import dev.picket.retrieval.index.QueryTerms;
import org.junit.jupiter.api.Test;

class TyposTest {

    /** An index whose passages use these words, each term in as many passages as the word is repeated. */
    private static IndexStats articlesSaying(String text) {
        Map<String, Integer> df = new HashMap<>();
        for (String word : text.split("\\s+")) {
            QueryTerms.of(word).forEach(t -> df.merge(t, 1, Integer::sum));
        }
        return FixedStats.of(1, df.size(), df);
    }

    private static final IndexStats ARTICLES = articlesSaying("nurses strike striking secretary health government "
            + "appointments cancelled doctors ambulance would committee foreign meeting");

    @Test
    void should_put_a_letter_back_when_a_word_is_neither_english_nor_in_the_articles() {
        assertThat(Typos.corrected("why are nurss striking", ARTICLES)).isIn("why are nurses striking",
                "why are nurse striking");
        assertThat(Typos.corrected("is there a stike on", ARTICLES)).isEqualTo("is there a strike on");
        assertThat(Typos.corrected("what did the goverment say", ARTICLES)).isEqualTo("what did the government say");
    }

    @Test
    void should_change_or_swap_letters_when_that_makes_an_article_word() {
        assertThat(Typos.corrected("wat do the nurces want", ARTICLES)).isEqualTo("wat do the nurses want");
        assertThat(Typos.corrected("who was health secretery", ARTICLES)).isEqualTo("who was health secretary");
        assertThat(Typos.corrected("how many appointmnets went", ARTICLES))
                .isEqualTo("how many appointments went");
        assertThat(Typos.corrected("the ambulance lot and the docters", ARTICLES))
                .isEqualTo("the ambulance lot and the doctors");
    }

    @Test
    void should_put_a_function_word_right_when_its_letters_are_slipped() {
        assertThat(Typos.corrected("whats teh latest", ARTICLES)).isEqualTo("whats the latest");
        assertThat(Typos.corrected("waht did thier committee say", ARTICLES))
                .isEqualTo("what did their committee say");
        assertThat(Typos.corrected("shoud nurses strike", ARTICLES)).isEqualTo("should nurses strike");
    }

    @Test
    void should_keep_a_short_chat_form_when_only_a_change_would_make_a_function_word() {
        assertThat(Typos.corrected("wat abt the nurses", ARTICLES)).isEqualTo("wat abt the nurses");
        assertThat(Typos.corrected("pls tell me", ARTICLES)).isEqualTo("pls tell me");
    }

    @Test
    void should_keep_an_english_word_when_one_edit_would_make_an_article_word() {
        // "world" is one letter from "would", which the articles use: it is a word, so it stays.
        assertThat(Typos.corrected("whats happening in the world", ARTICLES)).isEqualTo("whats happening in the world");
        assertThat(Typos.corrected("are nurses striking", ARTICLES)).isEqualTo("are nurses striking");
        assertThat(Typos.corrected("who struck", ARTICLES)).isEqualTo("who struck");
    }

    @Test
    void should_keep_a_misspelt_word_when_no_article_word_is_one_edit_away() {
        assertThat(Typos.corrected("best pizza in manchestr", ARTICLES)).isEqualTo("best pizza in manchestr");
        assertThat(Typos.corrected("how much do physios earn", ARTICLES)).isEqualTo("how much do physios earn");
    }

    @Test
    void should_leave_short_words_names_and_mentions_alone() {
        assertThat(Typos.corrected("nrs rn", ARTICLES)).isEqualTo("nrs rn");
        assertThat(Typos.corrected("is Nurss on #nurss or @nurss", ARTICLES)).isEqualTo("is Nurss on #nurss or @nurss");
    }

    @Test
    void should_count_a_regular_ending_on_an_english_word_as_english() {
        assertThat(English.isWord("strikes")).isTrue();
        assertThat(English.isWord("cancelled")).isTrue();
        assertThat(English.isWord("nurss")).isFalse();
        assertThat(English.isWord("suing")).isTrue();
        assertThat(English.isWord("appointmnets")).isFalse();
    }

    @Test
    void should_rule_out_by_hash_only_strings_that_are_not_english() {
        for (String word : List.of("strikes", "cancelled", "suing", "studies", "nurses", "appointments")) {
            assertThat(English.mayBeWord(word.hashCode())).as(word).isTrue();
        }
        assertThat(English.mayBeWord("appointmnets".hashCode())).isFalse();
        assertThat(English.mayBeWord("qzxjvkw".hashCode())).isFalse();
    }
}
