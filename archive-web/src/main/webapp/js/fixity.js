/** Auditor: fixity audit runs — list, start, poll with a progress bar, failures, PDF report. */
import { $, h, replace } from './dom.js';
import { t, tEnum } from './i18n.js';
import { api, download, request } from './api.js';
import { dateTime, shortHash } from './format.js';
import { badge, busy, cells, emptyRow, showError, stateKind } from './widgets.js';

const FINISHED = ['DONE', 'INTERRUPTED', 'COMPLETED', 'SUCCEEDED', 'PASSED', 'FAILED', 'CANCELLED'];
let timer = null;

function percent(run) {
  const p = Number(run.progress ?? 0);
  return Math.max(0, Math.min(100, p <= 1 ? p * 100 : p));
}

function finished(run) {
  return Boolean(run.finishedAt) || FINISHED.includes(run.state);
}

function failuresOf(run) {
  return Array.isArray(run.failures) ? run.failures : [];
}

function showRun(run) {
  $('#audit-run').hidden = false;
  $('#audit-run-title').textContent = t('audit.fixity.runTitle', { id: run.id, at: dateTime(run.startedAt) });
  $('#audit-progress').value = percent(run);
  $('#audit-progress').textContent = `${Math.round(percent(run))}%`;
  const failures = failuresOf(run);
  const failureCount = run.failureCount ?? failures.length;
  replace($('#audit-run-summary'),
    badge(tEnum('auditState', run.state), failureCount ? 'bad' : stateKind(run.state)), ' ',
    t('audit.fixity.summary', { percent: Math.round(percent(run)), checked: run.checked ?? 0, failures: failureCount }));
  replace($('#audit-failures tbody'), failures.map((f) => h('tr', { dataset: { artifactId: f.artifactId } },
    cells(h('code', { text: f.artifactId }), h('code', { text: f.path }), h('code', { title: f.expected, text: shortHash(f.expected, 16) }), h('code', { title: f.actual, text: f.actual ? shortHash(f.actual, 16) : t('audit.fixity.missing') })))));
  $('#audit-failures').hidden = failures.length === 0;
  $('#audit-report').hidden = !finished(run);
  $('#audit-report').onclick = (e) => busy(e.currentTarget, () => download(`/audits/fixity/${encodeURIComponent(run.id)}/report.pdf`, `fixity-${run.id}.pdf`))
    .catch((err) => showError($('#fixity-error'), err));
}

export async function watch(id) {
  clearTimeout(timer);
  try {
    const run = await api(`/audits/fixity/${encodeURIComponent(id)}`);
    showRun(run);
    if (finished(run)) await listRuns();
    else timer = setTimeout(() => watch(id), 2000);
  } catch (e) {
    showError($('#fixity-error'), e);
  }
}

export async function listRuns() {
  try {
    const body = await api('/audits/fixity?page=0&size=20');
    const runs = Array.isArray(body) ? body : body?.items || [];
    replace($('#audit-table tbody'), runs.length ? runs.map((r) => h('tr', { dataset: { auditId: r.id } }, cells(
      dateTime(r.startedAt), badge(tEnum('auditState', r.state), (r.failureCount || failuresOf(r).length) ? 'bad' : stateKind(r.state)),
      String(r.checked ?? ''), String(r.failures ? failuresOf(r).length : r.failureCount ?? ''), dateTime(r.finishedAt),
      h('button', { type: 'button', class: 'secondary', text: t('audit.fixity.open'), onclick: () => watch(r.id) }))))
      : emptyRow(6, 'audit.fixity.none'));
  } catch (e) {
    showError($('#fixity-error'), e);
  }
}

export async function startAudit() {
  $('#fixity-error').hidden = true;
  try {
    const res = await busy($('#start-audit'), () => request('/audits/fixity', { method: 'POST' }));
    const location = res.headers.get('Location') || '';
    let id = location.split('/').filter(Boolean).pop();
    if (!id) id = (await res.json().catch(() => ({}))).id;
    if (id) await watch(id);
    await listRuns();
  } catch (e) {
    showError($('#fixity-error'), e);
  }
}
