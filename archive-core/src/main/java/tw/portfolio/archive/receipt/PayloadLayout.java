package tw.portfolio.archive.receipt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one deterministic arrangement of a request's items and files: items in canonical order
 * (kind, then item id) and each file's safe path inside the bag's payload,
 * {@code items/<item>/<file>}. The receipt statement and the bag both use it, so a path named on
 * the receipt is the path in the bag.
 */
final class PayloadLayout {
    static final String ITEMS_DIR = "items";

    private final List<Entry> entries;

    private PayloadLayout(List<Entry> entries) {
        this.entries = entries;
    }

    /** One item with the payload path of each of its files, in file order. */
    record Entry(SubmittedItem item, List<String> filePaths) {
        SubmittedFile file(int index) {
            return item.files().get(index);
        }
    }

    static PayloadLayout of(ReceiptRequest request) {
        List<SubmittedItem> ordered = new ArrayList<>(request.items());
        ordered.sort(Comparator.comparing(SubmittedItem::kind).thenComparing(SubmittedItem::itemId));
        List<Entry> entries = new ArrayList<>();
        SafeNames.Scope itemDirs = new SafeNames.Scope();
        for (SubmittedItem item : ordered) {
            String dir = itemDirs.claim(SafeNames.segment(item.itemId(), "item"));
            SafeNames.Scope fileNames = new SafeNames.Scope();
            List<String> paths = new ArrayList<>();
            for (SubmittedFile file : item.files()) {
                paths.add(ITEMS_DIR + "/" + dir + "/" + fileNames.claim(SafeNames.segment(file.filename(), "file")));
            }
            entries.add(new Entry(item, List.copyOf(paths)));
        }
        return new PayloadLayout(List.copyOf(entries));
    }

    /** Items in canonical order with their file paths. */
    List<Entry> entries() {
        return entries;
    }
}
