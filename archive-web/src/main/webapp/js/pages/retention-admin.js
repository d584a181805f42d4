/**
 * Staff retention (§6): the approvals queue of deletion requests, finished requests and their
 * destruction certificates, legal holds, sealing sweeps, the forecast and dispositions due. Each
 * section shows only for the roles the API lets use it.
 */
import { $, h, replace } from '../dom.js';
import { t, tEnum } from '../i18n.js';
import { api, download, query } from '../api.js';
import { initPage } from '../nav.js';
import { bytes, dateTime } from '../format.js';
import { badge, busy, cells, clearFieldErrors, emptyRow, markField, message, pager, showError, stateKind } from '../widgets.js';
import { problemIs } from '../retention-view.js';

const me = await initPage({ roles: ['REGISTRAR', 'ACADEMIC_ADMIN', 'SYSTEM_ADMIN', 'AUDITOR'] });
const is = (...roles) => roles.some((r) => me?.roles.includes(r));
const DECIDERS = is('REGISTRAR', 'ACADEMIC_ADMIN');
const SIZE = 20;
const SWEEP_KEY = 'archive.lastSweep';
let sweepTimer = null;

const path = {
  request: (id) => `/deletion-requests/${encodeURIComponent(id)}`,
  certificate: (id) => `/destruction-certificates/${encodeURIComponent(id)}`,
};

function requestCell(r) {
  return [
    h('code', { class: 'request-id', text: r.id }),
    h('div', { class: 'hint', text: t('retentionAdmin.requestMeta', { student: r.studentId, basis: tEnum('deletionBasis', r.basis), at: dateTime(r.requestedAt) }) }),
  ];
}

function approvalsCell(r) {
  const list = r.approvals || [];
  if (!list.length) return h('span', { class: 'hint', text: t('retention.request.noApprovals') });
  return h('ul', { class: 'approvals' }, list.map((a) => h('li', {
    text: t('retentionAdmin.approvalValue', { role: tEnum('role', a.role), account: a.account || '', decision: tEnum('decision', a.decision), at: dateTime(a.decidedAt), reason: a.reason || '—' }),
  })));
}

function previewText(r) {
  const p = r.preview || {};
  return t('retention.request.previewValue', { artifacts: p.artifacts ?? 0, size: bytes(p.bytes ?? 0), records: p.records ?? 0 });
}

/** Why the API refused a decision, in words, with the problem's own detail after it. */
function decisionProblem(status, e) {
  for (const slug of ['already-decided', 'same-role', 'request-decided', 'legal-hold']) {
    if (problemIs(e, slug)) {
      message(status, `${t(`retentionAdmin.why.${slug}`)} ${e.problem.detail || ''}`.trim(), 'error');
      status.dataset.problem = slug;
      return;
    }
  }
  showError(status, e);
}

function decideForm(r, onDone) {
  const reasonId = `decide-reason-${r.id}`;
  // message() sets the class, so the region is known by its data-status.
  const status = h('div', { role: 'status', 'aria-live': 'polite', hidden: true, dataset: { status: 'decision' } });
  const reason = h('textarea', { id: reasonId, name: 'reason', maxlength: 2000, rows: 2 });
  const decide = async (button, decision) => {
    clearFieldErrors(form);
    const why = reason.value.trim();
    if (decision === 'REJECT' && !why) { markField(reason, t('retentionAdmin.queue.rejectReason')); reason.focus(); return; }
    try {
      const updated = await busy(button, () => api(`${path.request(r.id)}/approvals`, { method: 'POST', json: { decision, reason: why } }));
      message(status, t('retentionAdmin.queue.decided', { state: tEnum('deletionState', updated.state) }), 'success');
      delete status.dataset.problem;
      onDone(updated);
    } catch (e) {
      decisionProblem(status, e);
    }
  };
  const form = h('form', { class: 'decide-form', novalidate: true, onsubmit: (e) => e.preventDefault() },
    h('div', { class: 'field' }, h('label', { for: reasonId, text: t('retentionAdmin.queue.reason') }), reason),
    h('p', { class: 'actions' },
      h('button', { type: 'button', class: 'approve-button', text: t('retentionAdmin.queue.approve'), onclick: (e) => decide(e.currentTarget, 'APPROVE') }),
      h('button', { type: 'button', class: 'secondary reject-button', text: t('retentionAdmin.queue.reject'), onclick: (e) => decide(e.currentTarget, 'REJECT') })),
    status);
  return form;
}

