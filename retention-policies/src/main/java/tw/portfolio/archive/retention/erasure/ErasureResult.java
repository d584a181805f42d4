package tw.portfolio.archive.retention.erasure;

import java.util.List;

/**
 * What an erasure did. {@code subject} is the student's pseudonym as the event log knows them (their
 * opaque id); nothing here links back to the person once the erasure finished.
 */
public record ErasureResult(String subject, List<ErasedItem> items, List<ErasureConfirmation> confirmations) {
    public ErasureResult {
        items = List.copyOf(items);
        confirmations = List.copyOf(confirmations);
    }
}
