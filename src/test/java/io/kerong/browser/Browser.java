package io.kerong.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A real headless Chromium from the machine's packages (no browser download). Missing browser: the test is skipped
 * with a message, except under CI, where it fails.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    static ChromeDriver start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs chromium and chromium-driver: apt-get install chromium chromium-driver fonts-wqy-zenhei");
        }
        Assumptions.assumeTrue(present, "headless Chromium not installed (apt-get install chromium chromium-driver fonts-wqy-zenhei); browser test skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("kerong-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /** Logs in through the log-in page and waits for the home page. */
    static void logIn(ChromeDriver driver, int port, String username, String password) {
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        waitFor(driver, ExpectedConditions.urlContains("/home/"));
    }

    /** Bootstrap scrolls smoothly: bring the element into view at once, then click it as a user would. */
    static void click(ChromeDriver driver, WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    static <T> T waitFor(ChromeDriver driver, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
    }

    /** An operator organization with one admin account, inserted directly (the browser test is about other pages). */
    static void operatorAccount(JdbcClient jdbc, PasswordEncoder passwords, String organization, String username,
                                String displayName, String password) {
        long operator = jdbc.sql("""
                        insert into identity_organization (type, name, status, created_at)
                        values ('OPERATOR', ?, 'ACTIVE', ?) returning id""")
                .params(organization, OffsetDateTime.now()).query(Long.class).single();
        jdbc.sql("""
                        insert into identity_user (organization_id, username, display_name, password_hash, roles, created_at)
                        values (?, ?, ?, ?, '{ORG_ADMIN}', ?)""")
                .params(operator, username, displayName, passwords.encode(password), OffsetDateTime.now()).update();
    }

    static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = dir.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
