/** Teaching section: course list, new course, enrolments and CSV import. */
import { $, h, replace } from '../dom.js';
import { t, tEnum } from '../i18n.js';
import { api, ApiError, query } from '../api.js';
import { initPage } from '../nav.js';
import { teacherNames } from '../format.js';
import { busy, cells, clearFieldErrors, defaultTerm, emptyRow, markField, message, pager, showError } from '../widgets.js';
import { isNationalId, parseIds } from '../national-id.js';

const me = await initPage({ roles: ['ACADEMIC_SECTION'] });

async function load(page = 0) {
  const academicYear = $('#year-input').value;
  const semester = $('#semester-select').value;
  try {
    const list = await api(`/courses${query({ academicYear, semester, page, size: 50 })}`);
    const items = list.items || [];
    replace($('#course-table tbody'), items.length ? items.map((c) => h('tr', { dataset: { courseId: c.id } },
      cells(c.code, c.name, c.subject, tEnum('courseType', c.type), String(c.credits ?? ''), teacherNames(c.teachers))))
      : emptyRow(6, 'courses.empty'));
    pager($('#course-pager'), { page, size: 50, total: list.total ?? items.length }, load);
    replace($('#enrol-course'), h('option', { value: '', text: t('common.choose') }),
      items.map((c) => h('option', { value: c.id, text: `${c.code} ${c.name}` })));
    $('#courses-error').hidden = true;
  } catch (e) {
    showError($('#courses-error'), e);
  }
}

async function createCourse(event) {
  event.preventDefault();
  const form = $('#course-form');
  const status = $('#course-status');
  clearFieldErrors(form);
  const body = {
    code: $('#code-input').value.trim(),
    name: $('#cname-input').value.trim(),
    subject: $('#subject-input').value.trim(),
    type: $('#type-select').value,
    credits: Number($('#credits-input').value),
    academicYear: Number($('#course-year').value),
    semester: Number($('#course-semester').value),
    teacherUsernames: $('#teachers-input').value.split(/[\s,，、]+/).filter(Boolean),
  };
  let ok = true;
  for (const [id, v] of [['#code-input', body.code], ['#cname-input', body.name], ['#subject-input', body.subject], ['#credits-input', $('#credits-input').value], ['#course-year', body.academicYear]]) {
    if (!v) { markField($(id), t('validation.required')); ok = false; }
  }
  if (!ok) return;
  try {
    await busy($('#course-submit'), () => api('/courses', { method: 'POST', json: body }));
    message(status, t('coursesAdmin.created', { code: body.code }), 'success');
    form.reset();
    defaultTerm($('#course-year'), $('#course-semester'));
    await load();
  } catch (e) {
    showError(status, e, form);
  }
}

async function enrol(event) {
  event.preventDefault();
  const form = $('#enrol-form');
  const status = $('#enrol-status');
  clearFieldErrors(form);
  const courseId = $('#enrol-course').value;
  const nationalIds = parseIds($('#national-ids').value);
  if (!courseId) { markField($('#enrol-course'), t('validation.required')); return; }
  const bad = nationalIds.filter((id) => !isNationalId(id));
  if (!nationalIds.length) { markField($('#national-ids'), t('validation.required')); return; }
  if (bad.length) { markField($('#national-ids'), t('coursesAdmin.badIds', { ids: bad.join('、') })); return; }
  try {
    await busy($('#enrol-submit'), () => api(`/courses/${encodeURIComponent(courseId)}/enrollments`, { method: 'POST', json: { nationalIds } }));
    message(status, t('coursesAdmin.enrolled', { n: nationalIds.length }), 'success');
    $('#national-ids').value = '';
  } catch (e) {
    showError(status, e, form);
  }
}

async function importCsv(event) {
  event.preventDefault();
  const status = $('#import-status');
  const table = $('#import-errors');
  table.hidden = true;
  const file = $('#csv-file').files[0];
  if (!file) { markField($('#csv-file'), t('validation.required')); return; }
  clearFieldErrors($('#import-form'));
  try {
    const text = await file.text();
    const result = await busy($('#import-submit'), () => api('/courses/imports', { method: 'POST', body: text, headers: { 'Content-Type': 'text/csv; charset=utf-8' } }));
    message(status, t('coursesAdmin.imported', { n: result?.imported ?? 0 }), 'success');
    await load();
  } catch (e) {
    message(status, e.message, 'error');
    if (e instanceof ApiError && e.errors.length) {
      replace($('tbody', table), e.errors.map((x) => h('tr', {}, cells(x.field || '', x.message || ''))));
      table.hidden = false;
    }
  }
}

if (me) {
  defaultTerm($('#year-input'), $('#semester-select'));
  defaultTerm($('#course-year'), $('#course-semester'));
  $('#term-form').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  $('#course-form').addEventListener('submit', createCourse);
  $('#enrol-form').addEventListener('submit', enrol);
  $('#import-form').addEventListener('submit', importCsv);
  load();
}
