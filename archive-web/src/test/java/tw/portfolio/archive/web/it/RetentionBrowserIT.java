package tw.portfolio.archive.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 15's pages in headless Chromium, one journey: the academic affairs office runs a sealing
 * sweep from the admin page, which seals the demo alumnus; the alumnus sees the seal and the sealed
 * items, asks for deletion and confirms it; the registrar approves and is told why a second click of
 * the same account is refused; the academic affairs office approves; the request completes and its
 * certificate (JSON and PDF) is served to staff. The erasure deletes the alumnus' account, so their
 * last step is a login the archive refuses.
 */
class RetentionBrowserIT extends DeployedArchive {
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void open() throws Exception {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void sweepSealsTheAlumnusWhoRequestsDeletionTwoStaffApproveAndTheCertificateIsIssued() throws Exception {
        // 1. The academic affairs office (admin1) starts a sweep and the page follows it until FINISHED.
        logIn("admin1", "retention-admin.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forecast-summary")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sweep-start"))).click();
        WebElement sweep = wait.until(d -> {
            WebElement box = d.findElement(By.id("sweep-status"));
            return "FINISHED".equals(box.getAttribute("data-state")) ? box : null;
        });
        String progress = sweep.getText();
        assertTrue(progress.contains("已完成"), progress);
        assertTrue(progress.matches("(?s).*封存 [1-9]\\d* 位.*"), "the sweep sealed the alumnus: " + progress);
        Browser.screenshot(driver, "retention-01-sweep-finished-admin1", sweep);

        // 2. The alumnus sees the seal, its date and the sealed items.
        logIn("alumni1", "retention.html");
        wait.until(d -> d.findElement(By.id("sealed-state")).getText().contains("已封存"));
        assertEquals("2024-07-31", driver.findElement(By.id("seal-date")).getText());
        assertEquals("無", driver.findElement(By.id("hold-state")).getText());
        List<WebElement> items = wait.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#sealed-table tbody tr[data-artifact-id]"));
            return rows.isEmpty() ? null : rows;
        });
        String firstItem = items.get(0).getText();
        assertTrue(firstItem.matches("(?s).*\\b[0-9a-f]{64}\\b.*"), "the item shows its SHA-256: " + firstItem);
        int itemCount = items.size();
        List<String> itemIds = items.stream().map(e -> e.getAttribute("data-artifact-id")).toList();
        Browser.screenshot(driver, "retention-02-sealed-alumni1");

        // 3. Request deletion: the confirmation step refuses to go on unticked, then the request is filed.
        driver.findElement(By.id("deletion-request-button")).click();
        WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deletion-confirm")));
        assertTrue(driver.findElement(By.id("deletion-confirm-summary")).getText().contains(itemCount + " 個檔案"),
                driver.findElement(By.id("deletion-confirm-summary")).getText());
        driver.findElement(By.id("deletion-confirm-button")).click();
        WebElement tick = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deletion-understood-error")));
        assertTrue(tick.getText().contains("勾選"), tick.getText());
        assertFalse(driver.findElement(By.id("deletion-request")).isDisplayed(), "nothing was filed unticked");
        Browser.screenshot(driver, "retention-03-confirmation-alumni1", confirm);
        driver.findElement(By.id("deletion-understood")).click();
        driver.findElement(By.id("deletion-confirm-button")).click();
        wait.until(d -> d.findElement(By.id("request-state")).getText().contains("待審核"));
        String preview = driver.findElement(By.id("request-preview")).getText();
        assertTrue(preview.matches("[1-9]\\d* 個檔案（.+），\\d+ 筆紀錄"), preview);
        String requestId = driver.findElement(By.cssSelector("#request-details code")).getText();
        assertFalse(requestId.isBlank());
        // The claim code is shown once, with the request id, for the certificate after the account is gone.
        String claimCode = driver.findElement(By.id("claim-code-value")).getText();
        assertTrue(claimCode.matches("[0-9a-f]{4}(-[0-9a-f]{4}){7}"), claimCode);
        assertEquals(requestId, driver.findElement(By.id("claim-request-id")).getText());
        Browser.screenshot(driver, "retention-04-pending-alumni1", driver.findElement(By.id("deletion-request")));

