/**
 * Records the archive issues about its own work (receipt statements, BagIt submission packages,
 * signed fixity reports) kept as OCFL objects in the same storage root as the artifacts: durable
 * before anyone is told they exist, listed in {@code KEPT_OBJECT} so they are found by key, and
 * re-hashed by every fixity audit like any artifact.
 */
package tw.portfolio.archive.kept;
