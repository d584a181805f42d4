/**
 * Artifact storage: the {@link tw.portfolio.archive.storage.ArtifactStore} port and its OCFL file
 * system implementation. Writes are fsynced before they are acknowledged.
 */
package tw.portfolio.archive.storage;
