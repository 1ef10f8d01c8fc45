package dev.picket.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import dev.picket.corpus.Article;
import dev.picket.retrieval.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbbreviationTableTest {

    private static final Article NURSES = TestArticles.article("001_nurses", "BBC", LocalDate.of(2022, 12, 1),
            "Members of the Royal College of Nursing (RCN) voted to strike.", "The union wants a pay rise.");
    private static final Article DOCTORS = TestArticles.article("002_doctors", "BBC", LocalDate.of(2023, 3, 1),
            "The British Medical Association (BMA) called a walkout.",
            "Figures from the Office for National Statistics show inflation at 10%.");
    private static final Article DOCTORS_EDITED = TestArticles.article("002_doctors", "BBC", LocalDate.of(2023, 3, 1),
            "The British Medical Association (BMA) called a walkout.", "Inflation stood at 10%.");
    private static final Article MIDWIVES = TestArticles.article("003_midwives", "BBC", LocalDate.of(2023, 4, 1),
            "The Royal College of Midwives (RCM) balloted its members.");

    @TempDir
    Path tmp;

    @Test
    void should_build_the_table_when_a_sync_writes_articles_and_serve_it_again_when_reopened() throws Exception {
        try (PassageIndex index = PassageIndex.open(tmp.resolve("index"))) {
            assertThat(index.abbreviations().isEmpty()).isTrue();

            index.sync(TestArticles.corpus(NURSES, DOCTORS));

            assertThat(index.abbreviations().longForm("rcn")).contains("Royal College of Nursing");
            assertThat(index.abbreviations().longForm("BMA")).contains("British Medical Association");
            assertThat(index.abbreviations().longForm("ons")).as("by initials").contains("Office for National Statistics");
        }
        try (PassageIndex reopened = PassageIndex.open(tmp.resolve("index"))) {
            assertThat(reopened.abbreviations().longForm("RCN")).as("before any sync").contains("Royal College of Nursing");
            assertThat(reopened.abbreviations().asMap()).containsKeys("BMA", "ONS");
        }
    }

    @Test
    void should_add_the_new_articles_abbreviations_when_a_reload_adds_an_article() throws Exception {
        try (PassageIndex index = PassageIndex.open(tmp.resolve("index"))) {
            index.sync(TestArticles.corpus(NURSES));

            index.sync(TestArticles.corpus(NURSES, MIDWIVES));

            assertThat(index.abbreviations().longForm("RCM")).contains("Royal College of Midwives");
            assertThat(index.abbreviations().longForm("RCN")).as("kept").contains("Royal College of Nursing");
        }
    }

    @Test
    void should_drop_what_only_an_edited_or_removed_article_gave_when_a_reload_rewrites_it() throws Exception {
        try (PassageIndex index = PassageIndex.open(tmp.resolve("index"))) {
            index.sync(TestArticles.corpus(NURSES, DOCTORS));

            index.sync(TestArticles.corpus(DOCTORS_EDITED));

            assertThat(index.abbreviations().longForm("ONS")).as("edited out").isEmpty();
            assertThat(index.abbreviations().longForm("RCN")).as("article removed").isEmpty();
            assertThat(index.abbreviations().longForm("BMA")).as("still defined").contains("British Medical Association");
        }
        try (PassageIndex reopened = PassageIndex.open(tmp.resolve("index"))) {
            assertThat(reopened.abbreviations().asMap()).containsKey("BMA").doesNotContainKeys("RCN", "ONS");
        }
    }

    @Test
    void should_keep_the_served_table_when_a_sync_is_rolled_back() throws Exception {
        try (PassageIndex index = PassageIndex.open(tmp.resolve("index"))) {
            index.sync(TestArticles.corpus(NURSES));
            try (IndexSync sync = index.startSync(SyncProgress.NONE)) {
                sync.write(MIDWIVES);
            }

            index.sync(TestArticles.corpus(NURSES, DOCTORS));

            assertThat(index.abbreviations().asMap()).containsKeys("RCN", "BMA").doesNotContainKey("RCM");
        }
    }
}
