package dev.picket.bot.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.picket.bot.SampleCorpusCopy;
import dev.picket.retrieval.eval.EvalQuestion;
import dev.picket.retrieval.eval.QuestionSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The test page in the system's headless Chromium, driven as an operator would, mostly from the keyboard. Each
 * state is saved as a screenshot in {@code target/screenshots/} for a reviewer. Skipped on a machine without
 * Chromium and its driver, but failed under CI, which installs them ({@code .ci/run}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.additional-location=optional:file:../config/",
                "picket.admin.token=" + TestPageBrowserTest.ADMIN_TOKEN})
@AutoConfigureTestRestTemplate
@DirtiesContext
class TestPageBrowserTest {

    /** The app's folders; @DirtiesContext closes the app before JUnit deletes them. */
    @TempDir
    static Path tmp;

    static final String ADMIN_TOKEN = "the-right-admin-token";

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    // Held so the settings stick: Selenium warns at length that it has no DevTools bindings for this Chromium,
    // which the tests never use.
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIET.forEach(l -> l.setLevel(Level.SEVERE));
    }

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void corpus(DynamicPropertyRegistry registry) {
        SampleCorpusCopy.serve(registry, tmp);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.browser;
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        HeadlessChromium.stop(chromium);
    }

    @BeforeEach
    void openThePage() {
        SampleCorpusCopy.awaitIndexed(http);
        browser.get("http://127.0.0.1:" + port + "/");
    }

    @Test
    void should_show_a_cited_answer_and_highlight_the_passage_when_marker_1_is_clicked() {
        EvalQuestion question = devQuestion("d04");

        ask(question.question());
        WebElement answer = visible(By.cssSelector("#ask-answer a.marker"));
        String answerText = find("#ask-answer").getText();
        screenshot("ask-cited-answer");

        assertThat(question.isCorrect(answerText)).as("the answer holds what the dev set expects: %s", answerText)
                .isTrue();
        assertThat(find("#ask-meta").getText()).containsIgnoringCase("extractive").contains("total");
        assertThat(browser.findElements(By.cssSelector("#ask-sources .source"))).isNotEmpty();
        assertThat(answer.getText()).isEqualTo("[1]");

        answer.click();
        WebElement card = find("#source-1");
        wait(ExpectedConditions.attributeContains(card, "class", "selected"));
        screenshot("ask-source-1-highlighted");

        assertThat(browser.switchTo().activeElement()).isEqualTo(card);
        List<WebElement> marks = card.findElements(By.cssSelector(".passage mark"));
        assertThat(marks).as("the supporting sentence is highlighted").isNotEmpty();
        assertThat(normalized(answerText)).contains(normalized(marks.get(0).getText()));
    }

    @Test
    void should_show_an_abstention_not_an_error_when_the_question_is_off_topic() {
        ask(devQuestion("d23").question());
        WebElement abstention = visible(By.cssSelector("#ask-answer.abstention"));
        screenshot("ask-abstention");

        assertThat(abstention.getText()).contains("abstained").contains("can't answer");
        assertThat(find("#ask-error").isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#ask-sources .source"))).isEmpty();
    }

    @Test
    void should_explain_the_error_inline_when_the_question_is_empty() {
        ask("   ");
        WebElement error = visible(By.id("ask-error"));
        screenshot("ask-empty-question");

        assertThat(error.getText()).contains("missing or empty");
        assertThat(find("#ask-result").isDisplayed()).isFalse();
    }

    @Test
    void should_say_the_server_is_not_responding_when_it_cannot_be_reached() {
        // The browser goes offline after the page has loaded: to the page, the server is down.
        browser.setNetworkConditions(new ChromiumNetworkConditions().setOffline(true));
        try {
            ask(devQuestion("d04").question());
            WebElement error = visible(By.id("ask-error"));
            screenshot("ask-server-down");

            assertThat(error.getText()).contains("isn't responding");
            assertThat(find("#ask-result").isDisplayed()).isFalse();
        } finally {
            browser.deleteNetworkConditions();
        }
    }

    @Test
    void should_list_ranked_passages_with_scores_when_searching() {
        find("#tab-search").click();
        WebElement query = visible(By.id("search-q"));
        query.sendKeys("troops ambulance strikes", Keys.ENTER);
        visible(By.id("search-result"));
        screenshot("search-ranked-passages");

        List<WebElement> rows = browser.findElements(By.cssSelector("#search-table tbody tr"));
        assertThat(rows).hasSize(8);
        assertThat(rows).extracting(r -> r.findElement(By.cssSelector("td")).getText())
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(rows).extracting(r -> Double.parseDouble(r.findElements(By.cssSelector("td")).get(1).getText()
                .lines().findFirst().orElseThrow())).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(find("#search-summary").getText()).startsWith("8 passages in");
    }

    @Test
    void should_show_the_metrics_line_and_a_row_per_question_when_the_dev_set_is_evaluated() {
        // Tabs are reached with the arrow keys, as the ARIA tabs pattern has it.
        find("#tab-ask").sendKeys(Keys.END);
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("panel-evaluate")));
        find("#eval-token").sendKeys(ADMIN_TOKEN);
        find("#panel-evaluate button[type=submit]").click();
        WebElement summary = visible(By.id("eval-summary"));
        screenshot("evaluate-dev-set");

        int questions = QuestionSet.dev().size();
        assertThat(summary.getText()).containsPattern("Dev set: \\d+ of " + questions + " passed")
                .contains("recall@5").contains("accuracy").contains("citation precision").contains("false abstention")
                .contains("p95").contains("mode extractive");
        assertThat(browser.findElements(By.cssSelector("#eval-table tbody tr"))).hasSize(questions);
        assertThat(browser.findElements(By.cssSelector("#eval-table tbody .badge.pass"))).isNotEmpty();
    }

    @Test
    void should_ask_for_the_admin_token_when_evaluating_without_one() {
        find("#tab-ask").sendKeys(Keys.END);
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("panel-evaluate")));
        find("#panel-evaluate button[type=submit]").click();
        WebElement error = visible(By.id("eval-error"));

        assertThat(error.getText()).contains("admin token");
        assertThat(find("#eval-result").isDisplayed()).isFalse();
    }

    @Test
    void should_refuse_the_reload_inline_when_the_admin_token_is_wrong() {
        find("#tab-corpus").click();
        wait(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#corpus-table tbody tr"), 0));
        WebElement token = find("#reload-token");
        token.sendKeys("not-" + ADMIN_TOKEN, Keys.ENTER);
        WebElement error = visible(By.id("reload-error"));
        screenshot("corpus-reload-refused");

        assertThat(error.getText()).startsWith("Reload refused");
        assertThat(find("#reload-report").isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#corpus-table tbody tr"))).hasSize(5);
    }

    private void ask(String question) {
        WebElement box = find("#ask-question");
        box.clear();
        box.sendKeys(question, Keys.ENTER);
    }

    private static EvalQuestion devQuestion(String id) {
        return QuestionSet.dev().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private static WebElement visible(By locator) {
        return wait(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static <T> T wait(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, PATIENCE).until(condition);
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static void screenshot(String name) {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
