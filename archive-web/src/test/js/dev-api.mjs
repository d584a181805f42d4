// Canned answers in the shapes the UI expects from /api/v1 (see dev-server.mjs). Test scope only.
const ROLES = {
  student1: ['STUDENT'], student2: ['STUDENT'], teacher1: ['SUBJECT_TEACHER'], teacher2: ['SUBJECT_TEACHER'],
  registrar1: ['REGISTRAR'], auditor1: ['AUDITOR'], backup1: ['BACKUP_OPERATOR'], admin1: ['ACADEMIC_ADMIN', 'ACADEMIC_SECTION', 'SYSTEM_ADMIN'],
};
const T = '2026-09-14T02:30:00Z';
const sig = { keyId: 'ab12'.repeat(16), algorithm: 'Ed25519', statement: 'c3RhdGVtZW50', value: 'c2ln' };
const artifacts = [
  { id: 'a-1', studentId: 'S1', filename: '物理實驗報告.pdf', title: '自由落體實驗', mediaType: 'application/pdf', size: 183422, sha256: '9f'.repeat(32), createdAt: T, signature: sig },
  { id: 'a-2', studentId: 'S1', filename: 'poster.png', title: null, mediaType: 'image/png', size: 70, sha256: '3c'.repeat(32), createdAt: T, signature: sig },
];
const courses = [
  { id: 'c-1', code: 'PHY101', name: '物理', subject: '自然', type: 'NATIONAL_REQUIRED', credits: 2, teachers: ['teacher1'] },
  { id: 'c-2', code: 'ART201', name: '創意設計', subject: '藝術', type: 'ELECTIVE', credits: 2, teachers: [{ username: 'teacher2', name: '林老師' }] },
];
const outcomes = [
  { id: 'o-1', courseId: 'c-1', courseName: '物理', description: '自由落體實驗報告', artifactIds: ['a-1'], state: 'CERTIFIED', certification: { decision: 'CERTIFIED', reason: '', certifiedBy: 'teacher2', onBehalfOf: 'teacher1', at: T } },
  { id: 'o-2', courseId: 'c-2', courseName: '創意設計', description: '海報設計', artifactIds: ['a-2'], state: 'REJECTED', certification: { decision: 'REJECTED', reason: '檔案與課程無關', certifiedBy: 'teacher2', at: T } },
  { id: 'o-3', courseId: 'c-1', courseName: '物理', description: '期末專題', artifactIds: ['a-1'], state: 'PENDING_CERTIFICATION', certification: null },
];
const diverse = [{ id: 'd-1', academicYear: 115, category: 'SERVICE_LEARNING', name: '社區圖書館志工', content: '整理書架', award: '', hours: 12, startDate: '2026-09-01', endDate: '2026-10-01', artifactIds: ['a-2'], state: 'RECORDED' }];
const receipt = { id: 'r-1', studentId: 'S1', studentName: '王小明', academicYear: 114, issuedAt: T, state: 'UNCONFIRMED', items: [{ type: 'COURSE_OUTCOME', title: '自由落體實驗報告', files: [{ filename: '物理實驗報告.pdf', sha256: '9f'.repeat(32) }] }] };
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAEhgGAWjR9awAAAABJRU5ErkJggg==';
const page = (items) => ({ items, page: 0, size: 50, total: items.length });

