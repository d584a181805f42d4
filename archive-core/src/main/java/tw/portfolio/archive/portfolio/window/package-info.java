/**
 * Windows (DOMAIN.md, national rules): the periods, set by ACADEMIC_ADMIN per academic year and
 * semester, inside which students upload and select, teachers certify and students confirm their
 * receipt statement. A window opens at {@code opensAt} (inclusive) and closes at
 * {@code closesAt} (exclusive); {@link tw.portfolio.archive.portfolio.window.WindowPolicy}
 * refuses an action outside it with the problem type {@code window-closed}.
 */
package tw.portfolio.archive.portfolio.window;
