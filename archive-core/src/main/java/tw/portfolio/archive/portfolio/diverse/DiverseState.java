package tw.portfolio.archive.portfolio.diverse;

import java.util.EnumSet;
import java.util.Set;
import tw.portfolio.archive.error.ConflictException;

/**
 * The diverse-performance lifecycle: the course outcome's without certification. Recorded →
 * selected ⇄ recorded (until the selection deadline) → submitted → receipt issued → confirmed |
 * disputed (→ corrected → submitted).
 */
public enum DiverseState {
    RECORDED,
    SELECTED,
    SUBMITTED,
    RECEIPT_ISSUED,
    CONFIRMED,
    DISPUTED;

    public Set<DiverseState> next() {
        return switch (this) {
            case RECORDED -> EnumSet.of(SELECTED);
            case SELECTED -> EnumSet.of(RECORDED, SUBMITTED);
            case SUBMITTED -> EnumSet.of(RECEIPT_ISSUED);
            case RECEIPT_ISSUED -> EnumSet.of(CONFIRMED, DISPUTED);
            case DISPUTED -> EnumSet.of(SUBMITTED);
            case CONFIRMED -> EnumSet.noneOf(DiverseState.class);
        };
    }

    /** Returns {@code target} when allowed, else throws {@link ConflictException}. */
    public DiverseState moveTo(DiverseState target) {
        if (!next().contains(target)) {
            throw new ConflictException("A diverse-performance item in state " + this + " cannot become " + target);
        }
        return target;
    }
}
