package tw.portfolio.archive.search;

import java.nio.file.Path;

/**
 * Pulls searchable text out of an archived file, within bounds (pages, characters, time, memory).
 * Never throws for a bad file: a malformed, encrypted or oversized file gives {@link
 * ExtractedText#notExtracted(String)}.
 */
public interface TextExtractor {

    /** Whether this extractor reads files of that media type ({@code application/pdf}). */
    boolean supports(String mediaType);

    /** Extracts the file's text or says why not. */
    ExtractedText extract(Path file);
}
