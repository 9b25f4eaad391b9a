package io.kerong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.enterprise.EnterpriseFixture;
import io.kerong.rating.BinScoring;
import io.kerong.rating.RatingModel;
import io.kerong.rating.RatingModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In a real headless Chromium, the operator edits one indicator of a draft through htmx: searches the table, opens
 * the indicator, mistypes a number and sees the error beside the field, then saves and sees the table redrawn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModelEditorBrowserTest {

    private static final String PASSWORD = "Kerong@2026";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired RatingModels models;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        Browser.operatorAccount(jdbc, passwords, "淄博市科学技术局", "editor-operator", "孙科员", PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anIndicatorIsEditedInPlaceWithItsErrorsBesideTheFields() throws Exception {
        RatingModel draft = models.createDraft(EnterpriseFixture.operator(), models.current().version());
        logIn();
        browser.get(url("/operator/rating/models/" + draft.version()));

        browser.findElement(By.id("indicator-q")).sendKeys("研发费用占");
        waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr[id^='indicator-']"), 1));
        click(browser.findElement(By.cssSelector("#indicator-RD_RATIO button")));
        // leaving the search box must not redraw the table and close the editor
        WebElement points = waitFor(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#form-RD_RATIO input[name='bins[1].points']")));
        points.clear();
        points.sendKeys("一分");
        click(browser.findElement(By.cssSelector("#form-RD_RATIO button[value=save]")));

        WebElement error = waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#form-RD_RATIO .bin-errors")));
        assertThat(error.getText()).contains("“一分”不是数字");
        assertThat(browser.findElement(By.cssSelector("#form-RD_RATIO input[name='bins[1].points']"))
                .getAttribute("class")).contains("is-invalid");
        assertThat(models.version(draft.version()).orElseThrow()).isEqualTo(draft);

        WebElement again = browser.findElement(By.cssSelector("#form-RD_RATIO input[name='bins[1].points']"));
        again.clear();
        again.sendKeys("1.5");
        click(browser.findElement(By.cssSelector("#form-RD_RATIO button[value=save]")));

        WebElement saved = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("table-message")));
        assertThat(saved.getText()).contains("指标 RD_RATIO 已保存");
        assertThat(browser.findElements(By.id("form-RD_RATIO"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#indicator-RD_RATIO")).getText()).contains("[2,3): 1.5");
        BinScoring bins = (BinScoring) models.version(draft.version()).orElseThrow().indicator("RD_RATIO")
                .orElseThrow().scoring();
        assertThat(bins.bins().get(1).points()).isEqualByComparingTo("1.5");
        Browser.screenshot(browser, "model-editor-indicator-saved");
    }

    private void logIn() {
        Browser.logIn(browser, port, "editor-operator", PASSWORD);
    }

    private void click(WebElement element) {
        Browser.click(browser, element);
    }

    private <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return Browser.waitFor(browser, condition);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