function queueRow(r) {
  const row = h('tr', { dataset: { requestId: r.id, studentId: r.studentId, state: r.state } });
  const fill = (x) => {
    row.dataset.state = x.state;
    replace(row, cells(
      requestCell(x),
      previewText(x),
      [approvalsCell(x), h('div', {}, badge(tEnum('deletionState', x.state), stateKind(x.state)))],
      // Kept after a decision, so a second click by the same account shows the API's refusal.
      DECIDERS ? (form || (form = decideForm(x, fill))) : h('span', { class: 'hint', text: t('retentionAdmin.readOnly') })));
  };
  let form = null;
  fill(r);
  return row;
}

async function loadQueue(page = 0) {
  try {
    const list = await api(`/deletion-requests${query({ state: 'PENDING_APPROVAL', page, size: SIZE })}`);
    replace($('#queue-table tbody'), list.items.length ? list.items.map(queueRow) : emptyRow(4, 'retentionAdmin.queue.empty'));
    pager($('#queue-pager'), list, loadQueue);
    message($('#queue-error'), '');
  } catch (e) {
    showError($('#queue-error'), e);
  }
}

function certificateActions(r) {
  const status = h('span', { class: 'row-status', role: 'status' });
  const act = (cls, key, task) => h('button', {
    type: 'button', class: `secondary ${cls}`, text: t(key),
    onclick: async (e) => { try { await busy(e.currentTarget, task); replace(status); } catch (err) { replace(status, err.message); } },
  });
  if (r.state === 'COMPLETED' && r.certificateId) {
    return h('div', { class: 'actions' },
      h('code', { class: 'certificate-id', text: r.certificateId }),
      act('certificate-json', 'retention.certificate.json', () => download(path.certificate(r.certificateId), `destruction-certificate-${r.certificateId}.json`)),
      act('certificate-pdf', 'retention.certificate.pdf', () => download(`${path.certificate(r.certificateId)}/pdf`, `destruction-certificate-${r.certificateId}.pdf`)),
      status);
  }
  if (r.state === 'FAILED' && DECIDERS) {
    return h('div', { class: 'actions' },
      h('span', { class: 'hint', text: r.error || '' }),
      act('retry-button', 'retentionAdmin.requests.retry', async () => { await api(`${path.request(r.id)}/execution`, { method: 'POST' }); await loadRequests(0); }),
      status);
  }
  if (r.state === 'REJECTED') return h('span', { text: t('retentionAdmin.requests.rejected', { reason: r.rejectionReason || '' }) });
  return '';
}

async function loadRequests(page = 0) {
  try {
    const state = $('#requests-state').value;
    const list = await api(`/deletion-requests${query({ state, page, size: SIZE })}`);
    replace($('#requests-table tbody'), list.items.length ? list.items.map((r) => h('tr', { dataset: { requestId: r.id, state: r.state } }, cells(
      requestCell(r),
      [badge(tEnum('deletionState', r.state), stateKind(r.state)), h('div', { class: 'hint', text: dateTime(r.updatedAt) })],
      approvalsCell(r),
      certificateActions(r)))) : emptyRow(4, 'retentionAdmin.requests.empty'));
    pager($('#requests-pager'), list, loadRequests);
    message($('#requests-error'), '');
  } catch (e) {
    showError($('#requests-error'), e);
  }
}

