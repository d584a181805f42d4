package tw.portfolio.archive.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.InvalidInputException;

class ReceiptRequestTest {

    @Test
    void toStringNeverShowsTheStudentsName() {
        String text = ReceiptFixtures.request().toString();
        assertFalse(text.contains(ReceiptFixtures.STUDENT_NAME), text);
        assertTrue(text.contains("S-7f3a"), text);
    }

    @Test
    void anItemIdSubmittedTwiceIsRejected() {
        SubmittedItem item = ReceiptFixtures.items().get(0);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ReceiptFixtures.request(List.of(item, item)));
        assertEquals("items.itemId", e.fieldErrors().get(0).field());
    }

    @Test
    void aReceiptWithoutItemsIsRejected() {
        assertThrows(InvalidInputException.class, () -> ReceiptFixtures.request(List.of()));
    }

    @Test
    void aCourseOutcomeWithoutFilesIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SubmittedItem.of("o", ItemKind.COURSE_OUTCOME, "t", "", "物理", List.of()));
        assertEquals("items.files", e.fieldErrors().get(0).field());
    }

    @Test
    void aDigestThatIsNotSha256HexIsRejectedAndUppercaseIsNormalised() {
        assertThrows(InvalidInputException.class,
                () -> SubmittedFile.of("a.pdf", "application/pdf", 1, "abc", FileContent.ofBytes(new byte[1])));
        String upper = "A".repeat(64);
        assertEquals("a".repeat(64),
                SubmittedFile.of("a.pdf", "application/pdf", 1, upper, FileContent.ofBytes(new byte[1])).sha256());
    }

    @Test
    void issuedAtIsKeptToTheSecond() {
        ReceiptRequest request = ReceiptRequest.of("s", tw.portfolio.archive.student.SchoolCode.of("313302"), "S-1", "n",
                tw.portfolio.archive.calendar.AcademicYear.of(115), ReceiptFixtures.items(),
                ReceiptFixtures.ISSUED_AT.plusMillis(789));
        assertEquals(ReceiptFixtures.ISSUED_AT, request.issuedAt());
    }
}
