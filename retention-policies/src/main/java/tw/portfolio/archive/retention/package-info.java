/**
 * Retention: sealing five years after a student completes senior high (§5, §6), legal holds,
 * deletion requests after sealing, disposition and destruction certificates. Each rule is a
 * domain object named for it ({@link tw.portfolio.archive.retention.SealingPolicy}).
 */
package tw.portfolio.archive.retention;
