package tw.portfolio.archive.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
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
 * Issue 14's registrar pages in headless Chromium, one journey per test: the registration section
 * imports a Big5 student list with bad rows (the row report, nothing stored), then the fixed file;
 * records a graduation, is refused a second one (409), corrects the graduation's date and resets the
 * alumnus's password after the identity check; the system administrator manages a staff account.
 * What the page shows is checked against what the API holds.
 */
class RegistrarBrowserIT extends DeployedArchive {
    private static final String[] SURNAMES = {"陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊"};
    private static final String[] GIVEN = {"怡君", "家豪", "雅婷", "志明", "淑芬"};
    private static final String HEADER = "身分證字號,學號,姓名,出生日期,班級,年級,入學日期\r\n";

    private WebDriver driver;
    private WebDriverWait wait;
    private String registrar;

    @BeforeEach
    void open() throws Exception {
        registrar = token("registrar1");
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theRegistrarImportsABig5FileSeesEveryBadRowStoresNothingThenImportsTheFixedFile() throws Exception {
        String className = "匯入" + ThreadLocalRandom.current().nextInt(100, 1000);
        List<String> good = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            good.add(StudentsIT.freshNationalId(i % 2 == 0 ? '1' : '2') + "," + StudentsIT.freshNumber() + ","
                    + SURNAMES[i % SURNAMES.length] + GIVEN[i % GIVEN.length] + "," + "2009-03-" + (10 + i % 18) + ","
                    + className + ",1,2025-08-01");
        }
        List<String> bad = new ArrayList<>(good);
        // Rows count from the header, which is row 1: the student at index i is on row i + 2.
        String id2 = good.get(2).substring(0, 10);
        bad.set(2, good.get(2).replace(id2, id2.substring(0, 9) + (char) ('0' + (id2.charAt(9) - '0' + 1) % 10)));
        bad.set(6, good.get(6).replace(",2009-03-", ",2099-03-"));
        bad.set(11, good.get(11).replace("," + className + ",1,", "," + className + ",9,"));
        String name19 = good.get(19).split(",")[2];
        bad.set(19, good.get(19).replace("," + name19 + ",", ",,"));
        Charset big5 = Charset.forName("Big5");
        byte[] badBytes = (HEADER + String.join("\r\n", bad) + "\r\n").getBytes(big5);
        byte[] goodBytes = (HEADER + String.join("\r\n", good) + "\r\n").getBytes(big5);
        // Not UTF-8: the page sends the bytes untouched and the server has to detect Big5.
        assertThrows(java.nio.charset.CharacterCodingException.class,
                () -> StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(badBytes)));
        Path badFile = Files.createTempFile("學生名單-有錯-", ".csv");
        Files.write(badFile, badBytes);
        Path goodFile = Files.createTempFile("學生名單-修正-", ".csv");
        Files.write(goodFile, goodBytes);

        logIn("registrar1", "students.html");
        WebElement file = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-file")));
        Browser.screenshot(driver, "registrar-students-list");
        file.sendKeys(badFile.toString());
        driver.findElement(By.id("import-submit")).click();
        WebElement report = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-errors")));

