package tw.portfolio.archive.web.portfolio;

import tw.portfolio.archive.receipt.ReceiptRequest;
import tw.portfolio.archive.receipt.SignedReceipt;

/**
 * A receipt as issued and kept: its id, the request it states (files without content, display
 * name left out: it is looked up when a PDF is printed) and the signed statement.
 *
 * @param id opaque receipt id
 * @param request what the statement lists
 * @param signed the statement and the school's signature over it
 */
public record IssuedReceipt(String id, ReceiptRequest request, SignedReceipt signed) {
}
