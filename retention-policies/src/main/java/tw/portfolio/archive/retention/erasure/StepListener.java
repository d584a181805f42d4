package tw.portfolio.archive.retention.erasure;

/** Told after each step of an erasure committed; tests stop a run there to resume it later. */
@FunctionalInterface
public interface StepListener {
    /** Does nothing. */
    StepListener NONE = (requestId, step) -> { };

    void committed(String requestId, ErasureStep step);
}
