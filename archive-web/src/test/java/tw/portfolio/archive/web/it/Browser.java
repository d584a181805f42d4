package tw.portfolio.archive.web.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium through the Debian chromedriver, both at fixed paths, so Selenium never
 * downloads a browser or driver; background networking is off, so the browser talks to loopback only.
 */
public final class Browser {
    private Browser() {
    }

    /**
     * Starts the browser. Without Debian's chromium and chromedriver the browser tests are skipped
     * with a message, except in CI ({@code CI=true}), where a missing browser is a failure.
     */
    public static WebDriver start() throws Exception {
        boolean present = new File(System.getProperty("archive.test.chromium", "/usr/bin/chromium")).canExecute()
                && new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")).canExecute();
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            org.junit.jupiter.api.Assumptions.assumeTrue(present,
                    "Browser tests need Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        }
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("archive.test.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--disable-extensions", "--window-size=1280,900",
                "--user-data-dir=" + profile, "--lang=zh-TW");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(0));
        return driver;
    }

    /**
     * Scrolls {@code shown} into view and saves what the browser shows as
     * {@code <archive.test.screenshots>/<name>.png} (by default {@code target/screenshots}), so a
     * person can look at the page a test checked.
     */
    public static Path screenshot(WebDriver driver, String name, org.openqa.selenium.WebElement shown)
            throws java.io.IOException {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", shown);
        return screenshot(driver, name);
    }

    /** Saves the visible part of the page; see {@link #screenshot(WebDriver, String, org.openqa.selenium.WebElement)}. */
    public static Path screenshot(WebDriver driver, String name) throws java.io.IOException {
        Path dir = Path.of(System.getProperty("archive.test.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        return Files.write(dir.resolve(name + ".png"), png);
    }
}
