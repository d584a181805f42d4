package tw.portfolio.archive.kept;

/** What a kept object is; each kind has its own OCFL object id prefix. */
public enum KeptKind {
    /** A signed receipt statement (收訖明細): {@code receipt.json}, {@code request.json}, and its PDFs once printed. */
    RECEIPT("receipt-"),
    /** The BagIt bag of a student's submission that a receipt acknowledges. */
    SUBMISSION_PACKAGE("package-"),
    /** The PDF report of a finished fixity audit, as signed and handed to the auditor. */
    AUDIT_REPORT("audit-report-");

    private final String prefix;

    KeptKind(String prefix) {
        this.prefix = prefix;
    }

    /** The OCFL object id of this kind's record {@code recordId}. */
    public String objectId(String recordId) {
        return prefix + recordId;
    }
}
