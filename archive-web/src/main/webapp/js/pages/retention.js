/**
 * Student or alumnus: where my records stand in retention (completion, seal date, sealed, a hold),
 * my sealed items, a deletion request with a confirmation step, following it, and its certificate.
 */
import { $, h, replace } from '../dom.js';
import { t, tEnum } from '../i18n.js';
import { API, ApiError, api, clearToken, download, fetchAll, toLogin, token } from '../api.js';
import { initPage } from '../nav.js';
import { bytes, dateTime } from '../format.js';
import { badge, busy, cells, emptyRow, markField, clearFieldErrors, message, showError, stateKind } from '../widgets.js';
import { problemIs } from '../retention-view.js';

const me = await initPage({ roles: ['STUDENT', 'ALUMNUS'] });
const studentId = me?.studentId;
const REQUEST_KEY = `archive.deletionRequest.${studentId}`;
/** States that block another request (DeletionState.open()): the page keeps following them. */
const OPEN = ['PENDING_APPROVAL', 'EXECUTING', 'FAILED'];
let standing = null;
let items = [];
let current = null;
let timer = null;

function meta(pairs) {
  return pairs.filter(([, v]) => v !== undefined && v !== null && v !== '')
    .flatMap(([k, v]) => [h('dt', { text: t(k) }), h('dd', {}, v)]);
}

function renderStatus(s) {
  replace($('#retention-status'), meta([
    ['retention.status.completedOn', s.completedOn || t('retention.status.notCompleted')],
    ['retention.status.sealDate', h('span', { id: 'seal-date', text: s.sealDate || t('retention.status.noSealDate') })],
    ['retention.status.sealed', h('span', { id: 'sealed-state' }, s.sealed
      ? badge(t('retention.status.sealedYes', { date: s.sealedOn || s.sealDate }), 'warn')
      : badge(t('retention.status.sealedNo'), 'neutral'))],
    // Staff keep the reasons of a hold: the student only learns that one stands.
    ['retention.status.holds', h('span', { id: 'hold-state', text: s.holds?.length ? t('retention.status.holdStands') : t('retention.status.noHold') })],
  ]));
  $('#items-hint').textContent = s.sealed ? t('retention.items.sealedHint') : t('retention.items.openHint');
  const button = $('#deletion-request-button');
  button.disabled = !s.sealed;
  const why = $('#deletion-start .hint') || h('p', { class: 'hint', id: 'deletion-not-yet' });
  why.textContent = s.sealed ? '' : (s.sealDate ? t('retention.deletion.notYet', { date: s.sealDate }) : t('retention.deletion.notCompleted'));
  why.hidden = s.sealed;
  if (!why.isConnected) $('#deletion-start').append(why);
}

function renderItems() {
  replace($('#sealed-table tbody'), items.length ? items.map((a) => h('tr', { dataset: { artifactId: a.id } }, cells(
    [h('strong', { text: a.title || a.filename }), a.title ? h('div', { class: 'hint', text: a.filename }) : null],
    dateTime(a.createdAt),
    h('code', { class: 'digest', text: a.sha256 }),
    bytes(a.size)))) : emptyRow(4, 'retention.items.empty'));
}

async function load() {
  try {
    const base = `/students/${encodeURIComponent(studentId)}`;
    [standing, items] = await Promise.all([api(`${base}/retention`), fetchAll(`${base}/artifacts`)]);
    renderStatus(standing);
    renderItems();
    message($('#retention-error'), '');
  } catch (e) {
    showError($('#retention-error'), e);
  }
}

function renderRequest(r) {
  current = r;
  $('#deletion-request').hidden = false;
  $('#deletion-request').dataset.state = r.state;
  const p = r.preview || {};
  replace($('#request-details'), meta([
    ['retention.request.id', h('code', { text: r.id })],
    ['retention.request.state', h('span', { id: 'request-state' }, badge(tEnum('deletionState', r.state), stateKind(r.state)))],
    ['retention.request.requestedAt', dateTime(r.requestedAt)],
    ['retention.request.preview', h('span', { id: 'request-preview', text: t('retention.request.previewValue', { artifacts: p.artifacts ?? 0, size: bytes(p.bytes ?? 0), records: p.records ?? 0 }) })],
    ['retention.request.rejectionReason', r.rejectionReason ? h('span', { id: 'rejection-reason', text: r.rejectionReason }) : null],
    ['retention.request.problem', r.error],
    ['retention.request.updatedAt', dateTime(r.updatedAt)],
  ]));
  const approvals = r.approvals || [];
  const waiting = r.state === 'PENDING_APPROVAL' ? h('p', { class: 'hint', text: t('retention.request.waiting', { n: Math.max(0, 2 - approvals.filter((a) => a.decision === 'APPROVE').length) }) }) : null;
  replace($('#request-approvals'),
    h('h4', { text: t('retention.request.approvals') }),
    approvals.length ? h('ul', { id: 'approval-list' }, approvals.map((a) => h('li', {
      text: t('retention.request.approvalValue', { role: tEnum('role', a.role), decision: tEnum('decision', a.decision), at: dateTime(a.decidedAt) }),
    }))) : h('p', { class: 'hint', text: t('retention.request.noApprovals') }),
    waiting);
  const certificate = r.state === 'COMPLETED' && r.certificateId;
  $('#request-certificate').hidden = !certificate;
  $('#deletion-start').hidden = OPEN.includes(r.state);
}

/**
 * Reads the request without the shared 401 handling: the erasure disables the alumnus' account and
 * revokes its tokens, so a 401 while the request runs means the deletion reached the account.
 */
