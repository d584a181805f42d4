package tw.portfolio.archive.web.portfolio;

import java.util.Collection;
import java.util.stream.Stream;
import tw.portfolio.archive.portfolio.submission.StudentSubmission;

/** How a receipt stands, read from its items' states. */
final class ReceiptStates {
    private ReceiptStates() {
    }

    /** DISPUTED while an item is disputed or corrected without a new receipt; CONFIRMED when all are; else UNCONFIRMED. */
    static String of(Collection<String> itemStates) {
        if (itemStates.stream().anyMatch(s -> s.equals("DISPUTED") || s.equals("SUBMITTED"))) {
            return "DISPUTED";
        }
        if (!itemStates.isEmpty() && itemStates.stream().allMatch("CONFIRMED"::equals)) {
            return "CONFIRMED";
        }
        return "UNCONFIRMED";
    }

    /** True when items are SUBMITTED (not yet on a receipt) and none is still disputed. */
    static boolean awaitsReceipt(StudentSubmission s) {
        var states = Stream.concat(s.courseOutcomes().stream().map(o -> o.state().name()),
                s.diversePerformances().stream().map(d -> d.state().name())).toList();
        return states.contains("SUBMITTED") && !states.contains("DISPUTED");
    }
}
