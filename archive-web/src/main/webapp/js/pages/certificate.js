/**
 * A former student's destruction certificate without a login (issue 15): the erasure removed their
 * account, and the claim code shown once when they filed the request fetches it.
 */
import { $, h, replace } from '../dom.js';
import { applyI18n, loadI18n, t } from '../i18n.js';
import { request, saveBlob } from '../api.js';
import { langSwitch, serverInfo } from '../nav.js';
import { busy, message, showError } from '../widgets.js';

await loadI18n();
applyI18n();
const info = await serverInfo();
const params = new URLSearchParams(location.search);

function renderHeader() {
  replace($('#site-header'), h('div', { class: 'header-bar' },
    h('div', { class: 'brand' },
      h('span', { class: 'brand-school', text: info.schoolName || '' }),
      h('span', { class: 'brand-app', text: t('app.name') })),
    h('div', { class: 'header-user' }, langSwitch(() => { applyI18n(); renderHeader(); }))));
  replace($('#site-footer'), t('footer.text', { version: info.version || '' }));
}

async function fetchCertificate(button, suffix, filename) {
  const id = $('#claim-request').value.trim();
  const code = $('#claim-code').value.trim();
  const status = $('#claim-status');
  if (!id || !code) {
    message(status, t('claim.missing'), 'error');
    return;
  }
  await busy(button, async () => {
    try {
      const res = await request(`/deletion-requests/${encodeURIComponent(id)}/certificate${suffix}`,
        { headers: { 'Claim-Code': code }, auth: false });
      saveBlob(await res.blob(), filename);
      message(status, t('claim.done'), 'success');
    } catch (e) {
      showError(status, e);
    }
  });
}

renderHeader();
if (params.get('request')) $('#claim-request').value = params.get('request');
$('#claim-form').addEventListener('submit', (e) => {
  e.preventDefault();
  fetchCertificate($('#claim-pdf'), '/pdf', 'destruction-certificate.pdf');
});
$('#claim-json').addEventListener('click', (e) => fetchCertificate(e.currentTarget, '', 'destruction-certificate.json'));
