/** Small JSON helpers for documents the core itself writes. */
package tw.portfolio.archive.json;
