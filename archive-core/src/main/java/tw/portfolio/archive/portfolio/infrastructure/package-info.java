/**
 * JPA implementations of the portfolio's repositories (each takes the caller's
 * {@link jakarta.persistence.EntityManager} and joins its transaction) and
 * {@link tw.portfolio.archive.portfolio.infrastructure.PortfolioServices}, which wires the
 * application services for one EntityManager. Tables are created by Flyway
 * ({@code db/migration/V3__portfolio.sql}).
 */
package tw.portfolio.archive.portfolio.infrastructure;
