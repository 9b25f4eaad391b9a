package io.kerong.browser;

import static io.kerong.enterprise.EnterpriseFixture.chengduSoftwareCompany;
import static io.kerong.enterprise.EnterpriseFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.kerong.enterprise.EnterpriseFixture;
import io.kerong.enterprise.EnterpriseRegistry;
import io.kerong.rating.DeliveredValue;
import io.kerong.rating.Department;
import io.kerong.rating.DepartmentData;
import io.kerong.rating.EnterpriseRatings;
import io.kerong.rating.StoredRating;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In a real headless Chromium: a rated enterprise opens its rating report from the navigation and sees its grade,
 * its credit line and both charts drawn by ECharts (the page's scripts obey the Content-Security-Policy).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RatingReportBrowserTest {

    private static final String PASSWORD = "Kerong@2026";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired EnterpriseRegistry registry;
    @Autowired DepartmentData data;
    @Autowired EnterpriseRatings ratings;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anEnterpriseOpensItsReportAndSeesGradeCreditLineAndCharts() throws Exception {
        String username = unique("report-browser-");
        EnterpriseFixture company = chengduSoftwareCompany().named(unique("成都浏览器报告") + "科技有限公司");
        var enterprise = company.registeredBy(registry, jdbc, username);
        jdbc.sql("update identity_user set password_hash = ? where username = ?")
                .params(passwords.encode(PASSWORD), username).update();
        data.receive(EnterpriseFixture.operator(), unique("browser-batch-"), Department.TAXATION,
                List.of(new DeliveredValue(company.uscc(), "TAX_CREDIT_GRADE", "2025", "A")));
        StoredRating rating = ratings.rate(EnterpriseFixture.operator(), enterprise.enterpriseId());

        logIn(username);
        browser.findElement(By.linkText("增信融资")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.linkText("等级融资报告"))).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-radar svg")));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-history svg")));

        assertThat(browser.getCurrentUrl()).endsWith("/rating/report/" + enterprise.enterpriseId());
        assertThat(browser.findElement(By.id("report-grade")).getText()).isEqualTo(rating.grade().name());
        assertThat(browser.findElement(By.id("report-ground")).getText()).contains("本企业查看自己的评价报告");
        assertThat(browser.findElement(By.id("report-credit-line")).getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("#chart-radar svg")).getText()).contains("风险性", "产业链");
        assertThat(browser.findElement(By.id("report-pdf")).getAttribute("href"))
                .endsWith("/rating/report/" + enterprise.enterpriseId() + ".pdf");
        Path shot = Browser.screenshot(browser, "rating-report");
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    private void logIn(String username) {
        Browser.logIn(browser, port, username, PASSWORD);
    }

    private void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        Browser.waitFor(browser, condition);
    }
}
