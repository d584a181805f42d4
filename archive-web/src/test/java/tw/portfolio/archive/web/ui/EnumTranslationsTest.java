package tw.portfolio.archive.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tw.portfolio.archive.account.Role;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.integrity.crypto.KeyStatus;
import tw.portfolio.archive.integrity.eventlog.EventOutcome;
import tw.portfolio.archive.integrity.eventlog.EventType;
import tw.portfolio.archive.portfolio.course.CourseType;
import tw.portfolio.archive.portfolio.diverse.DiversePerformanceCategory;
import tw.portfolio.archive.portfolio.diverse.DiverseState;
import tw.portfolio.archive.portfolio.outcome.CertificationDecision;
import tw.portfolio.archive.portfolio.outcome.OutcomeState;
import tw.portfolio.archive.portfolio.window.WindowKind;
import tw.portfolio.archive.receipt.ItemKind;
import tw.portfolio.archive.retention.SweepView;
import tw.portfolio.archive.retention.deletion.Decision;
import tw.portfolio.archive.retention.deletion.DeletionBasis;
import tw.portfolio.archive.retention.deletion.DeletionState;
import tw.portfolio.archive.search.DocumentState;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.student.EnrollmentChangeType;
import tw.portfolio.archive.student.Student;
import tw.portfolio.archive.web.fixity.AuditState;

/**
 * Every enum value the API hands to the pages is shown through a translation, in both languages:
 * for each Java enum whose constants reach the UI, the language files hold
 * {@code enum.<group>.<CONSTANT>} (the group the scripts pass to {@code tEnum}). An enum constant
 * added without its two translations fails here instead of showing up raw on a page.
 */
class EnumTranslationsTest {
    private static final Path I18N = Path.of("src/main/webapp/i18n");

    /** UI group → the enums whose values the pages show under it. */
    private static final Map<String, List<Class<? extends Enum<?>>>> SHOWN = Map.ofEntries(
            Map.entry("role", List.of(Role.class)),
            Map.entry("eventType", List.of(EventType.class, ArchiveEventType.class)),
            Map.entry("eventOutcome", List.of(EventOutcome.class)),
            Map.entry("keyStatus", List.of(KeyStatus.class)),
            Map.entry("hitType", List.of(DocumentType.class)),
            // the search facet "category" holds diverse categories and, for course outcomes, their state
            Map.entry("category", List.of(DiversePerformanceCategory.class)),
            Map.entry("state", List.of(DocumentState.class, OutcomeState.class, DiverseState.class)),
            Map.entry("decision", List.of(CertificationDecision.class, Decision.class)),
            Map.entry("courseType", List.of(CourseType.class)),
            Map.entry("windowKind", List.of(WindowKind.class)),
            Map.entry("itemType", List.of(ItemKind.class)),
            Map.entry("auditState", List.of(AuditState.class)),
            // the registrar's pages (students.html): a student's status and the enrollment changes
            Map.entry("studentStatus", List.of(Student.Status.class)),
            Map.entry("changeType", List.of(EnrollmentChangeType.class)),
            // the retention pages (retention.html, retention-admin.html)
            Map.entry("deletionState", List.of(DeletionState.class)),
            Map.entry("deletionBasis", List.of(DeletionBasis.class)),
            Map.entry("sweepState", List.of(SweepView.State.class)));

    /** Values that are not enum constants but reach the same views (the actor of the system's own events). */
    private static final List<String> ALSO_SHOWN = List.of("enum.role.SYSTEM");

    @ParameterizedTest(name = "{0}.json translates every enum value the pages show")
    @ValueSource(strings = {"zh-TW", "en"})
    void everyEnumValueThePagesShowHasATranslation(String language) throws IOException {
        JsonObject dictionary = read(I18N.resolve(language + ".json"));
        List<String> missing = new ArrayList<>();
        SHOWN.forEach((group, enums) -> enums.stream()
                .flatMap(e -> Arrays.stream(e.getEnumConstants()).map(c -> "enum." + group + "." + c.name()))
                .filter(key -> !dictionary.containsKey(key) || dictionary.getString(key).isBlank())
                .forEach(missing::add));
        Stream.of(ALSO_SHOWN).flatMap(List::stream).filter(key -> !dictionary.containsKey(key)).forEach(missing::add);
        assertEquals(List.of(), missing.stream().sorted().distinct().toList(), language + " lacks translations");
    }

    private static JsonObject read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonReader json = Json.createReader(in)) {
            return json.readObject();
        }
    }
}
