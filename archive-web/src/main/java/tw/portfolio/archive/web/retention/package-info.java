/**
 * Retention through the API (issue 15): the policies, sealing sweeps and their daily schedule, the
 * forecast, a student's retention standing and legal holds. The rules live in retention-policies.
 */
package tw.portfolio.archive.web.retention;
