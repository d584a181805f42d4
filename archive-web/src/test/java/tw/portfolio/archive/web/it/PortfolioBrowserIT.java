package tw.portfolio.archive.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import tw.portfolio.archive.calendar.Semester;

/**
 * Issue 4's pages in headless Chromium, one main path per role: the student selects and sees the
 * counts, the teacher certifies from the queue, the teaching section imports a CSV, the academic
 * affairs office sets a window. Data is made through the API with unique codes per test.
 */
class PortfolioBrowserIT extends DeployedArchive {
    private WebDriver driver;
    private WebDriverWait wait;
    private Semester term;

    @BeforeEach
    void open() throws Exception {
        term = Semester.containing(LocalDate.now(ZoneId.of("Asia/Taipei")));
        openCurrentWindows(token("admin1"));
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aStudentSelectsCertifiedOutcomesAndSeesTheCount() {
        String student = token("student2");
        String sid = studentIdOf(student);
        int year = term.academicYear().value();
        api.putJson("api/v1/students/" + sid + "/selections/" + year, student,
                "{\"courseOutcomeIds\":[],\"diversePerformanceIds\":[]}");
        String course = course("teacher1", "student2");
        String first = certifiedOutcome(student, sid, course, "瀏覽器勾選一");
        String second = certifiedOutcome(student, sid, course, "瀏覽器勾選二");

        logIn("student2", "selection.html");
        WebElement box1 = wait.until(ExpectedConditions.elementToBeClickable(By.id("courseOutcomeIds-" + first)));
        box1.click();
        driver.findElement(By.id("courseOutcomeIds-" + second)).click();
        wait.until(d -> d.findElement(By.id("outcome-count")).getText().contains("2"));
        assertTrue(driver.findElement(By.id("outcome-count")).getText().contains("6"));
        driver.findElement(By.id("selection-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("selection-status")));

        JsonObject saved = ApiClient.json(api.get("api/v1/students/" + sid + "/selections/" + year, student));
        List<String> ids = saved.getJsonArray("courseOutcomeIds").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertEquals(java.util.Set.of(first, second), java.util.Set.copyOf(ids));
        assertEquals(2, ids.size());
    }

    @Test
    void aTeacherCertifiesFromTheQueueSeeingTheStudentsNameClassAndNumber() throws Exception {
        String student = token("student2");
        String sid = studentIdOf(student);
        String course = course("teacher2", "student2");
        String outcome = outcome(student, sid, course, "請老師認證的作品");

        logIn("teacher2", "queue.html");
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("article[data-outcome-id='" + outcome + "']")));
        String heading = card.findElement(By.tagName("h2")).getText();
        assertTrue(heading.contains("林佳穎（302 班，學號 111002）"), heading);
        assertFalse(heading.contains(sid), "the queue names the student instead of showing the id: " + heading);
        Browser.screenshot(driver, "queue-teacher2");
        card.findElement(By.id("cert-" + outcome + "-CERTIFIED")).click();
        card.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article[data-outcome-id='" + outcome + "']"), 0));
        assertEquals("CERTIFIED", ApiClient.json(api.get("api/v1/course-outcomes/" + outcome, student)).getString("state"));
    }

    @Test
    void aSearchForAStudentsNameShowsTheNameOnEachHitAndFacetsInChinese() throws Exception {
        String student = token("student1");
        String sid = studentIdOf(student);
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        outcome(student, sid, course("teacher1", "student1"), "瀏覽器搜尋 " + word);

        logIn("registrar1", "search.html?q=" + java.net.URLEncoder.encode("陳怡君 " + word, StandardCharsets.UTF_8));
        WebElement hit = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            List<WebElement> hits = d.findElements(By.cssSelector("#search-results li.hit"));
            if (hits.isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return hits.get(0);
        });
        String text = hit.getText();
        assertTrue(text.contains("陳怡君（301 班，學號 111001）"), text);
        assertFalse(text.contains(sid), "the hit names the student instead of showing the id: " + text);
        String category = driver.findElement(By.cssSelector("fieldset[data-facet='category']")).getText();
        assertTrue(category.contains("待認證"), category);
        assertFalse(category.contains("PENDING_CERTIFICATION"), category);
        String facets = driver.findElement(By.id("facets")).getText();
        assertFalse(facets.matches("(?s).*\\b[A-Z]{2,}(_[A-Z]+)*\\b.*"), "no raw enum value in the facets: " + facets);
        Browser.screenshot(driver, "search-registrar1");
    }

