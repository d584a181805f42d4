/** Runtime wiring from settings: the data directory, storage, clock and policies as CDI beans. */
package tw.portfolio.archive.runtime;
