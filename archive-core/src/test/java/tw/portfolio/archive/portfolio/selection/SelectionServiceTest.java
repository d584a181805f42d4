package tw.portfolio.archive.portfolio.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.calendar.AcademicYear;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.error.RuleViolationException;
import tw.portfolio.archive.event.ArchiveEventType;
import tw.portfolio.archive.portfolio.PortfolioDatabase;
import tw.portfolio.archive.portfolio.PortfolioFixture;
import tw.portfolio.archive.portfolio.PortfolioItems;
import tw.portfolio.archive.portfolio.infrastructure.JpaSelectionRepository;
import tw.portfolio.archive.portfolio.outcome.CertificationDecision;
import tw.portfolio.archive.portfolio.outcome.OutcomeState;
import tw.portfolio.archive.portfolio.window.WindowKind;
import tw.portfolio.archive.portfolio.window.WindowPeriod;

class SelectionServiceTest {
    private static final int YEAR = PortfolioFixture.YEAR;
    private static final String S1 = PortfolioFixture.STUDENT1;

    private PortfolioFixture f;
    private PortfolioDatabase db;
    private PortfolioItems items;

    @BeforeEach
    void setUp() {
        f = new PortfolioFixture();
        db = new PortfolioDatabase(f);
        f.seed(db);
        items = new PortfolioItems(f, db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private SelectionView put(List<String> outcomes, List<String> diverse) {
        return db.inTransaction(s -> s.selections().replace(f.student1, S1, YEAR, outcomes, diverse));
    }

    private long selectedOutcomes() {
        return db.scalar("SELECT COUNT(*) FROM COURSE_OUTCOME WHERE STATE = 'SELECTED'");
    }

    @Test
    void section4_3_sixCertifiedOutcomesAreSelectedAndASeventhLeavesTheSelectionUnchanged() {
        List<String> seven = items.outcomes(7, true);
        SelectionView six = put(seven.subList(0, 6), List.of());
        assertEquals(seven.subList(0, 6), six.courseOutcomeIds());
        assertEquals(6, six.maxCourseOutcomes());
        assertEquals(6, selectedOutcomes());

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> put(seven, List.of()));
        assertEquals("selection-limit-outcomes", e.problemType());
        assertEquals(seven.subList(0, 6), db.inTransaction(s -> s.selections().get(f.student1, S1, YEAR)).courseOutcomeIds());
        assertEquals(6, selectedOutcomes());
        assertEquals(6, db.count("SELECTION_OUTCOME"));
    }

    @Test
    void section4_4_tenDiverseItemsAreSelectedAndAnEleventhIsRefused() {
        List<String> eleven = items.diverse(11);
        assertEquals(10, put(List.of(), eleven.subList(0, 10)).diversePerformanceIds().size());
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> put(List.of(), eleven));
        assertEquals("selection-limit-diverse", e.problemType());
        assertEquals(10, db.count("SELECTION_DIVERSE"));
        assertEquals(10, db.scalar("SELECT COUNT(*) FROM DIVERSE_PERFORMANCE WHERE STATE = 'SELECTED'"));
    }

    @Test
    void section4_3_aRejectedOrPendingOutcomeCannotBeSelected() {
        String pending = items.outcomes(1, false).get(0);
        String rejected = items.outcomes(1, false).get(0);
        db.inTransaction(s -> s.outcomes().certify(f.teacher1, rejected, CertificationDecision.REJECTED, "非本人作品"));
        String certified = items.outcomes(1, true).get(0);
        put(List.of(certified), List.of());

        for (String bad : List.of(pending, rejected)) {
            RuleViolationException e = assertThrows(RuleViolationException.class, () -> put(List.of(certified, bad), List.of()));
            assertEquals("selection-requires-certified", e.problemType());
        }
        assertEquals(List.of(certified), db.inTransaction(s -> s.selections().get(f.student1, S1, YEAR)).courseOutcomeIds());
        assertEquals(OutcomeState.REJECTED, db.inTransaction(s -> s.outcomes().get(f.student1, rejected)).state());
    }

    @Test
    void section4_3_anotherStudentsOutcomeIsNotFoundAndOnlyTheStudentSelects() {
        String file = f.artifacts.pdfOf(PortfolioFixture.STUDENT2);
        String theirs = db.inTransaction(s -> s.outcomes().create(f.student2, PortfolioFixture.STUDENT2, f.math2Course, "他人", List.of(file))).id();
        db.inTransaction(s -> s.outcomes().certify(f.teacher2, theirs, CertificationDecision.CERTIFIED, null));
        assertThrows(NotFoundException.class, () -> put(List.of(theirs), List.of()));
        assertThrows(ForbiddenException.class, () -> db.inTransaction(s -> s.selections()
                .replace(f.student2, S1, YEAR, List.of(), List.of())));
        assertEquals(0, db.count("SELECTION_OUTCOME"));
        assertEquals(0, f.events.ofType(ArchiveEventType.SELECTION).size());
    }

