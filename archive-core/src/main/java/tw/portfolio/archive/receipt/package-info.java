/**
 * Submission packages and receipt statements (收訖明細): what the archive received from a student
 * for one academic year, packaged, signed, printed and mailed.
 *
 * <h2>Inputs</h2>
 * {@link tw.portfolio.archive.receipt.ReceiptRequest} (school, student id, the student's display
 * name for the PDF and e-mail only, academic year, issue time) holds
 * {@link tw.portfolio.archive.receipt.SubmittedItem}s ({@link tw.portfolio.archive.receipt.ItemKind}
 * {@code COURSE_OUTCOME} or {@code DIVERSE_PERFORMANCE}), each with
 * {@link tw.portfolio.archive.receipt.SubmittedFile}s (name, media type, size, SHA-256, and a
 * {@link tw.portfolio.archive.receipt.FileContent} to read the bytes). This package does not know
 * the portfolio domain; the caller maps its submitted items into these records.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * ReceiptStatement statement = ReceiptStatement.of(request);          // canonical JSON bytes
 * SignedReceipt receipt = SignedReceipt.sign(statement, signer);     // school Ed25519 key, via the port
 * Path bag = new SubmissionPackager().pack(request, submissionsDir); // BagIt, SHA-256
 * byte[] pdf = new ReceiptPdf(settings).render(request, receipt, ReceiptPdf.Variant.STATEMENT);
 * byte[] letter = new ReceiptPdf(settings).render(request, receipt, ReceiptPdf.Variant.LETTER);
 * new ReceiptMailer(session, settings).send(request, receipt, pdf, "student@example.org");
 * }</pre>
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li>{@link tw.portfolio.archive.receipt.ReceiptStatement#canonicalBytes()} are the same for the
 *       same request whatever the order of its items (items sorted by kind then id; JSON members
 *       sorted; no whitespace; UTF-8). The statement names each file's path in the bag.</li>
 *   <li>{@link tw.portfolio.archive.receipt.SubmissionPackager} never uses a submitted filename or
 *       item id as a path: names are reduced to one safe segment and made unique per folder. It
 *       checks every file's bytes against its declared size and SHA-256 while copying and moves
 *       the bag into place only when complete.</li>
 *   <li>{@link tw.portfolio.archive.receipt.ReceiptPdf} embeds a subset of Noto Sans TC (SIL OFL
 *       1.1) read from the classpath, so it renders on machines without CJK fonts.</li>
 *   <li>The student's display name never appears in the statement JSON, the bag, a log line or a
 *       {@code toString()}.</li>
 * </ul>
 *
 * <h2>What the integrator wires</h2>
 * A {@link tw.portfolio.archive.receipt.ReceiptSigner} over the school key; a Jakarta Mail
 * {@code Session} (from {@code archive.mail.*} through
 * {@link tw.portfolio.archive.receipt.MailSessions#fromConfig}); and
 * {@link tw.portfolio.archive.receipt.ReceiptSettings#from} over MicroProfile Config
 * ({@code archive.receipt.*}).
 */
package tw.portfolio.archive.receipt;
