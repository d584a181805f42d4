/** The offline verifier: checks evidence bundles, log consistency and an OCFL store with files only. */
package tw.portfolio.archive.cli;
