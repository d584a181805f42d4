/**
 * Paging of lists: {@link tw.portfolio.archive.paging.PageRequest}, the one checked value every
 * list takes from {@code ?page=&size=}, so that no list multiplies unchecked numbers.
 */
package tw.portfolio.archive.paging;
