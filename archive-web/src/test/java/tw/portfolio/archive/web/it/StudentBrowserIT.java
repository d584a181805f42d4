package tw.portfolio.archive.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The slice in a real browser: student1 logs in, sees the Chinese UI, uploads a file and sees it listed. */
class StudentBrowserIT extends DeployedArchive {
    private WebDriver driver;

    @BeforeEach
    void open() throws Exception {
        driver = Browser.start();
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void student1LogsInIsGreetedByNameAndUploadsAFile() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(ApiClient.loopback(base).resolve("index.html").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("demo-notice")));
        assertEquals("zh-TW", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.findElement(By.id("demo-notice")).getText().contains("demo-password"));

        driver.findElement(By.id("username")).sendKeys("student1");
        driver.findElement(By.id("password")).sendKeys("demo-password");
        driver.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.urlContains("home.html"));
        greetsByDisplayNameAndShowsTheBuildVersion(wait);

        driver.get(ApiClient.loopback(base).resolve("files.html").toString());
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-input")));
        // The limits shown are the server's settings (GET /settings/limits): 4,000,000 and 10,000,000 bytes.
        wait.until(d -> d.findElement(By.id("allowed-documents")).getText().contains("4 MB"));
        assertTrue(driver.findElement(By.id("allowed-media")).getText().contains("10 MB"),
                driver.findElement(By.id("allowed-media")).getText());
        Path file = Files.createTempFile("瀏覽器上傳-", ".pdf");
        Files.write(file, ArtifactSliceIT.fixture("hello.pdf"));
        input.sendKeys(file.toString());
        driver.findElement(By.id("title-input")).sendKeys("瀏覽器上傳測試");
        driver.findElement(By.id("upload-button")).click();

        // The table re-renders after the upload: rows found a moment ago may be stale, so read them inside the wait.
        String row = new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#artifact-table tr[data-artifact-id]")).stream()
                        .map(WebElement::getText).filter(t -> t.contains("瀏覽器上傳測試")).findFirst().orElse(null));
        assertTrue(row.contains("application/pdf"), row);
    }

    private void greetsByDisplayNameAndShowsTheBuildVersion(WebDriverWait wait) throws Exception {
        wait.until(d -> !d.findElement(By.id("welcome")).getText().isBlank());
        assertEquals("陳怡君", driver.findElement(By.id("user-name")).getText());
        assertTrue(driver.findElement(By.id("welcome")).getText().startsWith("陳怡君"),
                driver.findElement(By.id("welcome")).getText());
        String version = System.getProperty("archive.test.version");
        wait.until(d -> d.findElement(By.id("site-footer")).getText().contains(version));
        assertFalse(driver.findElement(By.id("site-footer")).getText().endsWith("dev"));
        Browser.screenshot(driver, "home-student1");
    }

    @Test
    void theLanguageSwitchTurnsTheLoginPageEnglish() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(ApiClient.loopback(base).resolve("index.html").toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("lang-switch"))).click();
        wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertTrue(driver.findElement(By.id("login-button")).getText().matches("(?i).*log ?in.*|.*sign in.*"),
                driver.findElement(By.id("login-button")).getText());
    }
}
