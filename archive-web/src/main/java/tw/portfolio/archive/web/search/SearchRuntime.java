package tw.portfolio.archive.web.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.portfolio.archive.index.LuceneSearchIndex;
import tw.portfolio.archive.index.outbox.JdbcIndexOutbox;
import tw.portfolio.archive.index.outbox.OutboxIndexer;
import tw.portfolio.archive.index.pdf.ExtractionLimits;
import tw.portfolio.archive.index.pdf.PdfTextExtractor;
import tw.portfolio.archive.runtime.DataDirectory;
import tw.portfolio.archive.search.SearchIndex;
import tw.portfolio.archive.search.TextExtractor;

/** The search index, PDF extractor and outbox indexer, built from settings under the data directory. */
@ApplicationScoped
public class SearchRuntime {
    @Resource(lookup = "java:app/jdbc/archive")
    DataSource dataSource;
    @Inject
    @ConfigProperty(name = "archive.search.refreshMillis", defaultValue = "250")
    long refreshMillis;
    @Inject
    @ConfigProperty(name = "archive.search.pdfMaxPages", defaultValue = "500")
    int pdfMaxPages;
    @Inject
    @ConfigProperty(name = "archive.search.pdfMaxChars", defaultValue = "200000")
    int pdfMaxChars;
    @Inject
    @ConfigProperty(name = "archive.search.pdfTimeoutSeconds", defaultValue = "20")
    int pdfTimeoutSeconds;

    /** Threads one search may use over the index's segments; 0 (the default): one per processor. */
    @Inject
    @ConfigProperty(name = "archive.search.threads", defaultValue = "0")
    int searchThreads;

    @Produces
    @Singleton
    SearchIndex searchIndex(DataDirectory dir, Clock clock) {
        if (searchThreads < 0) {
            throw new IllegalStateException("archive.search.threads must be 0 (one per processor) or more, not " + searchThreads);
        }
        Duration refresh = Duration.ofMillis(refreshMillis);
        return searchThreads == 0 ? new LuceneSearchIndex(dir.dir("index"), clock, refresh)
                : new LuceneSearchIndex(dir.dir("index"), clock, refresh, searchThreads);
    }

    void closeIndex(@Disposes SearchIndex index) throws Exception {
        index.close();
    }

    @Produces
    @Singleton
    TextExtractor textExtractor(DataDirectory dir) {
        ExtractionLimits limits = ExtractionLimits.defaults().withMaxPages(pdfMaxPages).withMaxChars(pdfMaxChars)
                .withTimeout(Duration.ofSeconds(pdfTimeoutSeconds));
        return new PdfTextExtractor(dir.dir("cache").resolve("pdf"), limits);
    }

    void closeExtractor(@Disposes TextExtractor extractor) {
        if (extractor instanceof PdfTextExtractor p) {
            p.close();
        }
    }

    @Produces
    @Singleton
    OutboxIndexer outboxIndexer(SearchIndex index, ArchiveDocuments documents, Clock clock) {
        return new OutboxIndexer(new JdbcIndexOutbox(dataSource, clock), index, documents);
    }
}
