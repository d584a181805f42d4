/** Formatting of times, sizes and the Minguo academic calendar. */
import { lang, t } from './i18n.js';

const TAIPEI_OFFSET_MS = 8 * 3600 * 1000; // Asia/Taipei has no daylight saving time

export function dateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return new Intl.DateTimeFormat(lang(), {
    timeZone: 'Asia/Taipei', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(d);
}

/** A UTC instant as the value of an <input type="datetime-local"> in Taipei time. */
export function toTaipeiInput(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Date(d.getTime() + TAIPEI_OFFSET_MS).toISOString().slice(0, 16);
}

/** The value of a datetime-local input, read as Taipei time, as RFC 3339 UTC. */
export function fromTaipeiInput(value) {
  if (!value) return null;
  const d = new Date(`${value.length === 16 ? `${value}:00` : value}+08:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().replace(/\.000Z$/, 'Z');
}

export function bytes(n) {
  if (n === undefined || n === null) return '';
  if (n < 1024) return t('unit.bytes', { n });
  if (n < 1024 * 1024) return t('unit.kib', { n: (n / 1024).toFixed(1) });
  return t('unit.mib', { n: (n / 1024 / 1024).toFixed(1) });
}

/** Today's academic year (學年度, Minguo, starting 1 August) and semester in Taipei. */
export function currentTerm(now = new Date()) {
  const taipei = new Date(now.getTime() + TAIPEI_OFFSET_MS);
  const year = taipei.getUTCFullYear();
  const month = taipei.getUTCMonth() + 1;
  return {
    academicYear: month >= 8 ? year - 1911 : year - 1912,
    semester: month >= 8 || month === 1 ? 1 : 2,
  };
}

export function shortHash(hex, n = 12) {
  return hex ? `${hex.slice(0, n)}…` : '';
}

/** Code points, not UTF-16 units, so one Chinese character counts once. */
export function charCount(s) {
  return Array.from(s || '').length;
}

/** Teachers as sent by the server: usernames or {username, name} objects. */
export function teacherNames(teachers) {
  return (teachers || []).map((x) => (typeof x === 'string' ? x : x.name || x.username)).join(t('common.listSeparator'));
}

/** A student as a clerk knows one: name, class and student number; the opaque id only when no name was sent. */
export function studentLabel(x) {
  if (!x) return '';
  if (!x.studentName) return x.studentId || '';
  return t('common.studentValue', { name: x.studentName, className: x.className || '—', studentNumber: x.studentNumber || '—' });
}