async function fetchRequest(id) {
  const res = await fetch(`${API}/deletion-requests/${encodeURIComponent(id)}`, {
    headers: { Accept: 'application/json', Authorization: `Bearer ${token()}` }, credentials: 'same-origin',
  });
  if (res.status === 401) return null;
  if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => ({ status: res.status, detail: t('error.http', { status: res.status }) })));
  return res.json();
}

async function follow(id) {
  clearTimeout(timer);
  let r;
  try {
    r = await fetchRequest(id);
  } catch (e) {
    if (e.status === 404) { localStorage.removeItem(REQUEST_KEY); $('#deletion-request').hidden = true; return; }
    showError($('#retention-error'), e);
    timer = setTimeout(() => follow(id), 10_000);
    return;
  }
  if (r === null) {
    if (current && (['EXECUTING', 'COMPLETED'].includes(current.state) || current.approvals?.length >= 1)) {
      accountClosed();
    } else {
      clearToken();
      toLogin(true);
    }
    return;
  }
  renderRequest(r);
  if (OPEN.includes(r.state)) timer = setTimeout(() => follow(id), { EXECUTING: 2000, PENDING_APPROVAL: 5000 }[r.state] || 10_000);
}

/** The erasure removed the account: nothing more is readable with it. */
function accountClosed() {
  localStorage.removeItem(REQUEST_KEY);
  clearToken();
  const state = $('#request-state');
  if (state) replace(state, badge(tEnum('deletionState', 'EXECUTING'), 'warn'));
  const status = $('#deletion-status');
  message(status, t('retention.request.accountClosed'), 'info');
  status.dataset.closed = 'true';
  status.append(' ', h('a', { href: 'index.html', text: t('retention.request.toLogin') }));
  $('#deletion-start').hidden = true;
}

function openConfirm() {
  const total = items.reduce((sum, a) => sum + (a.size || 0), 0);
  $('#deletion-confirm-summary').textContent = t('retention.confirm.summary', { files: items.length, size: bytes(total) });
  $('#deletion-confirm').hidden = false;
  $('#deletion-start').hidden = true;
  $('#deletion-understood').checked = false;
  $('#deletion-understood').focus();
}

function closeConfirm() {
  clearFieldErrors($('#deletion-confirm'));
  $('#deletion-confirm').hidden = true;
  $('#deletion-start').hidden = false;
  $('#deletion-request-button').focus();
}

async function file(event) {
  event.preventDefault();
  const form = $('#deletion-confirm');
  clearFieldErrors(form);
  if (!$('#deletion-understood').checked) {
    markField($('#deletion-understood'), t('retention.confirm.tick'));
    $('#deletion-understood').focus();
    return;
  }
  const status = $('#deletion-status');
  await busy($('#deletion-confirm-button'), async () => {
    try {
      const r = await api(`/students/${encodeURIComponent(studentId)}/deletion-requests`, { method: 'POST', json: {} });
      localStorage.setItem(REQUEST_KEY, r.id);
      form.hidden = true;
      message(status, t('retention.request.filed'), 'success');
      renderRequest(r);
      if (r.claimCode) showClaim(r.id, r.claimCode);
      timer = setTimeout(() => follow(r.id), 5000);
    } catch (e) {
      form.hidden = true;
      $('#deletion-start').hidden = false;
      showError(status, e);
      // An open request already stands: the problem names it, so follow that one.
      if (problemIs(e, 'open-request') && e.problem.requestId) {
        localStorage.setItem(REQUEST_KEY, e.problem.requestId);
        follow(e.problem.requestId);
      }
    }
  });
}

if (me && !studentId) {
  replace($('#main'), h('p', { class: 'message message-error', role: 'alert', text: t('error.noStudent') }));
} else if (me) {
  $('#deletion-request-button').addEventListener('click', openConfirm);
  $('#deletion-cancel-button').addEventListener('click', closeConfirm);
  $('#deletion-confirm').addEventListener('submit', file);
  $('#certificate-json-button').addEventListener('click', (e) => busy(e.currentTarget, () => download(`/destruction-certificates/${encodeURIComponent(current.certificateId)}`, `destruction-certificate-${current.certificateId}.json`))
    .catch((err) => showError($('#deletion-status'), err)));
  $('#certificate-pdf-button').addEventListener('click', (e) => busy(e.currentTarget, () => download(`/destruction-certificates/${encodeURIComponent(current.certificateId)}/pdf`, `destruction-certificate-${current.certificateId}.pdf`))
    .catch((err) => showError($('#deletion-status'), err)));
  await load();
  // The newest request about the student, from the server (any browser), else the one this browser filed.
  const newest = standing?.deletionRequests?.[0]?.id;
  const remembered = newest || localStorage.getItem(REQUEST_KEY);
  if (remembered) follow(remembered);
}

/**
 * The claim code, shown this once: the erasure removes the account, and with the request id and this
 * code the former student fetches the certificate on certificate.html without a login.
 */
function showClaim(requestId, code) {
  const box = $('#claim-box');
  box.hidden = false;
  replace(box,
    h('p', {}, h('strong', { text: t('retention.claim.warning') })),
    h('dl', { class: 'meta' },
      h('dt', { text: t('claim.request') }), h('dd', {}, h('code', { id: 'claim-request-id', text: requestId })),
      h('dt', { text: t('claim.code') }), h('dd', {}, h('code', { id: 'claim-code-value', text: code }))),
    h('p', {}, h('a', { href: `certificate.html?request=${encodeURIComponent(requestId)}`, text: t('retention.claim.link') })));
  box.focus();
}
