/** Auditor: verify one artifact, fixity audits, the event log, the school's keys. */
import { $, h, replace } from '../dom.js';
import { t, tEnum } from '../i18n.js';
import { api, saveBlob } from '../api.js';
import { initPage } from '../nav.js';
import { dateTime, shortHash } from '../format.js';
import { badge, busy, cells, markField, showError, stateKind } from '../widgets.js';
import { downloadEvidence } from '../artifacts.js';
import { listRuns, startAudit } from '../fixity.js';
import { initLog } from '../log-browser.js';

const me = await initPage({ roles: ['AUDITOR'] });

function artifactId() {
  const id = $('#verify-input').value.trim();
  if (!id) markField($('#verify-input'), t('validation.required'));
  return id;
}

async function verify(event) {
  event.preventDefault();
  const id = artifactId();
  if (!id) return;
  $('#verify-error').hidden = true;
  try {
    const result = await busy($('#verify-button'), () => api(`/artifacts/${encodeURIComponent(id)}/verification`));
    const checks = result.checks || [];
    const allOk = checks.length > 0 && checks.every((c) => c.ok);
    replace($('#verify-result'),
      h('p', { id: 'verify-summary', class: `message message-${allOk ? 'success' : 'error'}`, text: t(allOk ? 'audit.verify.allOk' : 'audit.verify.someFailed', { id: result.artifactId || id }) }),
      h('ul', { class: 'check-list' }, checks.map((c) => h('li', { class: c.ok ? 'ok' : 'fail', dataset: { check: c.name, ok: String(!!c.ok) } },
        h('span', { class: 'check-mark', 'aria-hidden': 'true', text: c.ok ? '✓' : '✗' }),
        h('strong', { text: `${tEnum('check', c.name)}：${t(c.ok ? 'audit.verify.pass' : 'audit.verify.fail')}` }),
        c.reason ? h('div', { class: 'check-reason', text: c.reason }) : null))));
  } catch (e) {
    replace($('#verify-result'));
    showError($('#verify-error'), e, $('#verify-form'));
  }
}

async function loadKeys() {
  try {
    const body = await api('/keys');
    const keys = Array.isArray(body) ? body : body?.items || [];
    replace($('#key-table tbody'), keys.map((k) => h('tr', { dataset: { keyId: k.keyId } }, cells(
      h('code', { title: k.keyId, text: shortHash(k.keyId, 16) }), k.algorithm, badge(tEnum('keyStatus', k.status), stateKind(k.status)), dateTime(k.createdAt),
      h('div', {},
        h('details', {}, h('summary', { text: t('audit.keys.show') }), h('pre', { text: k.publicKeyPem })),
        h('button', { type: 'button', class: 'secondary', text: t('audit.keys.download'), onclick: () => saveBlob(new Blob([k.publicKeyPem], { type: 'application/x-pem-file' }), `school-key-${k.keyId.slice(0, 16)}.pem`) }))))));
  } catch (e) {
    showError($('#keys-error'), e);
  }
}

if (me) {
  $('#verify-form').addEventListener('submit', verify);
  $('#evidence-button').addEventListener('click', (e) => {
    const id = artifactId();
    if (id) busy(e.currentTarget, () => downloadEvidence(id)).catch((err) => showError($('#verify-error'), err));
  });
  const fromUrl = new URLSearchParams(location.search).get('artifact');
  if (fromUrl) { $('#verify-input').value = fromUrl; $('#verify-form').requestSubmit(); }
  $('#start-audit').addEventListener('click', startAudit);
  listRuns();
  initLog();
  loadKeys();
}
