/** Accounts, roles and the acting caller ({@link tw.portfolio.archive.account.Actor}). */
package tw.portfolio.archive.account;
