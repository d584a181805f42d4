/**
 * Bounded PDF text extraction with PDFBox: pages, characters, wall time (a separate executor,
 * abandoned on timeout) and memory (a capped main-memory and scratch-file budget). A bad PDF
 * yields a reason, never an exception, so it is still archived and indexed by its metadata.
 */
package tw.portfolio.archive.index.pdf;
