package dev.picket.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoilerplateRulesTest {

    private static final String ARTICLE = """
            Nurses in England will strike again next month, the union said.

            Subscribe to the Picket Post for daily strike news.

            Talks with the health secretary broke down on Friday (Reporting by Jane Doe).""";

    @TempDir
    Path dir;

    private Path rulesFile(String content) throws IOException {
        return Files.writeString(dir.resolve("extra-rules.tsv"), content);
    }

    private static String clean(BoilerplateRules rules, String text) {
        return new ArticleCleaner(rules).clean(text, ArticleFormat.TEXT).text();
    }

    @Test
    void should_drop_each_kind_of_bundled_boilerplate_when_using_the_defaults() {
        List<String> kept = BoilerplateRules.defaults().apply(List.of(
                "Sign up to our free Politics newsletter by email for the biggest stories.",
                "Nurses walked out on Thursday, the union said.",
                "Read more: How the strikes affect you.",
                "Your support helps us keep reporting.",
                "Follow us on Instagram for more.",
                "Nurses on the picket line in London",
                "Talks resume on Monday. Read more",
                "The RCN said it would ballot members again.",
                "more follows ...",
                "A paragraph after the wire-copy ending."));

        assertThat(kept).containsExactly(
                "Nurses walked out on Thursday, the union said.",
                "Talks resume on Monday.",
                "The RCN said it would ballot members again.");
    }

    @Test
    void should_keep_a_custom_phrase_when_only_the_defaults_apply() {
        assertThat(clean(BoilerplateRules.defaults(), ARTICLE)).contains("Subscribe to the Picket Post", "Jane Doe");
    }

    @Test
    void should_remove_custom_boilerplate_when_an_extra_rules_file_is_added() throws IOException {
        Path extra = rulesFile("""
                # house rules for picket
                paragraph\t^subscribe to the picket post\\b

                inline\t\\s*\\(reporting by [^)]*\\)
                """);

        String cleaned = clean(BoilerplateRules.defaultsPlus(extra), ARTICLE);

        assertThat(cleaned).isEqualTo("""
                Nurses in England will strike again next month, the union said.

                Talks with the health secretary broke down on Friday.""");
    }

    @Test
    void should_apply_extra_rules_when_the_reader_is_built_with_them(@TempDir Path corpusDir) throws IOException {
        Files.writeString(corpusDir.resolve("a.txt"), ARTICLE);
        BoilerplateRules rules = BoilerplateRules.defaultsPlus(rulesFile("tail\t^subscribe to\n"));

        Article article = CorpusReader.builder().boilerplateRules(rules).build().read(corpusDir).articles().get(0);

        assertThat(article.text()).isEqualTo("Nurses in England will strike again next month, the union said.");
    }

    @Test
    void should_name_the_file_and_line_when_a_rule_has_no_tab() throws IOException {
        Path extra = rulesFile("# comment\nparagraph\t^ok\nparagraph ^missing tab\n");

        assertThatIllegalArgumentException().isThrownBy(() -> BoilerplateRules.defaultsPlus(extra))
                .withMessage(extra + " line 3: expected scope<TAB>regex");
    }

    @Test
    void should_name_the_line_when_a_rule_has_an_unknown_scope() throws IOException {
        Path extra = rulesFile("sentence\t^foo\n");

        assertThatIllegalArgumentException().isThrownBy(() -> BoilerplateRules.defaultsPlus(extra))
                .withMessage(extra + " line 1: scope must be paragraph, tail or inline");
    }

    @Test
    void should_name_the_line_when_a_rule_is_not_a_valid_regex() throws IOException {
        Path extra = rulesFile("inline\t(unclosed\n");

        assertThatIllegalArgumentException().isThrownBy(() -> BoilerplateRules.defaultsPlus(extra))
                .withMessageStartingWith(extra + " line 1: bad regex:");
    }

    @Test
    void should_fail_with_an_io_error_when_the_extra_rules_file_is_missing() {
        assertThatThrownBy(() -> BoilerplateRules.defaultsPlus(dir.resolve("nope.tsv")))
                .isInstanceOf(NoSuchFileException.class);
    }
}
