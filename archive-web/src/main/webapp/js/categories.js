/** Diverse-performance categories (national list, DOMAIN.md), in display order. */
export const CATEGORIES = [
  'CADRE', 'COMPETITION', 'CERTIFICATE', 'SERVICE_LEARNING', 'FLEXIBLE_LEARNING',
  'GROUP_ACTIVITY', 'WORKPLACE_LEARNING', 'WORK_RESULT', 'ADVANCED_COURSE', 'OTHER',
];
