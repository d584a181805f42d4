/**
 * Deletion on request after sealing and disposition of school data (§6, issue 15): a request, two
 * approvals by two staff accounts of different roles, execution through the erasure engine on a
 * managed executor outside any container transaction, and the signed destruction certificate, which is
 * a leaf of the event log. Legal holds refuse both. Rules are in {@link
 * tw.portfolio.archive.retention.deletion.DeletionWorkflow}, SQL in {@link
 * tw.portfolio.archive.retention.deletion.DeletionRequestTable} and {@link
 * tw.portfolio.archive.retention.deletion.CertificateTable}.
 */
package tw.portfolio.archive.retention.deletion;
