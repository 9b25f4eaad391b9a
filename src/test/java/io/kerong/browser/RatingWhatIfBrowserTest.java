package io.kerong.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.enterprise.EnterpriseFixture;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.rating.DepartmentData;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.RatingDataFixture;
import io.kerong.rating.RatingModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In a real headless Chromium: an enterprise graded D for its tax arrears (一票否决) opens 我的等级, reads why and what
 * would lift it, then on 等级试算 clears the arrears and sees its grade rise without anything being stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RatingWhatIfBrowserTest {

    private static final String PASSWORD = "Kerong@2026";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired EnterpriseRegistry registry;
    @Autowired DepartmentData data;
    @Autowired RatingModels models;
    @Autowired EnterpriseRatings ratings;
    @Autowired Clock clock;

    private ChromeDriver browser;
    private long enterpriseId;

    @BeforeEach
    void anEnterpriseGradedDForTaxArrears() throws Exception {
        browser = Browser.start();
        EnterpriseFixture fixture = EnterpriseFixture.chengduSoftwareCompany();
        enterpriseId = fixture.registeredBy(registry, jdbc, "whatif-admin").enterpriseId();
        jdbc.sql("update identity_user set password_hash = ? where username = 'whatif-admin'")
                .param(passwords.encode(PASSWORD)).update();
        RatingDataFixture.best(models.current(), fixture.uscc(), LocalDate.now(clock))
                .with("TAX_ARREARS_AMOUNT", "80").deliver(data, EnterpriseFixture.operator());
        ratings.rate(EnterpriseFixture.operator(), enterpriseId);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theEnterpriseClearsItsTaxArrearsInTheWhatIfAndSeesItsGradeRise() throws Exception {
        logIn("whatif-admin");
        browser.findElement(By.linkText("增信融资")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.elementToBeClickable(By.linkText("我的等级"))).click();
        assertThat(browser.findElement(By.id("grade")).getText()).isEqualTo("D 级");
        assertThat(browser.findElement(By.cssSelector(".knock-outs")).getText()).contains("欠缴税款达 50 万元以上");
        assertThat(browser.findElement(By.id("lifts")).getText()).contains("消除一票否决：将欠缴税款金额由 80 万元");
        Browser.screenshot(browser, "enterprise-rating");

        browser.findElement(By.id("what-if-link")).click();
        WebElement grade = browser.findElement(By.id("what-if-grade"));
        assertThat(grade.getAttribute("data-grade")).isEqualTo("D");
        WebElement arrears = browser.findElement(By.id("f-TAX_ARREARS_AMOUNT"));
        assertThat(arrears.getAttribute("value")).isEqualTo("80");
        arrears.clear();
        // leaving the field fires its change event: htmx posts the form and swaps in the new result
        arrears.sendKeys("0", Keys.TAB);

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.not(
                ExpectedConditions.attributeToBe(By.id("what-if-grade"), "data-grade", "D")));
        String newGrade = browser.findElement(By.id("what-if-grade")).getAttribute("data-grade");
        assertThat(newGrade).isIn("A", "B", "C");
        assertThat(browser.findElement(By.id("what-if-result")).getText())
                .contains("按现有数据：D 级").doesNotContain("一票否决：");
        Path shot = Browser.screenshot(browser, "enterprise-rating-what-if");
        assertThat(Files.size(shot)).isGreaterThan(10_000);
        assertThat(ratings.history(enterpriseId)).hasSize(1);
    }

    private void logIn(String username) {
        Browser.logIn(browser, port, username, PASSWORD);
    }
}