function holdRow(x) {
  const status = h('div', { class: 'row-status', role: 'status', 'aria-live': 'polite', hidden: true });
  const reasonId = `release-reason-${x.id}`;
  const release = x.standing && DECIDERS ? h('form', { class: 'release-form', novalidate: true, onsubmit: async (e) => {
    e.preventDefault();
    const input = e.currentTarget.querySelector('textarea');
    clearFieldErrors(e.currentTarget);
    if (!input.value.trim()) { markField(input, t('retentionAdmin.holds.releaseReasonNeeded')); input.focus(); return; }
    try {
      await busy(e.currentTarget.querySelector('button'), () => api(`/legal-holds/${encodeURIComponent(x.id)}/release`, { method: 'POST', json: { reason: input.value.trim() } }));
      await loadHolds(0);
    } catch (err) {
      showError(status, err, e.currentTarget);
    }
  } },
  h('div', { class: 'field' }, h('label', { for: reasonId, text: t('retentionAdmin.holds.releaseReason') }), h('textarea', { id: reasonId, name: 'reason', maxlength: 1000, rows: 2 })),
  h('button', { type: 'submit', class: 'secondary', text: t('retentionAdmin.holds.release') }),
  status) : '';
  return h('tr', { dataset: { holdId: x.id, studentId: x.studentId } }, cells(
    h('code', { text: x.studentId }),
    [h('div', { text: x.reason || '' }), h('div', { class: 'hint', text: t('retentionAdmin.holds.placed', { by: x.placedBy || '', at: dateTime(x.placedAt) }) }),
      x.releasedAt ? h('div', { class: 'hint', text: t('retentionAdmin.holds.released', { by: x.releasedBy || '', at: dateTime(x.releasedAt), reason: x.releaseReason || '' }) }) : null],
    badge(t(x.standing ? 'retentionAdmin.holds.standing' : 'retentionAdmin.holds.releasedState'), x.standing ? 'warn' : 'neutral'),
    release));
}

async function loadHolds(page = 0) {
  try {
    const list = await api(`/legal-holds${query({ all: $('#holds-all').checked ? 'true' : '', page, size: SIZE })}`);
    replace($('#holds-table tbody'), list.items.length ? list.items.map(holdRow) : emptyRow(4, 'retentionAdmin.holds.empty'));
    pager($('#holds-pager'), list, loadHolds);
    message($('#holds-error'), '');
  } catch (e) {
    showError($('#holds-error'), e);
  }
}

async function placeHold(event) {
  event.preventDefault();
  const form = $('#hold-form');
  clearFieldErrors(form);
  const studentId = $('#hold-student').value.trim();
  const reason = $('#hold-reason').value.trim();
  if (!studentId) { markField($('#hold-student'), t('validation.required')); $('#hold-student').focus(); return; }
  if (!reason) { markField($('#hold-reason'), t('validation.required')); $('#hold-reason').focus(); return; }
  await busy($('#hold-place-button'), async () => {
    try {
      await api('/legal-holds', { method: 'POST', json: { studentId, reason } });
      message($('#hold-status'), t('retentionAdmin.holds.placedDone', { student: studentId }), 'success');
      form.reset();
      await loadHolds(0);
    } catch (e) {
      showError($('#hold-status'), e, form);
    }
  });
}

/** Finds a student by number, national ID or name (unsealed students only: the API hides sealed ones). */
async function lookup() {
  const q = $('#hold-lookup').value.trim();
  if (!q) return;
  try {
    const list = await api(`/students${query({ q, size: 10 })}`);
    replace($('#hold-lookup-results'), list.items.length ? list.items.map((s) => h('li', {},
      h('button', { type: 'button', class: 'link', text: t('common.studentValue', { name: s.name, className: s.className || '—', studentNumber: s.studentNumber || '—' }),
        onclick: () => { $('#hold-student').value = s.id; $('#hold-reason').focus(); } })))
      : h('li', { class: 'hint', text: t('retentionAdmin.holds.lookupNone') }));
  } catch (e) {
    replace($('#hold-lookup-results'), h('li', { class: 'message message-error', text: e.message }));
  }
}