    @Test
    void theEventLogShowsEventTypesAndRolesInChinese() throws Exception {
        logIn("auditor1", "audit.html");
        wait.until(d -> d.findElements(By.cssSelector("#log-table tbody tr[data-leaf-index]")).size() > 0);
        String table = driver.findElement(By.id("log-table")).getText();
        java.util.regex.Matcher raw = java.util.regex.Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b").matcher(table);
        boolean found = raw.find();
        assertFalse(found, "a raw enum value in the event log: " + (found ? raw.group() : "") + "\n" + table);
        String types = driver.findElement(By.id("log-type")).getText();
        assertFalse(types.matches("(?s).*\\b[A-Z][A-Z_]{2,}\\b.*"), "raw event types in the filter: " + types);
        Browser.screenshot(driver, "audit-log-auditor1", driver.findElement(By.id("log-table")));
    }

    @Test
    void aCourseCsvImportedByTheTeachingSectionIsListedWithItsNameSubjectCreditsAndTeacher() throws Exception {
        String code = "CSV" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Path csv = Files.createTempFile("courses-", ".csv");
        Files.writeString(csv, "academicYear,semester,courseCode,courseName,subject,type,credits,teachers,nationalId\n"
                + term.academicYear().value() + "," + term.number() + "," + code + ",瀏覽器匯入,公民,選修,2,teacher1,F228765431\n",
                StandardCharsets.UTF_8);

        logIn("academic1", "courses-admin.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("csv-file"))).sendKeys(csv.toString());
        driver.findElement(By.id("import-submit")).click();
        wait.until(d -> d.findElement(By.id("import-status")).getAttribute("class").contains("message-success"));
        // the table is rendered again when the import's answer arrives: a row found may be gone when read
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(
                By.cssSelector("#course-table tbody tr")).stream().anyMatch(r -> r.getText().contains(code)));

        JsonObject imported = null;
        for (int page = 0; imported == null; page++) {
            JsonObject listed = ApiClient.json(api.get("api/v1/courses?academicYear=" + term.academicYear().value()
                    + "&semester=" + term.number() + "&size=100&page=" + page, token("academic1")));
            for (JsonValue v : listed.getJsonArray("items")) {
                if (v.asJsonObject().getString("code").equals(code)) {
                    imported = v.asJsonObject();
                }
            }
            assertTrue(imported != null || (page + 1) * 100 < listed.getInt("total"),
                    "the imported course " + code + " is not in the semester's course list");
        }
        assertEquals("瀏覽器匯入", imported.getString("name"));
        assertEquals("公民", imported.getString("subject"));
        assertEquals(2, imported.getInt("credits"));
        assertEquals(List.of("teacher1"), imported.getJsonArray("teachers").getValuesAs(JsonString::getString));
    }

