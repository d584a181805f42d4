/**
 * Receipts a leaver holds outside the archive: the signed receipt statement (收訖明細) and the PDF
 * the school handed out, bound together by the school's seal on the PDF ({@link
 * tw.portfolio.archive.integrity.receipt.ReceiptSeal}) and checked offline by {@link
 * tw.portfolio.archive.integrity.receipt.ReceiptVerifier}.
 */
package tw.portfolio.archive.integrity.receipt;
