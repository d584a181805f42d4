// Every visible string comes from i18n/zh-TW.json and i18n/en.json: same keys, none empty, none missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dictionary, files, read, rel, usedKeys } from './webapp-files.mjs';
import { CATEGORIES } from '../../main/webapp/js/categories.js';
import { FEATURES } from '../../main/webapp/js/features.js';

const zh = dictionary('zh-TW');
const en = dictionary('en');

test('both languages have exactly the same keys', () => {
  const onlyZh = Object.keys(zh).filter((k) => !(k in en));
  const onlyEn = Object.keys(en).filter((k) => !(k in zh));
  assert.deepEqual({ onlyZh, onlyEn }, { onlyZh: [], onlyEn: [] });
});

test('no translation is empty', () => {
  const empty = Object.entries({ ...zh }).filter(([, v]) => !String(v).trim()).map(([k]) => `zh-TW ${k}`)
    .concat(Object.entries(en).filter(([, v]) => !String(v).trim()).map(([k]) => `en ${k}`));
  assert.deepEqual(empty, []);
});

test('every key named in the pages and scripts exists', () => {
  const missing = [...usedKeys()].filter(([key]) => !(key in zh)).map(([key, where]) => `${key} (${where})`);
  assert.deepEqual(missing, []);
});

test('placeholders agree between the languages', () => {
  const names = (s) => [...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const differ = Object.keys(zh).filter((k) => k in en && names(zh[k]).join() !== names(en[k]).join());
  assert.deepEqual(differ, []);
});

test('every diverse-performance category, feature card and role has a name', () => {
  const roles = ['STUDENT', 'SUBJECT_TEACHER', 'CONSULTATION_TEACHER', 'REGISTRAR', 'ACADEMIC_SECTION', 'STUDENT_LIFE',
    'ACTIVITIES', 'ACADEMIC_ADMIN', 'AUDITOR', 'BACKUP_OPERATOR', 'SYSTEM_ADMIN'];
  const needed = [
    ...CATEGORIES.map((c) => `enum.category.${c}`),
    ...FEATURES.flatMap((f) => [`feature.${f.id}.title`, `feature.${f.id}.description`]),
    ...roles.map((r) => `enum.role.${r}`),
  ];
  assert.deepEqual(needed.filter((k) => !(k in zh)), []);
});

test('the Chinese file is really Traditional Chinese where it matters', () => {
  assert.match(zh['app.name'], /學習歷程/);
  assert.equal(zh['enum.category.CADRE_EXPERIENCE'], '幹部經歷');
  assert.equal(zh['enum.category.WORKPLACE_LEARNING'], '職場學習');
});

test('every html page is covered by the dictionary title', () => {
  for (const file of files('.html')) {
    const m = /<meta name="i18n-title" content="([^"]+)">/.exec(read(file));
    assert.ok(m, `${rel(file)} names its title`);
    assert.ok(m[1] in zh, `${rel(file)} title key ${m[1]}`);
  }
});

test('every key-like string literal in the scripts exists, wherever it is used', () => {
  const namespaces = new Set(Object.keys(zh).map((k) => k.split('.')[0]));
  const missing = [];
  for (const file of files('.js')) {
    for (const m of read(file).matchAll(/'([a-z][A-Za-z]*(?:\.[A-Za-z0-9_-]+)+)'/g)) {
      if (namespaces.has(m[1].split('.')[0]) && !/\.(html|js|json|css)$/.test(m[1]) && !(m[1] in zh)) missing.push(`${m[1]} (${rel(file)})`);
    }
  }
  assert.deepEqual(missing, []);
});

test('the dynamic keys built in code have translations', () => {
  const dynamic = [
    'feature.home.title', 'lang.switchTo.en', 'lang.switchTo.zh-TW', 'receipts.confirm.CONFIRMED', 'receipts.confirm.DISPUTED',
    'queue.CERTIFIED', 'queue.REJECTED', 'queue.done.CERTIFIED', 'queue.done.REJECTED',
    'files.check.none', 'files.check.type', 'files.check.empty', 'files.check.tooLarge',
    'selection.why.PENDING_CERTIFICATION',
  ];
  assert.deepEqual(dynamic.filter((k) => !(k in zh)), []);
});