function renderSweep(s) {
  const done = ['FINISHED', 'FAILED'].includes(s.state);
  const box = $('#sweep-status');
  box.dataset.state = s.state;
  box.dataset.sweepId = s.id;
  replace(box, [
    ['retentionAdmin.sweeps.state', h('span', { id: 'sweep-state' }, badge(tEnum('sweepState', s.state), s.state === 'FINISHED' ? 'ok' : stateKind(s.state)))],
    ['retentionAdmin.sweeps.asOf', s.asOf],
    ['retentionAdmin.sweeps.policy', String(s.policyVersion)],
    ['retentionAdmin.sweeps.progress', t('retentionAdmin.sweeps.progressValue', { examined: s.examined, sealed: s.sealed, artifacts: s.artifactsSealed })],
    ['retentionAdmin.sweeps.startedBy', s.startedBy],
    ['retentionAdmin.sweeps.finishedAt', done ? dateTime(s.finishedAt) : null],
    ['retentionAdmin.sweeps.error', s.error],
  ].filter(([, v]) => v !== undefined && v !== null && v !== '').flatMap(([k, v]) => [h('dt', { text: t(k) }), h('dd', {}, v)]));
}

async function followSweep(id) {
  clearTimeout(sweepTimer);
  try {
    const s = await api(`/retention/sweeps/${encodeURIComponent(id)}`);
    renderSweep(s);
    if (!['FINISHED', 'FAILED'].includes(s.state)) sweepTimer = setTimeout(() => followSweep(id), 1000);
  } catch (e) {
    if (e.status === 404) sessionStorage.removeItem(SWEEP_KEY);
    showError($('#sweep-error'), e);
  }
}

async function startSweep(event) {
  message($('#sweep-error'), '');
  await busy(event.currentTarget, async () => {
    try {
      const s = await api('/retention/sweeps', { method: 'POST' });
      sessionStorage.setItem(SWEEP_KEY, s.id);
      renderSweep(s);
      sweepTimer = setTimeout(() => followSweep(s.id), 1000);
    } catch (e) {
      showError($('#sweep-error'), e);
    }
  });
}

function dayTable(caption, days) {
  if (!days?.length) return h('p', { class: 'hint', text: t('retentionAdmin.forecast.none', { what: caption }) });
  return h('div', { class: 'table-wrap' }, h('table', {},
    h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, ['retentionAdmin.forecast.date', 'retentionAdmin.forecast.students', 'retentionAdmin.forecast.held']
      .map((k) => h('th', { scope: 'col', text: t(k) })))),
    h('tbody', {}, days.map((d) => h('tr', {}, cells(d.date, String(d.students), String(d.held)))))));
}

async function forecast(event) {
  event?.preventDefault();
  const form = $('#forecast-form');
  clearFieldErrors(form);
  const days = $('#forecast-days').value.trim();
  if (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > 3660) {
    markField($('#forecast-days'), t('retentionAdmin.forecast.daysRange'));
    $('#forecast-days').focus();
    return;
  }
  try {
    const f = await api(`/retention/forecast${query({ days })}`);
    replace($('#forecast-result'),
      h('p', { id: 'forecast-summary', text: t('retentionAdmin.forecast.summary', { asOf: f.asOf, until: f.until, version: f.policyVersion, sealing: f.sealingTotal, disposable: f.disposableTotal }) }),
      h('p', { class: 'hint', text: t('retentionAdmin.forecast.overdueHint') }),
      dayTable(t('retentionAdmin.forecast.sealing'), f.sealing),
      dayTable(t('retentionAdmin.forecast.disposable'), f.disposable));
    message($('#forecast-error'), '');
  } catch (e) {
    showError($('#forecast-error'), e, form);
  }
}

