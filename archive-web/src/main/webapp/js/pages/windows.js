/** Academic affairs: windows, teacher availability and closing submission; registrar: paper receipts. */
import { $, h, replace } from '../dom.js';
import { t, tEnum } from '../i18n.js';
import { api } from '../api.js';
import { initPage } from '../nav.js';
import { fromTaipeiInput, toTaipeiInput } from '../format.js';
import { busy, cells, clearFieldErrors, defaultTerm, markField, message, showError } from '../widgets.js';
import { loadPaperReceipts } from '../paper-receipts.js';

const PER_SEMESTER = ['OUTCOME_UPLOAD', 'CERTIFICATION'];
const KINDS = ['OUTCOME_UPLOAD', 'CERTIFICATION', 'OUTCOME_SELECTION', 'DIVERSE_UPLOAD', 'DIVERSE_SELECTION', 'RECEIPT_CONFIRMATION'];
const me = await initPage({ roles: ['ACADEMIC_ADMIN', 'REGISTRAR'] });
const isAdmin = me?.roles.includes('ACADEMIC_ADMIN');
const year = () => $('#year-input').value;

function windowRow(kind, semester, current) {
  const id = `${kind}-${semester}`;
  const opens = h('input', { type: 'datetime-local', id: `${id}-opens`, name: 'opensAt', value: toTaipeiInput(current?.opensAt), 'aria-label': `${tEnum('windowKind', kind)} ${tEnum('semester', semester)} ${t('windows.opensAt')}` });
  const closes = h('input', { type: 'datetime-local', id: `${id}-closes`, name: 'closesAt', value: toTaipeiInput(current?.closesAt), 'aria-label': `${tEnum('windowKind', kind)} ${tEnum('semester', semester)} ${t('windows.closesAt')}` });
  const status = h('span', { role: 'status' });
  const row = h('tr', { dataset: { kind, semester } });
  const save = h('button', {
    type: 'button', text: t('common.save'),
    onclick: async () => {
      clearFieldErrors(row);
      const body = { opensAt: fromTaipeiInput(opens.value), closesAt: fromTaipeiInput(closes.value) };
      if (!body.opensAt) { markField(opens, t('validation.required')); return; }
      if (!body.closesAt) { markField(closes, t('validation.required')); return; }
      if (body.closesAt <= body.opensAt) { markField(closes, t('windows.closeAfterOpen')); return; }
      try {
        await busy(save, () => api(`/windows/${encodeURIComponent(year())}/${semester}/${kind}`, { method: 'PUT', json: body }));
        replace(status, t('common.saved'));
      } catch (e) {
        replace(status);
        markField(closes, e.message);
      }
    },
  });
  return replace(row, cells(tEnum('windowKind', kind), tEnum('semester', semester), opens, closes, h('div', { class: 'actions' }, save, status)));
}

async function loadWindows() {
  try {
    const list = await api(`/windows?academicYear=${encodeURIComponent(year())}`);
    const items = list.items || list || [];
    const rows = [];
    // Upload and certification are set per semester; the others once per academic year (semester 0).
    for (const kind of KINDS) {
      for (const semester of PER_SEMESTER.includes(kind) ? [1, 2] : [0]) {
        rows.push(windowRow(kind, semester, items.find((w) => w.kind === kind && Number(w.semester) === semester)));
      }
    }
    replace($('#window-table tbody'), rows);
    $('#windows-error').hidden = true;
  } catch (e) {
    showError($('#windows-error'), e);
  }
}

async function saveAvailability(event) {
  event.preventDefault();
  const form = $('#availability-form');
  const status = $('#availability-status');
  clearFieldErrors(form);
  const username = $('#teacher-input').value.trim();
  const available = $('#available-select').value === 'true';
  const reason = $('#availability-reason').value.trim();
  if (!username) { markField($('#teacher-input'), t('validation.required')); return; }
  if (!available && !reason) { markField($('#availability-reason'), t('windows.reasonNeeded')); return; }
  try {
    await busy($('#availability-submit'), () => api(`/teachers/${encodeURIComponent(username)}/availability`, { method: 'PUT', json: { available, reason } }));
    message(status, t(available ? 'windows.markedAvailable' : 'windows.markedUnavailable', { teacher: username }), 'success');
  } catch (e) {
    showError(status, e, form);
  }
}

async function closeSubmission() {
  const status = $('#submission-status');
  if (!window.confirm(t('windows.submissionConfirm', { year: year() }))) return;
  try {
    await busy($('#submission-close'), () => api(`/submissions/${encodeURIComponent(year())}`, { method: 'POST' }));
    message(status, t('windows.submissionDone', { year: year() }), 'success');
  } catch (e) {
    showError(status, e);
  }
}

function loadAll() {
  if (isAdmin) loadWindows();
  if (me.roles.includes('REGISTRAR') || isAdmin) loadPaperReceipts(year(), 0);
}

if (me) {
  defaultTerm($('#year-input'));
  for (const id of ['#windows-section', '#availability-section', '#submission-section']) $(id).hidden = !isAdmin;
  $('#paper-receipts').hidden = false;
  $('#year-form').addEventListener('submit', (e) => { e.preventDefault(); loadAll(); });
  $('#availability-form').addEventListener('submit', saveAvailability);
  $('#submission-close').addEventListener('click', closeSubmission);
  loadAll();
  if (location.hash === '#paper-receipts') $('#paper-heading').focus();
}
