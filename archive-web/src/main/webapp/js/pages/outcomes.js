/** Student: course-learning outcomes, their certification, new outcomes and new versions. */
import { $, h, replace } from '../dom.js';
import { t, tEnum } from '../i18n.js';
import { api, fetchAll, query } from '../api.js';
import { initPage } from '../nav.js';
import { charCount } from '../format.js';
import { badge, busy, cells, clearFieldErrors, defaultTerm, emptyRow, markField, message, showError, stateKind } from '../widgets.js';
import { certificationText } from '../outcome-view.js';
import { artifactChoices, checkedValues, studentArtifacts } from '../artifacts.js';

const me = await initPage({ roles: ['STUDENT'] });
const sid = encodeURIComponent(me?.studentId || '');
let maxChars = 100;
let artifacts = [];
let versionOf = null;

function fileNames(ids) {
  return (ids || []).map((id) => {
    const a = artifacts.find((x) => x.id === id);
    return h('div', { text: a ? a.title || a.filename : id });
  });
}

function row(o) {
  return h('tr', { dataset: { outcomeId: o.id, state: o.state } }, cells(
    o.courseName, o.description, fileNames(o.artifactIds),
    badge(tEnum('state', o.state), stateKind(o.state)),
    certificationText(o.certification),
    o.state === 'REJECTED' ? h('button', { type: 'button', class: 'secondary', text: t('outcomes.newVersion'), onclick: () => startVersion(o) }) : '',
  ));
}

function counter() {
  const n = charCount($('#description-input').value);
  const el = $('#description-counter');
  el.textContent = t('common.counter', { n, max: maxChars });
  el.classList.toggle('over', n > maxChars);
}

function startVersion(o) {
  versionOf = o;
  $('#course-select').value = o.courseId;
  $('#course-select').disabled = true;
  $('#description-input').value = o.description || '';
  artifactChoices($('#artifact-choices ul'), artifacts, o.artifactIds || []);
  $('#outcome-form-heading').textContent = t('outcomes.form.version');
  $('#outcome-version-note').hidden = false;
  $('#outcome-version-note').textContent = t('outcomes.form.versionNote', { course: o.courseName });
  $('#outcome-cancel').hidden = false;
  counter();
  $('#outcome-form-heading').focus();
}

function resetForm() {
  versionOf = null;
  $('#outcome-form').reset();
  $('#course-select').disabled = false;
  $('#outcome-form-heading').textContent = t('outcomes.form.new');
  $('#outcome-version-note').hidden = true;
  $('#outcome-cancel').hidden = true;
  artifactChoices($('#artifact-choices ul'), artifacts);
  counter();
}

async function load() {
  const academicYear = $('#year-input').value;
  try {
    const [list, sem1, sem2, files] = await Promise.all([
      api(`/students/${sid}/course-outcomes${query({ academicYear, page: 0, size: 100 })}`),
      fetchAll(`/students/${sid}/courses`, { academicYear, semester: 1 }),
      fetchAll(`/students/${sid}/courses`, { academicYear, semester: 2 }),
      studentArtifacts(me.studentId),
    ]);
    artifacts = files;
    const items = list.items || [];
    replace($('#outcome-table tbody'), items.length ? items.map(row) : emptyRow(6, 'outcomes.empty'));
    const courses = [...sem1, ...sem2.filter((c) => !sem1.some((x) => x.id === c.id))];
    replace($('#course-select'), h('option', { value: '', text: t('common.choose') }),
      courses.map((c) => h('option', { value: c.id, text: `${c.code} ${c.name}` })));
    resetForm();
    $('#outcomes-error').hidden = true;
  } catch (e) {
    showError($('#outcomes-error'), e);
  }
}

async function submit(event) {
  event.preventDefault();
  const form = $('#outcome-form');
  const status = $('#outcome-status');
  clearFieldErrors(form);
  message(status, '');
  const description = $('#description-input').value.trim();
  const artifactIds = checkedValues(form, 'artifactIds');
  const courseId = $('#course-select').value;
  let ok = true;
  if (!versionOf && !courseId) { markField($('#course-select'), t('validation.required')); ok = false; }
  if (!description) { markField($('#description-input'), t('validation.required')); ok = false; }
  if (charCount(description) > maxChars) { markField($('#description-input'), t('validation.maxChars', { max: maxChars })); ok = false; }
  if (!artifactIds.length) { markField($('#artifact-choices'), t('outcomes.form.needFile')); ok = false; }
  if (!ok) return;
  try {
    await busy($('#outcome-submit'), () => (versionOf
      ? api(`/course-outcomes/${encodeURIComponent(versionOf.id)}/versions`, { method: 'POST', json: { description, artifactIds } })
      : api(`/students/${sid}/course-outcomes`, { method: 'POST', json: { courseId, description, artifactIds } })));
    await load();
    message(status, t('outcomes.form.saved'), 'success');
  } catch (e) {
    showError(status, e, form);
  }
}

if (me) {
  defaultTerm($('#year-input'));
  try {
    const limits = await api('/settings/limits');
    maxChars = limits.outcomeDescriptionMaxChars || maxChars;
  } catch { /* keep the national default */ }
  $('#description-input').maxLength = maxChars;
  $('#description-input').addEventListener('input', counter);
  $('#year-form').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  $('#outcome-form').addEventListener('submit', submit);
  $('#outcome-cancel').addEventListener('click', resetForm);
  load();
}
