/** Setting names and defaults, read through MicroProfile Config. */
package tw.portfolio.archive.config;
