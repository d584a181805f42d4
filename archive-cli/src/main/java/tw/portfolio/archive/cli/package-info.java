/**
 * The offline verifier, {@code archive-cli.jar}: checks evidence bundles, log growth between two
 * checkpoints, and an OCFL store, from files and the school's public key only. It runs
 * archive-core's own verification code; exit 0 means verified, 1 an integrity failure (named on
 * standard output), 2 a usage or input error (one line on standard error).
 */
package tw.portfolio.archive.cli;
