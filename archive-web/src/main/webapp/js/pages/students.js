/**
 * Registration section: find students, register one (one-time password shown once), import a CSV
 * (UTF-8 or Big5, the row report when refused), export, and one student's record with its
 * enrollment changes, corrections, record edits (with a reason) and the identity-checked password
 * reset. Academic affairs and the teaching section only read.
 */
import { $, h, replace } from '../dom.js';
import { has, t, tEnum } from '../i18n.js';
import { api, ApiError, download, query } from '../api.js';
import { initPage } from '../nav.js';
import { dateTime } from '../format.js';
import { badge, busy, cells, clearFieldErrors, emptyRow, markField, message, pager, showError } from '../widgets.js';
import { isNationalId } from '../national-id.js';
import { showOneTimePassword } from '../one-time-password.js';

const SIZE = 20;
const FIELDS = ['nationalId', 'studentNumber', 'name', 'birthDate', 'className', 'grade', 'enrolledOn'];
const LEFT = ['TRANSFERRED_OUT', 'GRADUATED', 'COMPLETED', 'WITHDRAWN'];
const me = await initPage({ roles: ['REGISTRAR', 'ACADEMIC_ADMIN', 'ACADEMIC_SECTION'] });
const registrar = !!me && me.roles.includes('REGISTRAR');
let page = 0;
let current = null; // the student shown in the detail section

function statusBadge(status) {
  const kind = status === 'ENROLLED' ? 'ok' : LEFT.includes(status) ? 'neutral' : 'warn';
  return badge(tEnum('studentStatus', status), kind);
}

function fieldLabel(field) {
  return has(`student.${field}`) ? t(`student.${field}`) : field || '';
}

async function search(to = 0) {
  page = to;
  const params = { q: $('#q-input').value.trim(), status: $('#status-select').value, className: $('#class-input').value.trim() };
  try {
    const list = await api(`/students${query({ ...params, page, size: SIZE })}`);
    const items = list.items || [];
    replace($('#student-table tbody'), items.length ? items.map((s) => h('tr', { dataset: { studentId: s.id } },
      cells(s.className, s.studentNumber, s.name, String(s.grade ?? ''), statusBadge(s.status), s.completedOn || '—',
        h('button', { type: 'button', class: 'link open-student', text: t('students.open'), onclick: () => open(s.id) }))))
      : emptyRow(7, 'students.empty'));
    pager($('#student-pager'), { page, size: SIZE, total: list.total ?? items.length }, search);
    $('#list-error').hidden = true;
  } catch (e) {
    showError($('#list-error'), e);
  }
}

/** Opens a student: the record, the enrollment changes and, for the registrar, the forms. */
async function open(id, focus = true) {
  const section = $('#student-detail');
  try {
    const s = await api(`/students/${encodeURIComponent(id)}`);
    current = s;
    section.hidden = false;
    $('#detail-error').hidden = true;
    renderStudent(s);
    history.replaceState(null, '', `students.html${query({ student: s.id })}`);
    await Promise.all([loadChanges(), registrar ? loadRecordChanges() : null]);
    if (focus) $('#detail-heading').focus();
  } catch (e) {
    section.hidden = false;
    showError($('#detail-error'), e);
  }
}

function renderStudent(s) {
  $('#detail-heading').textContent = t('students.detail', { name: s.name, className: s.className, studentNumber: s.studentNumber });
  for (const f of FIELDS) $(`#detail-${f}`).textContent = s[f] ?? '';
  replace($('#detail-status'), statusBadge(s.status));
  $('#detail-completedOn').textContent = s.completedOn || t('students.notCompleted');
  if (registrar) {
    for (const f of FIELDS) $(`#edit-${f}`).value = s[f] ?? '';
    $('#reset-username').value = `s${String(s.studentNumber || '').toLowerCase()}`;
    $('#registrar-tools').hidden = false;
  }
}

async function loadChanges() {
  const changes = await api(`/students/${encodeURIComponent(current.id)}/enrollment-changes`) || [];
  replace($('#change-table tbody'), changes.length ? changes.map((c) => h('tr', { dataset: { changeId: c.id, type: c.type }, class: c.revoked ? 'revoked' : null },
    cells(c.revoked ? h('del', { text: c.effectiveDate }) : c.effectiveDate, tEnum('changeType', c.type), c.schoolCode || '—', c.reason || '',
      c.revoked ? badge(t('students.revoked'), 'bad') : tEnum('studentStatus', c.statusAfter), dateTime(c.recordedAt),
      registrar && !c.revoked ? h('button', { type: 'button', class: 'link', text: t('students.correctThis'), onclick: () => pickCorrection(c.id) }) : '')))
    : emptyRow(7, 'students.noChanges'));
  const standing = changes.filter((c) => !c.revoked);
  replace($('#correction-change'), h('option', { value: '', text: t('common.choose') }),
    standing.map((c) => h('option', { value: c.id, text: `${c.effectiveDate} ${tEnum('changeType', c.type)}` })));
}

