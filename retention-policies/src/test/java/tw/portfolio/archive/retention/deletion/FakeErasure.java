package tw.portfolio.archive.retention.deletion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tw.portfolio.archive.integrity.crypto.Sha256;
import tw.portfolio.archive.retention.erasure.ErasedItem;
import tw.portfolio.archive.retention.erasure.ErasureConfirmation;
import tw.portfolio.archive.retention.erasure.ErasurePreview;
import tw.portfolio.archive.retention.erasure.ErasureResult;
import tw.portfolio.archive.retention.erasure.StudentErasure;

/** A test double of the erasure engine: {@code files} files, failing the first {@code failures} calls. */
final class FakeErasure implements StudentErasure {
    private final int files;
    int failures;
    final List<String> erased = new ArrayList<>();

    FakeErasure(int files) {
        this.files = files;
    }

    @Override
    public ErasurePreview preview(String studentId) {
        return new ErasurePreview(files, files * 1000L, files + 3);
    }

    @Override
    public ErasureResult erase(String studentId, String requestId) {
        if (failures > 0) {
            failures--;
            throw new IllegalStateException("the store could not be reached");
        }
        erased.add(studentId + "/" + requestId);
        List<ErasedItem> items = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            items.add(new ErasedItem("art-" + i, Sha256.hexOf(("file " + i).getBytes()), 1000));
        }
        Instant at = Instant.parse("2026-12-08T01:00:00Z");
        return new ErasureResult(studentId, items, List.of(new ErasureConfirmation("DATABASE", "DONE", at, "rows removed"),
                new ErasureConfirmation("STORE", "DONE", at, files + " objects purged"),
                new ErasureConfirmation("REPLICA", "NOT_CONFIGURED", at, "")));
    }
}
