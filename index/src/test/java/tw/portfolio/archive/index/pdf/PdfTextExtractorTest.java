package tw.portfolio.archive.index.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.portfolio.archive.index.LuceneSearchIndex;
import tw.portfolio.archive.search.Caller;
import tw.portfolio.archive.search.DocumentType;
import tw.portfolio.archive.search.ExtractedText;
import tw.portfolio.archive.search.SearchDocument;
import tw.portfolio.archive.search.SearchQuery;

/** Extraction within bounds: one fixture per failure mode, each named for what it is. */
class PdfTextExtractorTest {
    @TempDir
    Path work;
    PdfTextExtractor extractor;

    @BeforeEach
    void open() {
        extractor = new PdfTextExtractor(work, ExtractionLimits.defaults());
    }

    @AfterEach
    void close() {
        extractor.close();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(PdfTextExtractorTest.class.getResource("/pdf/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void latinTextIsExtracted() {
        ExtractedText text = extractor.extract(fixture("hello-en.pdf"));
        assertEquals(PdfFixtureGenerator.LATIN_TEXT, text.text().orElseThrow());
    }

    @Test
    void traditionalChineseTextIsExtractedFromAnEmbeddedFont() {
        assertEquals(PdfFixtureGenerator.CHINESE_TEXT, extractor.extract(fixture("hello-zh.pdf")).text().orElseThrow());
    }

    @Test
    void anEncryptedPdfIsMarkedEncrypted() {
        assertEquals("text not extracted: encrypted", extractor.extract(fixture("encrypted.pdf")).note().orElseThrow());
    }

    @Test
    void aTruncatedPdfIsMarkedMalformed() {
        ExtractedText text = extractor.extract(fixture("truncated.pdf"));
        assertFalse(text.extracted());
        assertTrue(text.note().orElseThrow().startsWith("text not extracted: malformed: "), text.toString());
    }

    @Test
    void aPdfWithTooManyPagesIsNotExtracted() {
        assertEquals("text not extracted: too many pages: 600 (at most 500)",
                extractor.extract(fixture("bomb-many-pages.pdf")).note().orElseThrow());
    }

    @Test
    void aPdfWithMoreTextThanTheCharacterBoundIsNotExtracted() {
        try (PdfTextExtractor small = new PdfTextExtractor(work, ExtractionLimits.defaults().withMaxChars(10))) {
            assertEquals("too much text: more than 10 characters",
                    small.extract(fixture("hello-en.pdf")).reason().orElseThrow());
        }
    }

    @Test
    void anExtractionPastItsDeadlineIsAbandonedAsTimedOut() {
        try (PdfTextExtractor hasty = new PdfTextExtractor(work, ExtractionLimits.defaults().withTimeout(Duration.ofNanos(1)))) {
            assertEquals("timed out", hasty.extract(fixture("hello-en.pdf")).reason().orElseThrow());
        }
    }

    @Test
    void aMissingFileIsAReasonNotAnException() {
        assertTrue(extractor.extract(work.resolve("absent.pdf")).reason().orElseThrow().startsWith("malformed: "));
    }

    @Test
    void pdfboxFontCacheIsPointedIntoTheWorkDirectoryNotTheHomeDirectory() {
        String cache = System.getProperty(PdfTextExtractor.FONT_CACHE_PROPERTY);
        assertFalse(cache.startsWith(System.getProperty("user.home")), cache);
        assertTrue(cache.endsWith("fontcache"), cache);
    }

    @Test
    void extractedTextIsSearchableAndAFailedExtractionStillIndexesTheMetadata() {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(work.resolve("index"))) {
            index.index(SearchDocument.builder("f-1", DocumentType.ARTIFACT).filename("hello.pdf")
                    .extracted(extractor.extract(fixture("hello-en.pdf"))).build());
            index.index(SearchDocument.builder("f-2", DocumentType.ARTIFACT).filename("locked-report.pdf")
                    .extracted(extractor.extract(fixture("encrypted.pdf"))).build());
            index.refresh();
            assertEquals("f-1", index.search(SearchQuery.of("volunteering portfolios"), Caller.registrar("r")).hits().get(0).id());
            assertEquals("f-2", index.search(SearchQuery.of("locked"), Caller.registrar("r")).hits().get(0).id());
        }
    }
}
