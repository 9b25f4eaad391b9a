package io.kerong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.shared.UnifiedSocialCreditCode;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * In a real headless Chromium: an enterprise registers (first with a mistyped credit code), the operator approves it,
 * and the enterprise evaluates itself and sees its points per indicator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnterpriseJourneyBrowserTest {

    private static final String PASSWORD = "Kerong@2026";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        Browser.operatorAccount(jdbc, passwords, "平湖市科学技术局", "journey-operator", "周科长", PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void enterpriseRegistersIsApprovedAndEvaluatesItself() throws Exception {
        String uscc = UnifiedSocialCreditCode.assemble("91", "330482", "MA2JQ7K1");
        String mistyped = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');

        register(mistyped);
        WebElement usccError = browser.findElement(By.cssSelector("#uscc ~ .invalid-feedback, #uscc + .invalid-feedback"));
        assertThat(usccError.getText()).contains("校验位错误").contains(String.valueOf(uscc.charAt(17)));
        register(uscc);
        waitFor(ExpectedConditions.urlContains("/login?registered"));

        logIn("journey-operator");
        browser.get(url("/operator/organizations?status=PENDING"));
        WebElement row = browser.findElement(By.xpath("//tr[td[text()='平湖威伏测试半导体有限公司']]"));
        row.findElement(By.cssSelector("button.btn-success")).click();
        waitFor(ExpectedConditions.stalenessOf(row));
        assertThat(browser.findElement(By.xpath("//tr[td[text()='平湖威伏测试半导体有限公司']]")).getText()).contains("正常");
        logOut();

        logIn("weifu-admin");
        browser.get(url("/enterprise/evaluation"));
        fill("ev-employees", "120");
        fill("ev-techStaff", "36");
        fill("ev-revenue", "30000000");
        fill("ev-totalCosts", "25000000");
        fill("ev-totalAssets", "40000000");
        fill("ev-rdExpense", "1500000");
        fill("ev-class1Ip", "1");
        fill("ev-class2Ip", "5");
        browser.findElement(By.cssSelector("#self-evaluation form button[type=submit]")).click();

        assertThat(browser.findElement(By.id("points-tech-staff")).getText()).isEqualTo("20 / 20");
        assertThat(browser.findElement(By.id("points-rd")).getText()).isEqualTo("40 / 50");
        assertThat(browser.findElement(By.id("points-ip")).getText()).isEqualTo("30 / 30");
        assertThat(browser.findElement(By.id("points-total")).getText()).isEqualTo("90 / 100");
        assertThat(browser.findElement(By.id("verdict")).getText()).contains("符合");
        Path shot = Browser.screenshot(browser, "enterprise-self-evaluation");
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    private void register(String uscc) {
        browser.get(url("/register"));
        fill("uscc", uscc);
        fill("name", "平湖威伏测试半导体有限公司");
        fill("contactName", "沈工");
        fill("contactPhone", "13800571234");
        fill("contactEmail", "shen@weifu-test.cn");
        fill("username", "weifu-admin");
        fill("password", PASSWORD);
        fill("confirmPassword", PASSWORD);
        Browser.click(browser, browser.findElement(By.id("register-submit")));
    }

    private void logIn(String username) {
        Browser.logIn(browser, port, username, PASSWORD);
    }

    private void logOut() {
        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        waitFor(ExpectedConditions.urlContains("/login?logout"));
    }

    private void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        Browser.waitFor(browser, condition);
    }

    private void fill(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
