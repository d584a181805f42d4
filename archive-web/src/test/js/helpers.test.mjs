// Pure helpers of the UI, run in Node without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charCount, currentTerm, fromTaipeiInput, toTaipeiInput } from '../../main/webapp/js/format.js';
import { filenameOf, query } from '../../main/webapp/js/api.js';
import { decodeEntities } from '../../main/webapp/js/dom.js';
import { isNationalId, parseIds } from '../../main/webapp/js/national-id.js';

test('a Taipei wall-clock time becomes the UTC instant eight hours earlier, and back', () => {
  assert.equal(fromTaipeiInput('2026-08-01T08:00'), '2026-08-01T00:00:00Z');
  assert.equal(toTaipeiInput('2026-08-01T00:00:00Z'), '2026-08-01T08:00');
  assert.equal(fromTaipeiInput(''), null);
});

test('the academic year starts on 1 August in Taipei time (2026-08-01 starts year 115)', () => {
  assert.deepEqual(currentTerm(new Date('2026-07-31T15:59:59Z')), { academicYear: 114, semester: 2 });
  assert.deepEqual(currentTerm(new Date('2026-07-31T16:00:00Z')), { academicYear: 115, semester: 1 });
  assert.deepEqual(currentTerm(new Date('2027-01-31T15:00:00Z')), { academicYear: 115, semester: 1 });
  assert.deepEqual(currentTerm(new Date('2027-02-01T00:00:00Z')), { academicYear: 115, semester: 2 });
});

test('a Chinese character counts once toward the 100-character description limit', () => {
  assert.equal(charCount('自由落體'), 4);
  assert.equal(charCount('𠮷a'), 2);
});

test('the RFC 6266 filename* wins over the plain filename, so Chinese names survive', () => {
  assert.equal(filenameOf(`attachment; filename="report.pdf"; filename*=UTF-8''%E5%A0%B1%E5%91%8A.pdf`, 'x'), '報告.pdf');
  assert.equal(filenameOf('attachment; filename="report.pdf"', 'x'), 'report.pdf');
  assert.equal(filenameOf(null, 'fallback.json'), 'fallback.json');
});

test('query strings skip empty values and repeat names for lists', () => {
  assert.equal(query({ q: '物理', academicYear: ['114', '115'], state: '', page: 0 }), '?q=%E7%89%A9%E7%90%86&academicYear=114&academicYear=115&page=0');
  assert.equal(query({}), '');
});

test('snippet entities decode to text, never to markup', () => {
  assert.equal(decodeEntities('&lt;script&gt;x&lt;/script&gt; &amp;amp; &#39;a&#x27;'), "<script>x</script> &amp; 'a'");
  assert.equal(decodeEntities('&bogus; &#0;'), '&bogus; &#0;');
});

test('national IDs are checked by format and checksum before they reach the server', () => {
  assert.equal(isNationalId('A123456789'), true);
  assert.equal(isNationalId('A123456788'), false);
  assert.equal(isNationalId('a123456789'), false);
  assert.deepEqual(parseIds('a123456789,\nB2 a123456789'), ['A123456789', 'B2']);
});
