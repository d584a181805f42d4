/** Pieces shared by the retention pages. */

/** Whether an ApiError is the RFC 9457 problem whose type ends in `slug` (e.g. 'open-request'). */
export function problemIs(error, slug) {
  return String(error?.problem?.type || '').endsWith(`/${slug}`);
}
