package tw.portfolio.archive.student;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import tw.portfolio.archive.error.ArchiveException.FieldError;
import tw.portfolio.archive.error.InvalidInputException;

class SchoolCodeTest {

    @ParameterizedTest(name = "{0} is a school code")
    @ValueSource(strings = {"013301", "193301", "013C01", "000000", "999Z99"})
    void sixCharactersWithADigitOrCapitalInTheFourthPlaceAreAccepted(String raw) {
        assertEquals(raw, SchoolCode.of(raw).value());
        assertEquals(SchoolCode.of(raw), new SchoolCode(raw));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"01330", "0133011", "01c301", "A13301", "0A3301", "01330A", "013 01", " 013301", "０13301"})
    void anythingElseIsRefusedNamingTheSchoolCodeField(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SchoolCode.of(raw));
        assertEquals(List.of(new FieldError("schoolCode",
                "must be three digits, a digit or capital letter, then two digits")), e.fieldErrors());
        assertEquals("invalid-input", e.problemType());
    }
}