        // 3b. An auditor reads a sealed item from the search: a short reason is refused on the page; with
        // a reason of at least 10 characters the sealed hit opens and its file previews (each read sends it).
        logIn("auditor1", "search.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sealed-controls")));
        driver.findElement(By.id("search-input")).sendKeys("英語簡報比賽");
        driver.findElement(By.id("include-sealed")).click();
        driver.findElement(By.id("sealed-reason")).sendKeys("查核");
        driver.findElement(By.id("search-button")).click();
        WebElement tooShort = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sealed-reason-error")));
        assertTrue(tooShort.getText().contains("至少 10 個字"), tooShort.getText());
        driver.findElement(By.id("sealed-reason")).sendKeys("：法院調閱命令 115 年度訴字第 17 號");
        WebElement sealedHit = new WebDriverWait(driver, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    for (WebElement hit : d.findElements(By.cssSelector("#search-results li.hit"))) {
                        if (itemIds.contains(hit.getAttribute("data-hit-id"))) {
                            return hit;
                        }
                    }
                    d.findElement(By.id("search-button")).click();
                    return null;
                });
        sealedHit.findElement(By.cssSelector("h3 button")).click();
        WebElement block = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hit-detail-body .hit-artifact")));
        block.findElement(By.cssSelector(".actions button")).click();
        wait.until(d -> !block.findElements(By.cssSelector(".preview iframe")).isEmpty());
        assertTrue(driver.findElements(By.cssSelector("#hit-detail-body .message-error")).isEmpty(),
                driver.findElement(By.id("hit-detail-body")).getText());
        Browser.screenshot(driver, "retention-04b-sealed-read-with-reason-auditor1", block);

        // 4. The registrar approves; the same account again is refused, and the page says why.
        logIn("registrar1", "retention-admin.html");
        decide(requestId, "已核對畢業生身分與申請書");
        wait.until(d -> queueStatus(d, requestId).getText().contains("待審核"));
        queueRow(driver, requestId).findElement(By.cssSelector(".approve-button")).click();
        WebElement refused = wait.until(d -> {
            WebElement s = queueStatus(d, requestId);
            return "already-decided".equals(s.getAttribute("data-problem")) ? s : null;
        });
        assertTrue(refused.getText().contains("另一位人員須以另一個帳號核准"), refused.getText());
        Browser.screenshot(driver, "retention-05-second-click-refused-registrar1", queueRow(driver, requestId));

        // 5. The academic affairs office approves; the execution runs.
        logIn("admin1", "retention-admin.html");
        decide(requestId, "同意刪除，依申請辦理");
        wait.until(d -> {
            String s = queueStatus(d, requestId).getText();
            return s.contains("刪除執行中") || s.contains("已完成");
        });
        Browser.screenshot(driver, "retention-06-approved-admin1", queueRow(driver, requestId));

        // 6. The finished request with its certificate, listed for staff; JSON and PDF served.
        WebElement done = new WebDriverWait(driver, Duration.ofSeconds(120))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    List<WebElement> rows = d.findElements(By.cssSelector(
                            "#requests-table tr[data-request-id='" + requestId + "'] .certificate-pdf"));
                    if (!rows.isEmpty()) {
                        return d.findElement(By.cssSelector("#requests-table tr[data-request-id='" + requestId + "']"));
                    }
                    // Ask again only when the last answer is in (the button is busy while the list loads).
                    WebElement show = d.findElement(By.cssSelector("#requests-form button[type='submit']"));
                    if (show.isEnabled()) {
                        new Select(d.findElement(By.id("requests-state"))).selectByValue("COMPLETED");
                        show.click();
                    }
                    return null;
                });
        String certificateId = done.findElement(By.cssSelector(".certificate-id")).getText();
        assertTrue(done.getText().contains("已完成"), done.getText());
        Browser.screenshot(driver, "retention-07-certificate-admin1", done);
        // What the buttons fetch, fetched the same way with the page's own token. The JSON waits for the
        // certificate's log leaf to be sequenced (503 certificate-not-anchored a moment after issue).
        Map<?, ?> pdf = fetchInPage("api/v1/destruction-certificates/" + certificateId + "/pdf");
        assertEquals(200L, pdf.get("status"), pdf.toString());
        assertEquals("application/pdf", pdf.get("type"));
        assertEquals("%PDF", pdf.get("head"));
        Map<?, ?> json = wait.until(d -> {
            Map<?, ?> r = fetchInPage("api/v1/destruction-certificates/" + certificateId);
            return Long.valueOf(503).equals(r.get("status")) ? null : r;
        });
        assertEquals(200L, json.get("status"), json.toString());
        assertEquals("application/json", json.get("type"));
        done.findElement(By.cssSelector(".certificate-pdf")).click();
        wait.until(d -> done.findElement(By.cssSelector(".certificate-pdf")).isEnabled());
        done.findElement(By.cssSelector(".certificate-json")).click();
        wait.until(d -> done.findElement(By.cssSelector(".certificate-json")).isEnabled());
        assertEquals("", done.findElement(By.cssSelector(".row-status")).getText(), "the downloads raised no problem");
        JsonObject certificate = ApiClient.json(api.get("api/v1/destruction-certificates/" + certificateId,
                token("registrar1")));
        assertEquals(requestId, certificate.getString("requestId"));
        assertEquals(2, certificate.getJsonArray("approvals").size());

        // 7. The erasure deleted the alumnus' account: the login is refused.
        openLogin();
        driver.findElement(By.id("username")).sendKeys("alumni1");
        driver.findElement(By.id("password")).sendKeys("demo-password");
        driver.findElement(By.id("login-button")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertTrue(error.getText().contains("帳號或密碼錯誤"), error.getText());
        assertTrue(driver.getCurrentUrl().contains("index.html"), driver.getCurrentUrl());
        Browser.screenshot(driver, "retention-08-login-refused-alumni1");

        // 8. Without a login, the former student collects the certificate with the request id and the code.
        driver.get(ApiClient.loopback(base).resolve("certificate.html?request=" + requestId).toString());
        WebElement code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("claim-code")));
        wait.until(d -> requestId.equals(d.findElement(By.id("claim-request")).getAttribute("value")));
        char last = claimCode.charAt(claimCode.length() - 1);
        code.sendKeys(claimCode.substring(0, claimCode.length() - 1) + (last == '0' ? '1' : '0'));
        driver.findElement(By.id("claim-pdf")).click();
        WebElement claimStatus = wait.until(d -> {
            WebElement s = d.findElement(By.id("claim-status"));
            return s.getText().isBlank() ? null : s;
        });
        assertTrue(claimStatus.getText().contains("找不到") || claimStatus.getText().contains("404")
                || claimStatus.getText().contains("No certificate"), claimStatus.getText());
        code.clear();
        code.sendKeys(claimCode);
        driver.findElement(By.id("claim-pdf")).click();
        wait.until(d -> d.findElement(By.id("claim-status")).getText().contains("已下載銷毀證明"));
        Browser.screenshot(driver, "retention-09-certificate-claimed-without-login");
    }

    private void decide(String requestId, String reason) {
        WebElement row = wait.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#queue-table tr[data-request-id='" + requestId + "']"));
            return rows.isEmpty() ? null : rows.get(0);
        });
        row.findElement(By.cssSelector("textarea[name='reason']")).sendKeys(reason);
        row.findElement(By.cssSelector(".approve-button")).click();
    }

    private static WebElement queueRow(WebDriver d, String requestId) {
        return d.findElement(By.cssSelector("#queue-table tr[data-request-id='" + requestId + "']"));
    }

    private static WebElement queueStatus(WebDriver d, String requestId) {
        return queueRow(d, requestId).findElement(By.cssSelector("[data-status='decision']"));
    }

    /** Fetches an API path from the page with the session's bearer token: status, media type, first bytes. */
    private Map<?, ?> fetchInPage(String path) {
        return (Map<?, ?>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { headers: { Authorization: 'Bearer ' + sessionStorage.getItem('archive.token') } })
                  .then(async (r) => {
                    const bytes = new Uint8Array(await r.arrayBuffer());
                    done({ status: r.status, type: (r.headers.get('Content-Type') || '').split(';')[0],
                           head: String.fromCharCode(...bytes.slice(0, 4)) });
                  })
                  .catch((e) => done({ status: -1, type: String(e), head: '' }));
                """, path);
    }

    private void logIn(String username, String page) {
        openLogin();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo-password");
        driver.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.urlContains("home.html"));
        driver.get(ApiClient.loopback(base).resolve(page).toString());
    }

    /** The login page once its script is running: it shows the demo notice just before it takes the form. */
    private void openLogin() {
        driver.get(ApiClient.loopback(base).resolve("index.html").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("demo-notice")));
    }
}
