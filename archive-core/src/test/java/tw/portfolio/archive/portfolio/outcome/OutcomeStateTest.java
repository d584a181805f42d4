package tw.portfolio.archive.portfolio.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.portfolio.archive.error.ConflictException;

class OutcomeStateTest {

    @Test
    void lifecycleAllowsExactlyTheMovesOfDomainMd() {
        assertEquals(Set.of(OutcomeState.CERTIFIED, OutcomeState.REJECTED), OutcomeState.PENDING_CERTIFICATION.next());
        assertEquals(Set.of(OutcomeState.PENDING_CERTIFICATION), OutcomeState.REJECTED.next());
        assertEquals(Set.of(OutcomeState.SELECTED), OutcomeState.CERTIFIED.next());
        assertEquals(Set.of(OutcomeState.CERTIFIED, OutcomeState.SUBMITTED), OutcomeState.SELECTED.next());
        assertEquals(Set.of(OutcomeState.RECEIPT_ISSUED), OutcomeState.SUBMITTED.next());
        assertEquals(Set.of(OutcomeState.CONFIRMED, OutcomeState.DISPUTED), OutcomeState.RECEIPT_ISSUED.next());
        assertEquals(Set.of(OutcomeState.SUBMITTED), OutcomeState.DISPUTED.next());
        assertEquals(Set.of(), OutcomeState.CONFIRMED.next());
    }

    @Test
    void everyOtherMoveIsAConflict() {
        int refused = 0;
        for (OutcomeState from : OutcomeState.values()) {
            for (OutcomeState to : EnumSet.complementOf(EnumSet.copyOf(from.next()))) {
                ConflictException e = assertThrows(ConflictException.class, () -> from.moveTo(to));
                assertEquals("A course outcome in state " + from + " cannot become " + to, e.getMessage());
                refused++;
            }
        }
        assertEquals(8 * 8 - 10, refused);
    }

    @Test
    void section4_3_aRejectedOutcomeCannotBeSelected() {
        assertThrows(ConflictException.class, () -> OutcomeState.REJECTED.moveTo(OutcomeState.SELECTED));
        assertThrows(ConflictException.class, () -> OutcomeState.PENDING_CERTIFICATION.moveTo(OutcomeState.SELECTED));
    }
}