const GET = [
  [/^\/info$/, () => ({ demo: true, schoolName: '示範女子高級中學', version: '0.1.0-dev' })],
  [/^\/me$/, (u) => ({ username: u, roles: ROLES[u] || [], studentId: u.startsWith('student') ? 'S1' : null, passwordChangeRequired: false })],
  [/^\/settings\/limits$/, () => ({ outcomeSelectionPerYear: 6, diverseSelectionPerYear: 10, diverseUploadsPerYear: 30, outcomeDescriptionMaxChars: 100 })],
  [/^\/students\/[^/]+\/artifacts$/, () => page(artifacts)],
  [/^\/students\/[^/]+\/courses$/, () => page(courses)],
  [/^\/students\/[^/]+\/course-outcomes$/, () => page(outcomes)],
  [/^\/students\/[^/]+\/diverse-performances$/, () => page(diverse)],
  [/^\/students\/[^/]+\/selections\/\d+$/, () => ({ courseOutcomeIds: ['o-1'], diversePerformanceIds: [] })],
  [/^\/students\/[^/]+\/receipts$/, () => page([receipt])],
  [/^\/teachers\/[^/]+\/certification-queue$/, () => page([{ id: 'o-3', studentId: 'S1', studentName: '王小明', courseId: 'c-1', courseName: '物理', description: '期末專題', artifactIds: ['a-1', 'a-2'], createdAt: T, onBehalfOf: 'teacher1' }])],
  [/^\/courses$/, () => page(courses)],
  [/^\/windows$/, () => page([{ id: 'w-1', kind: 'OUTCOME_UPLOAD', academicYear: 115, semester: 1, opensAt: '2026-09-01T00:00:00Z', closesAt: '2027-02-05T15:59:00Z' }])],
  [/^\/receipts$/, () => page([receipt])],
  [/^\/artifacts\/[^/]+\/verification$/, () => ({ artifactId: 'a-1', checks: [
    { name: 'digest', ok: true, reason: 'sha256 matches the signed statement' }, { name: 'signature', ok: true, reason: 'Ed25519 signature valid for key ab12…' },
    { name: 'inclusion', ok: false, reason: 'leaf 12 not included in tree of size 40: root mismatch' }, { name: 'checkpoint', ok: true, reason: 'note signature valid' }] })],
  [/^\/audits\/fixity$/, () => page([{ id: 'f-1', state: 'COMPLETED', progress: 1, checked: 2, failures: [{ artifactId: 'a-2', path: 'obj/v1/content/poster.png', expected: '3c'.repeat(32), actual: null }], startedAt: T, finishedAt: T }])],
  [/^\/audits\/fixity\/[^/]+$/, () => ({ id: 'f-2', state: 'RUNNING', progress: 0.4, checked: 1, failures: [], startedAt: T, finishedAt: null })],
  [/^\/log\/entries$/, () => page([{ leafIndex: 0, type: 'INGESTION', objectId: 'a-1', actorRole: 'STUDENT', outcome: 'SUCCESS', occurredAt: T, leafData: 'AAECAw==' },
    { leafIndex: 1, type: 'FIXITY_CHECK', objectId: 'a-2', actorRole: 'AUDITOR', outcome: 'FAILURE', occurredAt: T, leafData: 'BAUGBw==' }])],
  [/^\/keys$/, () => [{ keyId: sig.keyId, algorithm: 'Ed25519', publicKeyPem: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n', status: 'ACTIVE', createdAt: T }]],
  [/^\/artifacts\/[^/]+$/, (u, id) => artifacts.find((a) => a.id === id.split('/').pop()) || artifacts[0]],
  [/^\/course-outcomes\/[^/]+$/, () => ({ ...outcomes[0], studentId: 'S1' })],
];

function send(res, status, body, type = 'application/json') {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

const problem = (res, status, detail, errors) => send(res, status, { type: 'about:blank', title: detail, status, detail, errors }, 'application/problem+json');

export function route(req, res, url) {
  const path = url.pathname.slice('/api/v1'.length);
  const user = (req.headers.authorization || '').replace(/^Bearer dev-/, '');
  if (path === '/info') return send(res, 200, GET[0][1]());
  if (path === '/auth/token' && req.method === 'POST') {
    let body = '';
    req.on('data', (c) => { body += c; });
    return req.on('end', () => {
      const { username, password } = JSON.parse(body || '{}');
      if (ROLES[username] && password === 'demo-password') return send(res, 200, { access_token: `dev-${username}`, token_type: 'Bearer', expires_in: 3600 });
      return problem(res, 401, 'bad credentials');
    });
  }
  if (!ROLES[user]) return problem(res, 401, 'login needed');
  if (path === '/log/checkpoint') return send(res, 200, 'portfolio.example/log\n40\nq1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c=\n\n— portfolio.example/log AbCdEf==\n', 'text/plain');
  if (/^\/artifacts\/[^/]+\/content$/.test(path)) {
    res.setHeader('Content-Disposition', `attachment; filename="poster.png"; filename*=UTF-8''${encodeURIComponent('海報.png')}`);
    res.setHeader('Content-Type', 'image/png');
    return res.end(Buffer.from(PNG, 'base64'));
  }
  if (/^\/artifacts\/[^/]+\/evidence$/.test(path)) return send(res, 200, { artifactId: 'a-1', sha256: '9f'.repeat(32), leafIndex: 0 });
  if (path === '/search') {
    const q = url.searchParams.get('q');
    if (q === 'AND') return problem(res, 400, '查詢語法錯誤：AND 前後都需要字詞');
    return send(res, 200, { total: 2, hits: [
      { id: 'a-1', type: 'ARTIFACT', studentId: 'S1', title: '自由落體實驗', score: 3.2, snippets: [`…以<mark>${q}</mark>量測 &lt;script&gt;alert(1)&lt;/script&gt; 重力加速度…`] },
      { id: 'o-1', type: 'COURSE_OUTCOME', studentId: 'S1', title: '物理：自由落體實驗報告', score: 2.1, snippets: ['<mark>物理</mark>課程學習成果'] }],
    facets: { academicYear: { 115: 2, 114: 1 }, type: { ARTIFACT: 1, COURSE_OUTCOME: 1 }, state: { CERTIFIED: 1 } } });
  }
  if (req.method === 'GET') {
    for (const [pattern, answer] of GET) if (pattern.test(path)) return send(res, 200, answer(user, path));
  }
  if (req.method !== 'GET') return problem(res, 422, '目前不在上傳期間（dev server 不儲存任何資料）', [{ field: 'description', message: '示範錯誤訊息' }]);
  return problem(res, 404, 'not found');
}
