/** Student: diverse performance (多元表現) items for a year, and recording a new one. */
import { $, h, replace } from '../dom.js';
import { t, tEnum } from '../i18n.js';
import { api, fetchAll } from '../api.js';
import { initPage } from '../nav.js';
import { busy, cells, clearFieldErrors, defaultTerm, emptyRow, markField, message, showError } from '../widgets.js';
import { artifactChoices, checkedValues, studentArtifacts } from '../artifacts.js';
import { CATEGORIES } from '../categories.js';

const me = await initPage({ roles: ['STUDENT'] });
const path = `/students/${encodeURIComponent(me?.studentId || '')}/diverse-performances`;
let uploadLimit = 30;
let artifacts = [];

function row(d) {
  const period = [d.startDate, d.endDate].filter(Boolean).join(' – ');
  const files = (d.artifactIds || []).map((id) => {
    const a = artifacts.find((x) => x.id === id);
    return h('div', { text: a ? a.title || a.filename : id });
  });
  return h('tr', { dataset: { diverseId: d.id } },
    cells(tEnum('category', d.category), d.name, d.content, d.award, d.hours ?? '', period, files));
}

async function load() {
  const academicYear = Number($('#year-input').value);
  try {
    const [items, files] = await Promise.all([fetchAll(path, { academicYear }), studentArtifacts(me.studentId)]);
    artifacts = files;
    const year = items.filter((d) => d.academicYear === undefined || Number(d.academicYear) === academicYear);
    replace($('#diverse-table tbody'), year.length ? year.map(row) : emptyRow(7, 'diverse.empty'));
    $('#diverse-count').textContent = t('diverse.count', { n: year.length, max: uploadLimit });
    $('#diverse-count').classList.toggle('over', year.length >= uploadLimit);
    artifactChoices($('#diverse-artifacts ul'), artifacts);
    $('#diverse-year').value = academicYear;
    $('#diverse-error').hidden = true;
  } catch (e) {
    showError($('#diverse-error'), e);
  }
}

function value(id) {
  const v = $(id).value.trim();
  return v === '' ? null : v;
}

async function submit(event) {
  event.preventDefault();
  const form = $('#diverse-form');
  const status = $('#diverse-status');
  clearFieldErrors(form);
  message(status, '');
  const body = {
    academicYear: Number($('#diverse-year').value),
    category: $('#category-select').value,
    name: value('#name-input'),
    content: value('#content-input'),
    award: value('#award-input'),
    hours: value('#hours-input') === null ? null : Number($('#hours-input').value),
    startDate: value('#start-input'),
    endDate: value('#end-input'),
    artifactIds: checkedValues(form, 'artifactIds'),
  };
  let ok = true;
  for (const [id, v] of [['#diverse-year', body.academicYear], ['#category-select', body.category], ['#name-input', body.name]]) {
    if (!v) { markField($(id), t('validation.required')); ok = false; }
  }
  if (body.startDate && body.endDate && body.endDate < body.startDate) { markField($('#end-input'), t('diverse.form.endBeforeStart')); ok = false; }
  if (!ok) return;
  try {
    await busy($('#diverse-submit'), () => api(path, { method: 'POST', json: body }));
    form.reset();
    await load();
    message(status, t('diverse.form.saved'), 'success');
  } catch (e) {
    showError(status, e, form);
  }
}

if (me) {
  defaultTerm($('#year-input'));
  replace($('#category-select'), h('option', { value: '', text: t('common.choose') }),
    CATEGORIES.map((c) => h('option', { value: c, text: tEnum('category', c) })));
  try {
    uploadLimit = (await api('/settings/limits')).diverseUploadsPerYear || uploadLimit;
  } catch { /* keep the school default */ }
  $('#year-form').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  $('#diverse-form').addEventListener('submit', submit);
  load();
}