async function loadRecordChanges() {
  const lines = await api(`/students/${encodeURIComponent(current.id)}/record-changes`) || [];
  replace($('#record-changes'), lines.length ? lines.map((l) => h('li', {},
    h('strong', { text: `${dateTime(l.at)} ${l.actor || ''}` }), ' ', l.outcome || '', h('br'), h('span', { class: 'hint', text: l.detail || '' })))
    : h('li', { text: t('common.empty') }));
}

function pickCorrection(changeId) {
  $('#correction-change').value = changeId;
  $('#correction-date').focus();
}

async function refreshStudent() {
  const s = await api(`/students/${encodeURIComponent(current.id)}`);
  current = s;
  renderStudent(s);
  await Promise.all([loadChanges(), loadRecordChanges()]);
  search(page);
}

function required(pairs) {
  let ok = true;
  for (const [control, value] of pairs) {
    if (value === '' || value === null || value === undefined) { markField(control, t('validation.required')); ok = false; }
  }
  return ok;
}

async function recordChange(event) {
  event.preventDefault();
  const form = $('#change-form');
  const status = $('#change-status');
  clearFieldErrors(form);
  const body = { type: $('#change-type').value, effectiveDate: $('#change-date').value, reason: $('#change-reason').value.trim() };
  const school = $('#change-school').value.trim();
  if (school) body.schoolCode = school;
  if (!required([[$('#change-type'), body.type], [$('#change-date'), body.effectiveDate], [$('#change-reason'), body.reason]])) return;
  try {
    const c = await busy($('#change-submit'), () => api(`/students/${encodeURIComponent(current.id)}/enrollment-changes`, { method: 'POST', json: body }));
    message(status, t('students.changeRecorded', { type: tEnum('changeType', c.type), date: c.effectiveDate, status: tEnum('studentStatus', c.statusAfter) }), 'success');
    form.reset();
    await refreshStudent();
  } catch (e) {
    showError(status, e, form);
  }
}

async function correctChange(event) {
  event.preventDefault();
  const form = $('#correction-form');
  const status = $('#correction-status');
  clearFieldErrors(form);
  const changeId = $('#correction-change').value;
  const revoke = $('#correction-revoke').checked;
  const date = $('#correction-date').value;
  const reason = $('#correction-reason').value.trim();
  if (!required([[$('#correction-change'), changeId], [$('#correction-reason'), reason]])) return;
  if (revoke === !!date) { markField($('#correction-date'), t('students.correctEither')); return; }
  if (revoke && !window.confirm(t('students.revokeConfirm'))) return;
  const body = revoke ? { revoked: true, reason } : { effectiveDate: date, reason };
  try {
    const c = await busy($('#correction-submit'), () => api(
      `/students/${encodeURIComponent(current.id)}/enrollment-changes/${encodeURIComponent(changeId)}/correction`, { method: 'POST', json: body }));
    message(status, c.revoked ? t('students.changeRevoked', { type: tEnum('changeType', c.type) })
      : t('students.changeRedated', { type: tEnum('changeType', c.type), date: c.effectiveDate }), 'success');
    form.reset();
    await refreshStudent();
  } catch (e) {
    showError(status, e, form);
  }
}

async function editStudent(event) {
  event.preventDefault();
  const form = $('#edit-form');
  const status = $('#edit-status');
  clearFieldErrors(form);
  const body = {};
  for (const f of FIELDS) {
    const value = $(`#edit-${f}`).value.trim();
    if (value !== String(current[f] ?? '')) body[f] = f === 'grade' && value ? Number(value) : value;
  }
  const reason = $('#edit-reason').value.trim();
  if (!Object.keys(body).length) { message(status, t('students.editNothing'), 'info'); return; }
  if (!required([[$('#edit-reason'), reason]])) return;
  if (body.nationalId && !isNationalId(body.nationalId.toUpperCase())) { markField($('#edit-nationalId'), t('students.badNationalId')); return; }
  try {
    await busy($('#edit-submit'), () => api(`/students/${encodeURIComponent(current.id)}`, { method: 'PATCH', json: { ...body, reason } }));
    message(status, t('students.edited', { fields: Object.keys(body).map(fieldLabel).join(t('common.listSeparator')) }), 'success');
    $('#edit-reason').value = '';
    await refreshStudent();
  } catch (e) {
    showError(status, e, form);
  }
}