    @Test
    void section4_3_anOutcomeCountsOnlyTowardItsOwnAcademicYear() {
        String thisYear = items.outcomes(1, true).get(0);
        db.inTransaction(s -> s.windows().set(f.admin, WindowPeriod.of(WindowKind.OUTCOME_SELECTION, AcademicYear.of(YEAR + 1)),
                PortfolioFixture.NOW.minus(Duration.ofDays(1)), PortfolioFixture.NOW.plus(Duration.ofDays(1))));
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> db.inTransaction(s -> s.selections()
                .replace(f.student1, S1, YEAR + 1, List.of(thisYear), List.of())));
        assertEquals("selection-wrong-year", e.problemType());
        assertEquals(0, selectedOutcomes());
    }

    @Test
    void section4_3_deselectingReturnsTheOutcomeToCertified() {
        List<String> two = items.outcomes(2, true);
        put(two, List.of());
        put(List.of(two.get(1)), List.of());
        assertEquals(OutcomeState.CERTIFIED, db.inTransaction(s -> s.outcomes().get(f.student1, two.get(0))).state());
        assertEquals(OutcomeState.SELECTED, db.inTransaction(s -> s.outcomes().get(f.student1, two.get(1))).state());
        assertEquals(2, f.events.ofType(ArchiveEventType.SELECTION).size());
    }

    @Test
    void section4_3_aChangeOutsideTheSelectionWindowIsRefusedButAnUnchangedListIsNot() {
        List<String> two = items.outcomes(2, true);
        put(List.of(two.get(0)), List.of());
        f.clock.advance(Duration.ofDays(30));
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> put(two, List.of()));
        assertEquals("window-closed", e.problemType());
        assertTrue(e.getMessage().contains("OUTCOME_SELECTION 115"), e.getMessage());
        assertEquals(List.of(two.get(0)), put(List.of(two.get(0)), List.of()).courseOutcomeIds());
    }

    /**
     * The race is forced, not hoped for: the holder takes the student's selection lock, the waiter
     * starts its replacement, and the holder goes on only once Derby's lock table shows the waiter
     * blocked on that lock; so the waiter always runs second and always sees the holder's selection.
     */
    @Test
    void section4_3_aReplacementWaitsForAConcurrentOneAndTheLimitHolds() throws Exception {
        List<String> twelve = items.outcomes(12, true);
        put(List.of(), List.of());
        List<String> first = twelve.subList(0, 6);
        List<String> second = twelve.subList(6, 12);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch waiterStarted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<SelectionView> holder = pool.submit(() -> db.withEntityManager(em -> {
                new JpaSelectionRepository(em, f.clock).lock(S1, YEAR);
                locked.countDown();
                awaitBlockedWaiter(waiterStarted);
                return f.services(em).selections().replace(f.student1, S1, YEAR, second, List.of());
            }));
            assertTrue(locked.await(60, TimeUnit.SECONDS));
            Future<SelectionView> waiter = pool.submit(() -> {
                waiterStarted.countDown();
                return put(first, List.of());
            });
            assertEquals(second, holder.get(120, TimeUnit.SECONDS).courseOutcomeIds());
            assertEquals(first, waiter.get(120, TimeUnit.SECONDS).courseOutcomeIds());
        } finally {
            pool.shutdownNow();
        }
        assertSelectionConsistent(first);
    }

    /** Returns once the waiter has started and a lock request of it is waiting in Derby's lock table. */
    private void awaitBlockedWaiter(CountDownLatch waiterStarted) {
        try {
            assertTrue(waiterStarted.await(60, TimeUnit.SECONDS), "the waiter never started");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (db.scalar("SELECT COUNT(*) FROM SYSCS_DIAG.LOCK_TABLE WHERE STATE = 'WAIT'") == 0) {
                assertTrue(System.nanoTime() < deadline, "the waiter never blocked on the selection lock");
                Thread.onSpinWait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void section4_3_twoTabsSelectingAtOnceNeverEndAboveTheLimit() throws Exception {
        List<String> twelve = items.outcomes(12, true);
        List<List<String>> picks = List.of(twelve.subList(0, 6), twelve.subList(6, 12));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<SelectionView>> tabs = new ArrayList<>();
        try {
            for (List<String> pick : picks) {
                tabs.add(pool.submit(() -> {
                    start.await();
                    return put(pick, List.of());
                }));
            }
            start.countDown();
            int succeeded = 0;
            for (Future<SelectionView> tab : tabs) {
                try {
                    tab.get(120, TimeUnit.SECONDS);
                    succeeded++;
                } catch (ExecutionException e) {
                    assertTrue(e.getCause() instanceof ConflictException, "a racing tab may only get a conflict: " + e.getCause());
                }
            }
            assertTrue(succeeded >= 1);
        } finally {
            pool.shutdownNow();
        }
        SelectionView result = db.inTransaction(s -> s.selections().get(f.student1, S1, YEAR));
        assertTrue(picks.contains(result.courseOutcomeIds()), "the selection is one tab's pick, not a mix");
        assertSelectionConsistent(result.courseOutcomeIds());
    }

    private void assertSelectionConsistent(List<String> expected) {
        assertEquals(expected, db.inTransaction(s -> s.selections().get(f.student1, S1, YEAR)).courseOutcomeIds());
        assertEquals(expected.size(), selectedOutcomes());
        assertEquals(Set.copyOf(expected), Set.copyOf(db.withEntityManager(em -> em.createQuery(
                "SELECT o.id FROM CourseOutcome o WHERE o.state = :s", String.class)
                .setParameter("s", OutcomeState.SELECTED).getResultList())));
        assertEquals(1, db.count("SELECTION"));
    }

}
