package tw.portfolio.archive.portfolio.outcome;

import java.util.EnumSet;
import java.util.Set;
import tw.portfolio.archive.error.ConflictException;

/**
 * The course outcome's lifecycle (DOMAIN.md, Lifecycles): uploaded → certified | rejected
 * (→ re-uploaded) → selected ⇄ certified (until the selection deadline) → submitted (locked) →
 * receipt issued → confirmed | disputed (→ corrected → submitted).
 */
public enum OutcomeState {
    PENDING_CERTIFICATION,
    CERTIFIED,
    REJECTED,
    SELECTED,
    SUBMITTED,
    RECEIPT_ISSUED,
    CONFIRMED,
    DISPUTED;

    /** The states this one may move to. */
    public Set<OutcomeState> next() {
        return switch (this) {
            case PENDING_CERTIFICATION -> EnumSet.of(CERTIFIED, REJECTED);
            case REJECTED -> EnumSet.of(PENDING_CERTIFICATION);
            case CERTIFIED -> EnumSet.of(SELECTED);
            case SELECTED -> EnumSet.of(CERTIFIED, SUBMITTED);
            case SUBMITTED -> EnumSet.of(RECEIPT_ISSUED);
            case RECEIPT_ISSUED -> EnumSet.of(CONFIRMED, DISPUTED);
            case DISPUTED -> EnumSet.of(SUBMITTED);
            case CONFIRMED -> EnumSet.noneOf(OutcomeState.class);
        };
    }

    /** Returns {@code target} when the move is allowed, else throws {@link ConflictException}. */
    public OutcomeState moveTo(OutcomeState target) {
        if (!next().contains(target)) {
            throw new ConflictException("A course outcome in state " + this + " cannot become " + target);
        }
        return target;
    }
}