    @Test
    void theAcademicAffairsOfficeSetsAWindow() {
        int year = ThreadLocalRandom.current().nextInt(80, 100);
        logIn("admin1", "windows.html");
        WebElement yearInput = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("year-input")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#window-table tbody tr[data-kind]")));
        WebElement old = driver.findElement(By.id("OUTCOME_UPLOAD-1-opens"));
        yearInput.clear();
        yearInput.sendKeys(String.valueOf(year));
        yearInput.submit();
        wait.until(ExpectedConditions.stalenessOf(old));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("OUTCOME_UPLOAD-1-opens")));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("OUTCOME_UPLOAD-1-opens")), "2010-09-01T08:00");
        js.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("OUTCOME_UPLOAD-1-closes")), "2010-10-01T08:00");
        WebElement row = driver.findElement(By.cssSelector("tr[data-kind='OUTCOME_UPLOAD'][data-semester='1']"));
        row.findElement(By.tagName("button")).click();
        wait.until(d -> !d.findElement(By.cssSelector("tr[data-kind='OUTCOME_UPLOAD'][data-semester='1'] [role='status']"))
                .getText().isBlank());
        boolean found = false;
        for (JsonValue v : ApiClient.json(api.get("api/v1/windows?academicYear=" + year, token("admin1")))
                .getJsonArray("items")) {
            JsonObject w = v.asJsonObject();
            if (w.getString("kind").equals("OUTCOME_UPLOAD") && w.getInt("semester") == 1) {
                assertEquals("2010-09-01T00:00:00Z", w.getString("opensAt"));
                found = true;
            }
        }
        assertTrue(found, "the window was not saved");
    }

    private void logIn(String username, String page) {
        driver.get(ApiClient.loopback(base).resolve("index.html").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo-password");
        driver.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.urlContains("home.html"));
        driver.get(ApiClient.loopback(base).resolve(page).toString());
    }

    private void openCurrentWindows(String admin) {
        Instant opens = Instant.now().minus(1, ChronoUnit.DAYS);
        Instant closes = Instant.now().plus(30, ChronoUnit.DAYS);
        int year = term.academicYear().value();
        for (String kind : List.of("OUTCOME_UPLOAD", "CERTIFICATION")) {
            window(admin, year + "/" + term.number() + "/" + kind, opens, closes);
        }
        for (String kind : List.of("OUTCOME_SELECTION", "DIVERSE_UPLOAD", "DIVERSE_SELECTION", "RECEIPT_CONFIRMATION")) {
            window(admin, year + "/0/" + kind, opens, closes);
        }
    }

    private void window(String admin, String path, Instant opens, Instant closes) {
        HttpResponse<byte[]> r = api.putJson("api/v1/windows/" + path, admin,
                "{\"opensAt\":\"" + opens + "\",\"closesAt\":\"" + closes + "\"}");
        assertEquals(200, r.statusCode(), ApiClient.text(r));
    }

    private String course(String teacher, String studentUsername) {
        String academic = token("academic1");
        String code = "B" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpResponse<byte[]> r = api.postJson("api/v1/courses", academic, "{\"code\":\"" + code
                + "\",\"name\":\"瀏覽器課程\",\"subject\":\"國語文\",\"type\":\"ELECTIVE\",\"credits\":2,\"academicYear\":"
                + term.academicYear().value() + ",\"semester\":" + term.number() + ",\"teacherUsernames\":[\"" + teacher + "\"]}");
        assertEquals(201, r.statusCode(), ApiClient.text(r));
        String id = ApiClient.json(r).getString("id");
        String sid = ApiClient.json(api.get("api/v1/me", token(studentUsername))).getString("studentId");
        assertEquals(200, api.postJson("api/v1/courses/" + id + "/enrollments", academic,
                "{\"studentIds\":[\"" + sid + "\"]}").statusCode());
        return id;
    }

    private String outcome(String student, String sid, String course, String description) {
        HttpResponse<byte[]> file = api.postMultipart("api/v1/students/" + sid + "/artifacts", student,
                ApiClient.parts("file", ArtifactSliceIT.fixture("hello.pdf")), "work.pdf", "application/pdf");
        assertEquals(201, file.statusCode(), ApiClient.text(file));
        HttpResponse<byte[]> r = api.postJson("api/v1/students/" + sid + "/course-outcomes", student,
                "{\"courseId\":\"" + course + "\",\"description\":\"" + description + "\",\"artifactIds\":[\""
                        + ApiClient.json(file).getString("id") + "\"]}");
        assertEquals(201, r.statusCode(), ApiClient.text(r));
        return ApiClient.json(r).getString("id");
    }

    private String certifiedOutcome(String student, String sid, String course, String description) {
        String id = outcome(student, sid, course, description);
        String teacher = token("teacher1");
        assertEquals(200, api.postJson("api/v1/course-outcomes/" + id + "/certification", teacher,
                "{\"decision\":\"CERTIFIED\",\"reason\":\"\"}").statusCode());
        return id;
    }
}
