package tw.portfolio.archive.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tw.portfolio.archive.error.ArchiveException;
import tw.portfolio.archive.error.ConflictException;
import tw.portfolio.archive.error.ForbiddenException;
import tw.portfolio.archive.error.IntegrityViolationException;
import tw.portfolio.archive.error.InvalidInputException;
import tw.portfolio.archive.error.NotFoundException;
import tw.portfolio.archive.error.PayloadTooLargeException;
import tw.portfolio.archive.error.RetentionViolationException;
import tw.portfolio.archive.error.RuleViolationException;
import tw.portfolio.archive.error.UnsupportedMediaTypeException;

class ArchiveExceptionMapperTest {
    private static final Logger MAPPER_LOG = Logger.getLogger(ArchiveExceptionMapper.class.getName());
    private static Level previous;

    @BeforeAll
    static void quietTheIntegrityLog() {
        previous = MAPPER_LOG.getLevel();
        MAPPER_LOG.setLevel(Level.OFF);
    }

    @AfterAll
    static void restoreTheLog() {
        MAPPER_LOG.setLevel(previous);
    }

    static Stream<Arguments> families() {
        return Stream.of(
                Arguments.of(new InvalidInputException("bad"), 400, "invalid-input"),
                Arguments.of(InvalidInputException.field("file", "is empty"), 400, "invalid-input"),
                Arguments.of(new PayloadTooLargeException("too big"), 413, "payload-too-large"),
                Arguments.of(new UnsupportedMediaTypeException("exe"), 415, "unsupported-media-type"),
                Arguments.of(new NotFoundException("gone"), 404, "not-found"),
                Arguments.of(new ForbiddenException("no"), 403, "forbidden"),
                Arguments.of(new ConflictException("changed"), 409, "conflict"),
                Arguments.of(new RuleViolationException("window closed"), 422, "rule-violation"),
                Arguments.of(RuleViolationException.of("selection-limit", "at most 6"), 422, "selection-limit"),
                Arguments.of(new RetentionViolationException("sealed"), 422, "retention-violation"),
                Arguments.of(new IntegrityViolationException("digest differs"), 500, "integrity-violation"),
                Arguments.of(new tw.portfolio.archive.access.SealedRecordException(new tw.portfolio.archive.access.Seal(
                        java.time.LocalDate.of(2026, 12, 8), java.time.LocalDate.of(2024, 7, 31))), 403, "sealed-record"),
                Arguments.of(new tw.portfolio.archive.access.SealedReadOnlyException(new tw.portfolio.archive.access.Seal(
                        java.time.LocalDate.of(2026, 12, 8), null)), 409, "sealed-read-only"),
                Arguments.of(new tw.portfolio.archive.access.AccessReasonRequiredException("A reason is needed"), 403,
                        "access-reason-required"));
    }

    @ParameterizedTest(name = "{0} answers {1} with type {2}")
    @MethodSource("families")
    void eachFamilyAnswersItsStatusAndStableSlug(ArchiveException e, int status, String slug) {
        assertEquals(status, ArchiveExceptionMapper.status(e));
        assertEquals(slug, e.problemType());
    }

    @Test
    void theMoreSpecificInputFailuresWinOverTheirInvalidInputParent() {
        InvalidInputException tooLarge = new PayloadTooLargeException("x");
        InvalidInputException unsupported = new UnsupportedMediaTypeException("x");
        assertEquals(413, ArchiveExceptionMapper.status(tooLarge));
        assertEquals(415, ArchiveExceptionMapper.status(unsupported));
    }

    @Test
    void aSubclassOfAFamilyGetsTheFamilysStatusWithItsOwnSlug() {
        assertEquals(409, ArchiveExceptionMapper.status(new StaleReceipt()));
        assertEquals("stale-receipt", new StaleReceipt().problemType());
        assertEquals(404, ArchiveExceptionMapper.status(new NoSuchStudent()));
    }

    @Test
    void anArchiveExceptionOutsideEveryFamilyIsTreatedAsBadInput() {
        assertEquals(400, ArchiveExceptionMapper.status(new Unclassified()));
    }

    @Test
    void theProblemTypeUriEndsInTheSlug() {
        assertEquals("https://portfolio-archive.example/problems/selection-limit",
                Problem.TYPE_BASE + RuleViolationException.of("selection-limit", "x").problemType());
        assertEquals("application", Problem.MEDIA_TYPE.getType());
        assertEquals("problem+json", Problem.MEDIA_TYPE.getSubtype());
    }

    private static final class StaleReceipt extends ConflictException {
        private static final long serialVersionUID = 1L;

        StaleReceipt() {
            super("stale-receipt", "the receipt changed", List.of(), null);
        }
    }

    private static final class NoSuchStudent extends NotFoundException {
        private static final long serialVersionUID = 1L;

        NoSuchStudent() {
            super("no-such-student", "no student", List.of(), null);
        }
    }

    private static final class Unclassified extends ArchiveException {
        private static final long serialVersionUID = 1L;

        Unclassified() {
            super("unclassified", "?", List.of(), null);
        }
    }
}
