/** The archive's events (PREMIS-named) and the port through which every state change is logged. */
package tw.portfolio.archive.event;
