package tw.portfolio.archive.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import tw.portfolio.archive.search.SearchIndex;

/** Exposes the index lag (commit to searchable), document count and indexing failures at /metrics. */
@ApplicationScoped
public class SearchMetrics {
    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;
    @Inject
    SearchIndex index;
    @Inject
    IndexerJob indexer;

    public void register() {
        registry.gauge(Metadata.builder().withName("archive_search_index_lag_seconds")
                .withDescription("Time from an index request to the document being searchable, last measured")
                .withUnit(MetricUnits.SECONDS).build(),
                () -> index.lastIndexLag().map(d -> d.toMillis() / 1000.0).orElse(0.0));
        registry.gauge(Metadata.builder().withName("archive_search_documents")
                .withDescription("Documents in the search index").build(), index::documentCount);
        registry.gauge(Metadata.builder().withName("archive_search_index_failures")
                .withDescription("Index requests that failed since start").build(), indexer::failures);
    }
}
