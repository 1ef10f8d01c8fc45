package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.RetrievalMode;
import dev.picket.retrieval.SampleIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With other sectors' strikes in the corpus, requests that name no topic are still about NHS strikes. */
class ScopeTest {

    @TempDir
    static Path dir;
    private static SampleIndex mixed;

    @BeforeAll
    static void index() {
        mixed = SampleIndex.withDistractors(dir);
    }

    @AfterAll
    static void close() {
        mixed.close();
    }

    @Test
    void should_tell_the_newest_nhs_news_when_a_newer_article_is_about_teachers() {
        Answer answer = mixed.answerer(RetrievalMode.BM25).answer("any news?");

        assertThat(mixed.index.leads()).anyMatch(h -> h.published().isAfter(LocalDate.of(2025, 7, 30)));
        assertThat(answer.citations()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.published()).isEqualTo(LocalDate.of(2025, 7, 30)));
    }

    @Test
    void should_digest_only_nhs_articles_when_asked_for_an_overview() {
        Answer answer = mixed.answerer(RetrievalMode.BM25).answer("tl;dr");

        assertThat(answer.citations()).hasSize(5)
                .allSatisfy(c -> assertThat(SampleIndex.ARTICLES.resolve(c.articleId() + ".txt")).exists());
    }

    @Test
    void should_keep_every_article_when_the_scope_is_everything() {
        assertThat(mixed.index.leads()).allMatch(h -> Scope.everything().covers(h));
        assertThat(mixed.index.leads()).filteredOn(Scope.NHS::covers).hasSize(5);
    }

    @Test
    void should_quote_only_nhs_articles_when_other_sectors_share_the_question_words() {
        Answer answer = mixed.answerer(RetrievalMode.HYBRID).answer("who walked out over pay and conditions");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.citations()).isNotEmpty()
                .allSatisfy(c -> assertThat(SampleIndex.ARTICLES.resolve(c.articleId() + ".txt")).exists());
    }

    @Test
    void should_decline_when_only_another_sectors_articles_cover_the_question() {
        Answer answer = mixed.answerer(RetrievalMode.HYBRID).answer("which airports do the border force strikes hit");

        assertThat(answer.answered()).isFalse();
        assertThat(answer.citations()).isEmpty();
    }

    @Test
    void should_answer_from_another_sector_when_the_scope_is_everything() {
        Answer answer = mixed.answerer(RetrievalMode.HYBRID, Scope.everything())
                .answer("which airports do the border force strikes hit");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.citations()).anyMatch(c -> c.articleId().startsWith("borderforce"));
    }

    @Test
    void should_give_an_llm_only_nhs_passages_when_other_sectors_share_the_question_words() {
        ScopedRetriever sources = new ScopedRetriever(mixed.retriever(RetrievalMode.HYBRID), Scope.NHS, mixed.index);

        assertThat(mixed.retriever(RetrievalMode.HYBRID).retrieve("border force strikes at airports", 5))
                .anyMatch(h -> h.articleId().startsWith("borderforce"));
        assertThat(sources.retrieve("border force strikes at airports", 5)).isNotEmpty()
                .allSatisfy(h -> assertThat(SampleIndex.ARTICLES.resolve(h.articleId() + ".txt")).exists());
    }
}