        // The page shows exactly what the API refuses the same bytes with: every bad row, field and message.
        HttpResponse<byte[]> refused = api.postRaw("api/v1/students/imports", registrar, "text/csv", badBytes);
        assertEquals(422, refused.statusCode(), ApiClient.text(refused));
        JsonArray errors = ApiClient.json(refused).getJsonArray("errors");
        assertEquals(List.of(4, 8, 13, 21), errors.stream().map(e -> e.asJsonObject().getInt("row")).distinct().toList(),
                errors.toString());
        List<WebElement> rows = report.findElements(By.cssSelector("tbody tr"));
        assertEquals(errors.size(), rows.size(), report.getText());
        for (int i = 0; i < errors.size(); i++) {
            JsonObject e = errors.getJsonObject(i);
            WebElement row = rows.get(i);
            assertEquals(String.valueOf(e.getInt("row")), row.getAttribute("data-row"));
            assertEquals(e.getString("field"), row.getAttribute("data-field"));
            assertEquals(String.valueOf(e.getInt("row")), row.findElement(By.tagName("th")).getText());
            assertTrue(row.getText().contains(e.getString("message")), row.getText() + " lacks " + e);
        }
        assertEquals(List.of("nationalId", "birthDate", "grade", "name"),
                errors.stream().map(e -> e.asJsonObject().getString("field")).toList());
        assertTrue(rows.get(0).getText().contains("身分證字號"), rows.get(0).getText());
        assertTrue(rows.get(3).getText().contains("姓名"), rows.get(3).getText());
        String status = driver.findElement(By.id("import-status")).getText();
        assertTrue(status.contains("4 列錯誤") && status.contains("沒有匯入"), status);
        Browser.screenshot(driver, "registrar-import-refused", report);
        assertEquals(0, ApiClient.json(api.get("api/v1/students?className=" + enc(className), registrar)).getInt("total"),
                "a refused file stores nothing");

        driver.findElement(By.id("import-file")).sendKeys(goodFile.toString());
        driver.findElement(By.id("import-submit")).click();
        wait.until(d -> d.findElement(By.id("import-status")).getText().contains("新增 30 位"));
        assertFalse(report.isDisplayed(), "the row report goes away once the file is imported");
        Browser.screenshot(driver, "registrar-import-accepted", driver.findElement(By.id("import-status")));
        assertEquals(30, ApiClient.json(api.get("api/v1/students?className=" + enc(className), registrar)).getInt("total"));

