package dev.picket.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PassageFeaturesTest {

    private static final String TEXT = "Nurses walked out on Thursday over pay. The RCN said 9% was not enough.\n\n"
            + "Ministers offered 4% and ruled out more talks before Christmas.";

    @Test
    void should_read_back_the_sentences_and_terms_when_decoded_from_the_stored_form() {
        PassageFeatures made = PassageFeatures.of("Nurses strike", TEXT);
        PassageFeatures read = PassageFeatures.decode(made.encode(), TEXT);

        assertThat(read.sentences()).isEqualTo(PassageSentences.of(TEXT)).hasSize(3);
        for (int i = 0; i < read.sentences().size(); i++) {
            assertThat(read.sentenceTerms(i)).isEqualTo(QueryTerms.setOf(read.sentences().get(i)));
        }
        assertThat(read.terms()).isEqualTo(QueryTerms.setOf("Nurses strike\n" + TEXT)).contains("strike");
        assertThat(read.overlap(made)).isEqualTo(1.0);
        assertThat(read.isOf(TEXT)).isTrue();
        assertThat(read.isOf(TEXT + " Updated.")).isFalse();
    }

    @Test
    void should_read_back_a_sentence_the_splitter_joined_when_it_is_not_a_piece_of_the_text() {
        // The break after "Dr." is undone with a space, so the sentence differs from the text at the line break.
        String text = "Talks were led by Dr.\nPatel on Monday. Nurses said   9% was not enough.";
        PassageFeatures read = PassageFeatures.decode(PassageFeatures.of("", text).encode(), text);

        assertThat(read.sentences()).isEqualTo(PassageSentences.of(text)).hasSize(2);
        assertThat(text).doesNotContain(read.sentences().get(0));
        assertThat(read.sentenceTerms(1)).isEqualTo(QueryTerms.setOf(read.sentences().get(1)));
    }

    @Test
    void should_read_back_what_the_sets_encode_when_indexing_encodes_from_the_analysis_without_sets() {
        String text = "Talks were led by Dr.\nPatel: on Monday. The RCN's nurses said 9% was not enough.\n\n"
                + "Ministers offered 4% to nurses and N\u00c9W Midwives.";
        Set<String> title = QueryTerms.setOf("Nurses strike");
        PassageFeatures made = PassageFeatures.of(title, text, PassageAnalysis.of(text));
        PassageFeatures fromSets = PassageFeatures.decode(made.encode(), text);
        PassageFeatures indexed = PassageFeatures.decode(PassageFeatures.encoded(title, text,
                PassageAnalysis.of(text)), text);

        assertThat(indexed.sentences()).isEqualTo(fromSets.sentences()).hasSize(3);
        for (int i = 0; i < indexed.sentences().size(); i++) {
            assertThat(indexed.sentenceTerms(i)).isEqualTo(fromSets.sentenceTerms(i))
                    .isEqualTo(QueryTerms.setOf(indexed.sentences().get(i)));
        }
        assertThat(indexed.terms()).isEqualTo(fromSets.terms()).contains("strike", "midwiv");
        assertThat(indexed.overlap(fromSets)).isEqualTo(1.0);
    }

    @Test
    void should_hash_the_same_shingles_when_only_the_case_of_the_words_differs() {
        assertThat(Shingles.of("Nurses STRIKE on Thursday over Pay"))
                .isEqualTo(Shingles.of("nurses strike on thursday over pay"));
        assertThat(Shingles.of("Nurses STRIKE on Thursday \u00e0 Pay"))
                .isEqualTo(Shingles.of("nurses strike on thursday \u00e0 pay"));
    }

    @Test
    void should_store_fewer_bytes_than_the_text_when_a_passage_is_long() {
        String text = (TEXT + " ").repeat(4).strip();

        assertThat(PassageFeatures.of("Nurses strike", text).encode().length).isLessThan(text.length());
    }

    @Test
    void should_share_most_shingles_when_a_copy_is_trimmed_and_few_when_the_text_differs() {
        PassageFeatures whole = PassageFeatures.of("", TEXT);
        PassageFeatures trimmed = PassageFeatures.of("", TEXT.substring(0, TEXT.indexOf("Ministers")));
        PassageFeatures other = PassageFeatures.of("", "Junior doctors in Wales accepted the offer on Monday.");

        assertThat(whole.overlap(trimmed)).isEqualTo(1.0);
        assertThat(whole.overlap(other)).isZero();
    }

    @Test
    void should_cut_words_where_a_letter_and_digit_class_ends_when_any_character_comes_between() {
        // The words of a text, as a regular expression over letters and numbers finds them, joined by single
        // spaces, must give the same shingles as the text: so the scan breaks words exactly where that class does.
        StringBuilder every = new StringBuilder();
        for (int cp = 1; cp < 0x30000; cp += cp < 0x10000 ? 1 : 97) {
            if (!Character.isSurrogate((char) cp) || cp >= 0x10000) {
                every.append("ab").appendCodePoint(cp).append(cp % 5 == 0 ? " " : "");
            }
        }
        String text = every.toString();
        String words = String.join(" ", Pattern.compile("[^\\p{L}\\p{N}]+")
                .split(text.toLowerCase(Locale.ROOT))).strip();

        assertThat(Shingles.of(text)).isEqualTo(Shingles.of(words));
        assertThat(Shingles.of("Nurses, doctors:  paramedics! Porters"))
                .isEqualTo(Shingles.of("nurses doctors paramedics porters")).hasSize(1);
    }

    @Test
    void should_hash_each_shingle_as_fnv_of_its_four_words_each_followed_by_a_space_when_texts_have_any_length() {
        List<String> all = List.of("Nurses", "strike", "on", "Thursday", "over", "pay", "\u00e0", "and", "Nurses");
        for (int n = 0; n <= all.size(); n++) {
            List<String> words = all.subList(0, n);
            TreeSet<Long> expected = new TreeSet<>();
            for (int i = 0; i < Math.max(1, n - 3); i++) {
                long h = 0xcbf29ce484222325L;
                for (String w : words.subList(i, Math.min(n, i + 4))) {
                    for (char c : (w.toLowerCase(Locale.ROOT) + " ").toCharArray()) {
                        h = (h ^ c) * 0x100000001b3L;
                    }
                }
                expected.add((h ^ (h >>> 32)) & 0xFFFF_FFFFL);
            }

            assertThat(Shingles.of(String.join(" ", words))).as("%d words", n)
                    .containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
        }
    }

    @Test
    void should_hash_a_short_text_alike_when_a_longer_one_came_before_it_on_the_thread() {
        long[] alone = Shingles.of("Nurses strike on Thursday over pay");

        Shingles.of("Ambulance crews and porters walked out again in Leeds over pay and staffing ".repeat(40));

        assertThat(Shingles.of("Nurses strike on Thursday over pay")).containsExactly(alone).hasSize(3);
    }

    @Test
    void should_work_a_derived_value_out_once_a_key_when_asked_again() {
        PassageFeatures features = PassageFeatures.of("", TEXT);
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();

        String first = features.derived("length", () -> "made " + made.incrementAndGet());
        String again = features.derived("length", () -> "made " + made.incrementAndGet());
        String other = features.derived("other", () -> "made " + made.incrementAndGet());

        assertThat(first).isEqualTo(again).isEqualTo("made 1");
        assertThat(other).isEqualTo("made 2");
    }

    @Test
    void should_make_one_shingle_of_a_text_shorter_than_one() {
        assertThat(Shingles.of("Strike over")).hasSize(1);
        assertThat(Shingles.of("one two three four five")).hasSize(2);
        assertThat(Shingles.of("a b c d a b c d")).hasSize(4);
    }

    @Test
    void should_test_each_sentence_once_when_a_feature_is_asked_for_again() {
        PassageFeatures f = PassageFeatures.decode(PassageFeatures.of("", TEXT).encode(), TEXT);
        AtomicInteger tests = new AtomicInteger();
        Predicate<String> hasPercent = s -> tests.incrementAndGet() > 0 && s.contains("%");

        for (int round = 0; round < 2; round++) {
            assertThat(f.has(0, "percent", hasPercent)).isFalse();
            assertThat(f.has(1, "percent", hasPercent)).isTrue();
            assertThat(f.has(2, "percent", hasPercent)).isTrue();
        }
        assertThat(tests).hasValue(3);
        assertThat(f.has(0, "walked", s -> s.contains("walked"))).isTrue();
    }
}