async function loadDue(page = 0) {
  try {
    const list = await api(`/dispositions/due${query({ page, size: SIZE })}`);
    replace($('#due-table tbody'), list.items.length ? list.items.map((d) => {
      const id = `due-${d.studentId}`;
      const blocked = (d.holds?.length > 0) || Boolean(d.openRequestId);
      return h('tr', { dataset: { studentId: d.studentId } }, cells(
        h('input', { type: 'checkbox', id, name: 'due', value: d.studentId, disabled: blocked, 'aria-label': t('retentionAdmin.due.selectLabel', { student: d.studentId }) }),
        h('label', { for: id }, h('code', { text: d.studentId })),
        d.sealedOn, d.disposeOn,
        d.holds?.length ? t('retention.status.holdStands') : d.openRequestId ? t('retentionAdmin.due.open', { id: d.openRequestId }) : t('retentionAdmin.due.ready')));
    }) : emptyRow(5, 'retentionAdmin.due.empty'));
    pager($('#due-pager'), list, loadDue);
    message($('#due-error'), '');
  } catch (e) {
    showError($('#due-error'), e);
  }
}

async function startDisposition(event) {
  const studentIds = [...document.querySelectorAll('#due-table input[name="due"]:checked')].map((i) => i.value);
  const status = $('#due-status');
  if (!studentIds.length) { message(status, t('retentionAdmin.due.chooseFirst'), 'error'); return; }
  if (!window.confirm(t('retentionAdmin.due.confirm', { n: studentIds.length }))) return;
  await busy(event.currentTarget, async () => {
    try {
      const filed = await api('/deletion-requests', { method: 'POST', json: { basis: 'DISPOSITION', studentIds } });
      message(status, t('retentionAdmin.due.started', { n: filed.items.length }), 'success');
      await Promise.all([loadDue(0), loadQueue(0)]);
    } catch (e) {
      showError(status, e);
    }
  });
}

if (me) {
  const sections = {
    '#queue-section': is('REGISTRAR', 'ACADEMIC_ADMIN', 'AUDITOR'),
    '#requests-section': is('REGISTRAR', 'ACADEMIC_ADMIN', 'AUDITOR'),
    '#holds-section': is('REGISTRAR', 'ACADEMIC_ADMIN', 'AUDITOR'),
    '#sweeps-section': is('ACADEMIC_ADMIN', 'SYSTEM_ADMIN'),
    '#forecast-section': is('REGISTRAR', 'ACADEMIC_ADMIN', 'SYSTEM_ADMIN'),
    '#due-section': is('ACADEMIC_ADMIN'),
  };
  for (const [selector, shown] of Object.entries(sections)) $(selector).hidden = !shown;
  $('#hold-form').hidden = !DECIDERS;
  $('#queue-refresh').addEventListener('click', (e) => busy(e.currentTarget, () => loadQueue(0)));
  $('#requests-form').addEventListener('submit', (e) => { e.preventDefault(); busy(e.currentTarget.querySelector('button'), () => loadRequests(0)); });
  $('#holds-all').addEventListener('change', () => loadHolds(0));
  $('#hold-form').addEventListener('submit', placeHold);
  $('#hold-lookup-button').addEventListener('click', lookup);
  $('#sweep-start').addEventListener('click', startSweep);
  $('#forecast-form').addEventListener('submit', forecast);
  $('#disposition-button').addEventListener('click', startDisposition);
  if (sections['#queue-section']) { loadQueue(0); loadRequests(0); loadHolds(0); }
  if (sections['#forecast-section']) forecast();
  if (sections['#due-section']) loadDue(0);
  const lastSweep = sessionStorage.getItem(SWEEP_KEY);
  if (sections['#sweeps-section'] && lastSweep) followSweep(lastSweep);
}
