/**
 * The archive's exception families: one unchecked root, {@link tw.portfolio.archive.error.ArchiveException},
 * and one subclass per kind of answer (invalid input, not found, conflict, forbidden, rule or
 * retention violation, integrity violation). The web layer maps each family to one RFC 9457
 * problem type.
 */
package tw.portfolio.archive.error;
