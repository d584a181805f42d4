package tw.portfolio.archive.receipt;

import java.util.List;
import java.util.Objects;
import tw.portfolio.archive.error.InvalidInputException;

/**
 * One submitted item: a course-learning outcome or a diverse-performance item, with its title,
 * description (簡述), the course or category it belongs to, and its files in the order shown.
 */
public record SubmittedItem(String itemId, ItemKind kind, String title, String description,
                            String courseOrCategory, List<SubmittedFile> files) {

    public SubmittedItem {
        if (itemId == null || itemId.isBlank()) {
            throw InvalidInputException.field("items.itemId", "is required");
        }
        Objects.requireNonNull(kind, "kind");
        if (title == null || title.isBlank()) {
            throw InvalidInputException.field("items.title", "is required");
        }
        description = description == null ? "" : description;
        courseOrCategory = courseOrCategory == null ? "" : courseOrCategory;
        files = List.copyOf(Objects.requireNonNull(files, "files"));
        if (kind == ItemKind.COURSE_OUTCOME && files.isEmpty()) {
            throw InvalidInputException.field("items.files", "a course outcome has at least one file");
        }
    }

    /** Validating factory. */
    public static SubmittedItem of(String itemId, ItemKind kind, String title, String description,
                                   String courseOrCategory, List<SubmittedFile> files) {
        return new SubmittedItem(itemId, kind, title, description, courseOrCategory, files);
    }
}