        WebElement classInput = driver.findElement(By.id("class-input"));
        classInput.clear();
        classInput.sendKeys(className);
        driver.findElement(By.id("search-submit")).click();
        wait.until(d -> d.findElement(By.id("student-pager")).getText().contains("共 30 筆"));
        List<WebElement> listed = driver.findElements(By.cssSelector("#student-table tbody tr[data-student-id]"));
        assertEquals(20, listed.size(), "one page of 20");
        String first = good.get(0).split(",")[2];
        assertTrue(listed.stream().anyMatch(r -> r.getText().contains(first) && r.getText().contains(className)
                && r.getText().contains("在學")), first);
        Browser.screenshot(driver, "registrar-import-listed", driver.findElement(By.id("student-table")));
    }

    @Test
    void theRegistrarRecordsAGraduationIsRefusedASecondOneCorrectsItsDateAndResetsTheAlumnusPassword() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Taipei"));
        String number = StudentsIT.freshNumber();
        String nationalId = StudentsIT.freshNationalId('2');
        LocalDate birthDate = today.minusYears(18);
        HttpResponse<byte[]> created = api.postJson("api/v1/students", registrar, "{\"nationalId\":\""
                + nationalId + "\",\"studentNumber\":\"" + number + "\",\"name\":\"畢業生"
                + number + "\",\"birthDate\":\"" + birthDate + "\",\"className\":\"301\",\"grade\":3,"
                + "\"enrolledOn\":\"" + today.minusYears(3) + "\"}");
        assertEquals(201, created.statusCode(), ApiClient.text(created));
        String id = ApiClient.json(created).getString("id");
        LocalDate graduated = today.minusDays(30);
        LocalDate corrected = today.minusDays(40);

        logIn("registrar1", "students.html?student=" + id);
        wait.until(d -> d.findElement(By.id("detail-heading")).getText().contains("畢業生" + number));
        assertEquals("在學", driver.findElement(By.id("detail-status")).getText());
        assertEquals("尚未離校", driver.findElement(By.id("detail-completedOn")).getText());
        Browser.screenshot(driver, "registrar-student-detail", driver.findElement(By.id("student-detail")));

        recordChange("GRADUATE", graduated, "一一五學年度畢業");
        wait.until(d -> d.findElement(By.id("detail-status")).getText().equals("畢業"));
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#change-table tr[data-type='GRADUATE']")));
        assertTrue(row.getText().contains(graduated.toString()) && row.getText().contains("一一五學年度畢業"), row.getText());
        assertEquals(graduated.toString(), driver.findElement(By.id("detail-completedOn")).getText());
        assertTrue(driver.findElement(By.id("change-status")).getText().contains("畢業"));
        JsonObject student = ApiClient.json(api.get("api/v1/students/" + id, registrar));
        assertEquals("GRADUATED", student.getString("status"));
        assertEquals(graduated.toString(), student.getString("completedOn"));
        Browser.screenshot(driver, "registrar-graduation-recorded", row);

        recordChange("GRADUATE", today.minusDays(1), "重複登錄");
        WebElement problem = driver.findElement(By.id("change-status"));
        wait.until(d -> problem.getAttribute("class").contains("message-error"));
        assertTrue(problem.getText().contains("GRADUATE does not fit a student who is GRADUATED"), problem.getText());
        assertEquals(1, driver.findElements(By.cssSelector("#change-table tr[data-change-id]")).size());
        assertEquals(1, ApiClient.jsonArray(api.get("api/v1/students/" + id + "/enrollment-changes", registrar)).size());
        Browser.screenshot(driver, "registrar-graduation-refused", problem);

        String changeId = driver.findElement(By.cssSelector("#change-table tr[data-type='GRADUATE']"))
                .getAttribute("data-change-id");
        new Select(driver.findElement(By.id("correction-change"))).selectByValue(changeId);
        setDate("correction-date", corrected);
        driver.findElement(By.id("correction-reason")).sendKeys("畢業日期登錄錯誤");
        driver.findElement(By.id("correction-submit")).click();
        wait.until(d -> d.findElement(By.id("detail-completedOn")).getText().equals(corrected.toString()));
        assertTrue(driver.findElement(By.id("correction-status")).getText().contains(corrected.toString()));
        assertTrue(driver.findElement(By.cssSelector("#change-table tr[data-type='GRADUATE']")).getText()
                .contains(corrected.toString()));
        student = ApiClient.json(api.get("api/v1/students/" + id, registrar));
        assertEquals("GRADUATED", student.getString("status"));
        assertEquals(corrected.toString(), student.getString("completedOn"));
        Browser.screenshot(driver, "registrar-graduation-corrected", driver.findElement(By.id("student-detail")));

        // The graduate's login is now an alumni login; one who forgot the password comes to the counter.
        String username = "s" + number.toLowerCase(java.util.Locale.ROOT);
        assertEquals(username, driver.findElement(By.id("reset-username")).getAttribute("value"));
        driver.findElement(By.id("reset-nationalId")).sendKeys(nationalId);
        setDate("reset-birthDate", birthDate.plusDays(1));
        driver.findElement(By.id("reset-submit")).click();
        WebElement reset = driver.findElement(By.id("reset-status"));
        wait.until(d -> reset.getAttribute("class").contains("message-error"));
        assertTrue(reset.getText().contains("do not both match"), reset.getText());
        Browser.screenshot(driver, "registrar-reset-identity-mismatch", reset);
        driver.findElement(By.id("reset-nationalId")).clear();
        driver.findElement(By.id("reset-nationalId")).sendKeys(nationalId);
        setDate("reset-birthDate", birthDate);
        driver.findElement(By.id("reset-submit")).click();
        WebElement password = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#reset-status .one-time-password")));
        assertTrue(reset.getText().contains("只顯示這一次"), reset.getText());
        Browser.screenshot(driver, "registrar-reset-one-time-password", reset);
        String alumni = api.token(username, password.getText());
        JsonObject me = ApiClient.json(api.get("api/v1/me", alumni));
        assertEquals(List.of("ALUMNUS"), me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        assertTrue(me.getBoolean("passwordChangeRequired"));
        driver.findElement(By.cssSelector("#reset-status .one-time-done")).click();
        assertEquals(0, driver.findElements(By.cssSelector(".one-time-password")).size(), "shown once, then gone");
    }

    @Test
    void theSystemAdministratorCreatesAStaffAccountChangesItsRolesDisablesItAndResetsItsPassword() throws Exception {
        String username = "clerk" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        logIn("admin1", "accounts.html");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-username"))).sendKeys(username);
        driver.findElement(By.id("new-displayName")).sendKeys("註冊組 測試員");
        driver.findElement(By.id("new-role-REGISTRAR")).click();
        driver.findElement(By.id("create-submit")).click();
        WebElement created = driver.findElement(By.id("create-status"));
        WebElement oneTime = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#create-status .one-time-password")));
        assertTrue(created.getText().contains(username) && created.getText().contains("只顯示這一次"), created.getText());
        Browser.screenshot(driver, "admin-account-created", created);
        String firstPassword = oneTime.getText();
        assertTrue(ApiClient.json(api.get("api/v1/me", api.token(username, firstPassword)))
                .getBoolean("passwordChangeRequired"));
        driver.findElement(By.cssSelector("#create-status .one-time-done")).click();
        assertEquals(0, driver.findElements(By.cssSelector(".one-time-password")).size(), "shown once, then gone");

        driver.findElement(By.id("find-username")).sendKeys(username);
        driver.findElement(By.id("find-submit")).click();
        wait.until(d -> d.findElement(By.id("account-roles")).getText().equals("註冊組"));
        assertEquals("啟用中", driver.findElement(By.id("account-state")).getText());
        driver.findElement(By.id("role-REGISTRAR")).click();
        driver.findElement(By.id("role-AUDITOR")).click();
        driver.findElement(By.id("roles-submit")).click();
        wait.until(d -> d.findElement(By.id("account-roles")).getText().equals("稽核人員"));
        JsonObject account = ApiClient.json(api.get("api/v1/accounts/" + username, token("admin1")));
        assertEquals("[\"AUDITOR\"]", account.getJsonArray("roles").toString());
        Browser.screenshot(driver, "admin-account-roles", driver.findElement(By.id("account-detail")));

        String clerk = api.token(username, firstPassword);
        driver.findElement(By.id("toggle-disabled")).click();
        driver.switchTo().alert().accept();
        wait.until(d -> d.findElement(By.id("account-state")).getText().equals("已停用"));
        assertTrue(ApiClient.json(api.get("api/v1/accounts/" + username, token("admin1"))).getBoolean("disabled"));
        assertEquals(401, api.get("api/v1/me", clerk).statusCode(), "disabling stops every token of the account");
        Browser.screenshot(driver, "admin-account-disabled", driver.findElement(By.id("account-detail")));

        driver.findElement(By.id("toggle-disabled")).click();
        wait.until(d -> d.findElement(By.id("account-state")).getText().equals("啟用中"));
        driver.findElement(By.id("reset-password")).click();
        driver.switchTo().alert().accept();
        WebElement fresh = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#account-status .one-time-password")));
        assertTrue(ApiClient.json(api.get("api/v1/me", api.token(username, fresh.getText())))
                .getBoolean("passwordChangeRequired"));
        Browser.screenshot(driver, "admin-account-password-reset", driver.findElement(By.id("account-status")));
    }

    private void recordChange(String type, LocalDate date, String reason) {
        new Select(driver.findElement(By.id("change-type"))).selectByValue(type);
        setDate("change-date", date);
        WebElement why = driver.findElement(By.id("change-reason"));
        why.clear();
        why.sendKeys(reason);
        driver.findElement(By.id("change-submit")).click();
    }

    /** A date input's value (typing into one depends on the browser's locale format). */
    private void setDate(String inputId, LocalDate date) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id(inputId)), date.toString());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void logIn(String username, String page) {
        driver.get(ApiClient.loopback(base).resolve("index.html").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo-password");
        driver.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.urlContains("home.html"));
        driver.get(ApiClient.loopback(base).resolve(page).toString());
    }
}