async function resetPassword(event) {
  event.preventDefault();
  const form = $('#reset-form');
  const status = $('#reset-status');
  clearFieldErrors(form);
  const username = $('#reset-username').value.trim();
  const body = { nationalId: $('#reset-nationalId').value.trim().toUpperCase(), birthDate: $('#reset-birthDate').value };
  if (!required([[$('#reset-username'), username], [$('#reset-nationalId'), body.nationalId], [$('#reset-birthDate'), body.birthDate]])) return;
  try {
    const r = await busy($('#reset-submit'), () => api(`/accounts/${encodeURIComponent(username)}/password-reset`, { method: 'POST', json: body }));
    $('#reset-nationalId').value = '';
    $('#reset-birthDate').value = '';
    showOneTimePassword(status, r.username, r.oneTimePassword);
  } catch (e) {
    showError(status, e, form);
  }
}

async function createStudent(event) {
  event.preventDefault();
  const form = $('#create-form');
  const status = $('#create-status');
  clearFieldErrors(form);
  const body = {};
  for (const f of FIELDS) body[f] = $(`#new-${f}`).value.trim();
  body.nationalId = body.nationalId.toUpperCase();
  if (!required(FIELDS.map((f) => [$(`#new-${f}`), body[f]]))) return;
  if (!isNationalId(body.nationalId)) { markField($('#new-nationalId'), t('students.badNationalId')); return; }
  body.grade = Number(body.grade);
  try {
    const s = await busy($('#create-submit'), () => api('/students', { method: 'POST', json: body }));
    form.reset();
    showOneTimePassword(status, s.account?.username || '', s.account?.oneTimePassword || '');
    status.prepend(h('p', { text: t('students.created', { name: s.name, studentNumber: s.studentNumber }) }));
    search(page);
  } catch (e) {
    showError(status, e, form);
  }
}

/**
 * Uploads the chosen file's bytes as they are: the server detects UTF-8 (with or without a BOM) or
 * Big5, unless the clerk names the charset. Reading the file as text here would turn Big5 into mojibake.
 */
async function importCsv(event) {
  event.preventDefault();
  const form = $('#import-form');
  const status = $('#import-status');
  const table = $('#import-errors');
  clearFieldErrors(form);
  table.hidden = true;
  replace($('tbody', table));
  const file = $('#import-file').files[0];
  if (!file) { markField($('#import-file'), t('validation.required')); return; }
  const charset = $('#import-charset').value;
  const contentType = charset ? `text/csv; charset=${charset}` : 'text/csv';
  try {
    const r = await busy($('#import-submit'), () => api('/students/imports', { method: 'POST', body: file, headers: { 'Content-Type': contentType } }));
    message(status, t('students.imported', { rows: r.rows ?? 0, created: r.created ?? 0, unchanged: r.unchanged ?? 0 }), 'success');
    form.reset();
    search(0);
  } catch (e) {
    const rows = e instanceof ApiError ? e.errors.filter((x) => x.row !== undefined && x.row !== null) : [];
    if (rows.length) {
      message(status, t('students.importRefused', { n: new Set(rows.map((x) => x.row)).size, errors: rows.length }), 'error');
      status.append(h('p', { class: 'hint', text: e.message }));
      replace($('tbody', table), rows.map((x) => h('tr', { dataset: { row: String(x.row), field: x.field || '' } },
        h('th', { scope: 'row', text: String(x.row) }), cells(fieldLabel(x.field), x.message || ''))));
      table.hidden = false;
      status.focus();
    } else {
      showError(status, e, form);
    }
  }
}

async function exportCsv() {
  const status = $('#export-status');
  try {
    await busy($('#export-button'), () => download('/students/export', `students-${new Date().toISOString().slice(0, 10)}.csv`));
    message(status, t('students.exported'), 'success');
  } catch (e) {
    showError(status, e);
  }
}

if (me) {
  $('#create-section').hidden = !registrar;
  $('#import-section').hidden = !registrar;
  $('#search-form').addEventListener('submit', (e) => { e.preventDefault(); search(0); });
  if (registrar) {
    $('#create-form').addEventListener('submit', createStudent);
    $('#import-form').addEventListener('submit', importCsv);
    $('#export-button').addEventListener('click', exportCsv);
    $('#change-form').addEventListener('submit', recordChange);
    $('#correction-form').addEventListener('submit', correctChange);
    $('#edit-form').addEventListener('submit', editStudent);
    $('#reset-form').addEventListener('submit', resetPassword);
  }
  search(0);
  const wanted = new URLSearchParams(location.search).get('student');
  if (wanted) open(wanted, false);
}
