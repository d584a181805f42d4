/**
 * The portfolio's REST resources under {@code /api/v1} (issue 4): thin — parse, call one
 * application service of {@code tw.portfolio.archive.web.portfolio}, map to JSON records. Request
 * bodies are the {@code *Request} records of {@link tw.portfolio.archive.web.portfolio.api.Requests};
 * answers are domain view records or the JSON records of
 * {@link tw.portfolio.archive.web.portfolio.api.PortfolioJson}, never entities.
 */
package tw.portfolio.archive.web.portfolio.api;
