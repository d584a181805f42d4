/** What each role may do: one entry per home-page card and navigation link. */
export const FEATURES = [
  { id: 'files', href: 'files.html', roles: ['STUDENT', 'ALUMNUS'] },
  { id: 'courses', href: 'courses.html', roles: ['STUDENT'] },
  { id: 'outcomes', href: 'outcomes.html', roles: ['STUDENT'] },
  { id: 'diverse', href: 'diverse.html', roles: ['STUDENT'] },
  { id: 'selection', href: 'selection.html', roles: ['STUDENT'] },
  { id: 'receipts', href: 'receipts.html', roles: ['STUDENT', 'ALUMNUS'] },
  { id: 'queue', href: 'queue.html', roles: ['SUBJECT_TEACHER'] },
  { id: 'coursesAdmin', href: 'courses-admin.html', roles: ['ACADEMIC_SECTION'] },
  { id: 'windows', href: 'windows.html', roles: ['ACADEMIC_ADMIN'] },
  { id: 'paperReceipts', href: 'windows.html#paper-receipts', roles: ['REGISTRAR']},
  { id: 'students', href: 'students.html', roles: ['REGISTRAR', 'ACADEMIC_ADMIN', 'ACADEMIC_SECTION'] },
  { id: 'search', href: 'search.html', roles: ['REGISTRAR', 'ACADEMIC_ADMIN', 'AUDITOR'] },
  { id: 'audit', href: 'audit.html', roles: ['AUDITOR'] },
  { id: 'backup', href: null, roles: ['BACKUP_OPERATOR'] },
  { id: 'accounts', href: 'accounts.html', roles: ['SYSTEM_ADMIN'] },
  { id: 'retention', href: 'retention.html', roles: ['STUDENT', 'ALUMNUS'] },
  { id: 'retentionAdmin', href: 'retention-admin.html', roles: ['REGISTRAR', 'ACADEMIC_ADMIN', 'SYSTEM_ADMIN', 'AUDITOR'] },
];

export function featuresFor(roles = []) {
  return FEATURES.filter((f) => f.roles.some((r) => roles.includes(r)));
}
