package tw.portfolio.archive.web.portfolio;

import java.util.Map;

/**
 * A receipt with its current standing.
 *
 * @param receipt the issued receipt
 * @param state UNCONFIRMED, CONFIRMED, DISPUTED (an item disputed or corrected and awaiting a new receipt) or SUPERSEDED
 * @param itemStates each listed item's current state
 * @param studentName the student's name for school staff, null for the student
 */
public record ReceiptView(IssuedReceipt receipt, String state, Map<String, String> itemStates, String studentName) {
}
