package dev.picket.bot.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.picket.bot.CorpusFolder;
import dev.picket.bot.SampleCorpusCopy;
import dev.picket.retrieval.embed.PassageEmbedder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Corpus tab during the first build, held part-way by an embedder that waits for the test: a progress bar with
 * the figures, which gives way to the list once the build is done. One article's headline is HTML, and it is shown
 * as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.additional-location=optional:file:../config/")
@DirtiesContext
class TestPageProgressBrowserTest {

    @TempDir
    static Path tmp;

    static final String HOSTILE_TITLE = "<img src=x onerror=document.title='pwned'> Porters walk out";
    static final CountDownLatch release = new CountDownLatch(1);
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void corpus(DynamicPropertyRegistry registry) throws IOException {
        Path articles = SampleCorpusCopy.serve(registry, tmp).resolve("articles");
        Files.writeString(articles.resolve("900_porters.txt"), CorpusFolder.PORTERS, StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("sources.csv"), "900_porters.txt,The Stand-in Gazette,2025-11-30,\""
                + HOSTILE_TITLE + "\"\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @TestConfiguration
    static class HeldEmbedder {

        /** Vectors of no meaning (the test is about the page), given on the reload's thread once released. */
        @Bean
        @Primary
        PassageEmbedder heldEmbedder() {
            return texts -> {
                if (Thread.currentThread().getName().startsWith("picket-reload")) {
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return texts.stream().map(t -> new float[] {1, 0, 0, 0}).toList();
            };
        }
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.browser;
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        release.countDown();
        HeadlessChromium.stop(chromium);
    }

    @Test
    void should_show_a_progress_bar_during_the_first_build_and_the_list_as_text_after_it() {
        browser.get("http://127.0.0.1:" + port + "/#corpus");
        WebElement bar = visible(By.id("corpus-progress-bar"));

        assertThat(browser.findElement(By.id("corpus-progress-text")).getText())
                .matches("Building the index: 0 of 6 articles, 0(\\.0)?/s");
        assertThat(bar.getDomProperty("max")).isEqualTo("6");
        assertThat(bar.getDomProperty("value")).isEqualTo("0");

        release.countDown();

        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(
                By.id("corpus-progress")));
        List<WebElement> rows = new WebDriverWait(browser, PATIENCE).until(
                ExpectedConditions.numberOfElementsToBe(By.cssSelector("#corpus-table tbody tr"), 6));
        assertThat(rows).anySatisfy(r -> assertThat(r.getText()).contains(HOSTILE_TITLE));
        assertThat(browser.findElements(By.cssSelector("#corpus-table img"))).isEmpty();
        assertThat(browser.getTitle()).isNotEqualTo("pwned");
    }

    private static WebElement visible(By locator) {
        return new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
