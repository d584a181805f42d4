/** Login: token request, demo notice from /info, redirect to the wanted page. */
import { $, h, replace } from '../dom.js';
import { applyI18n, loadI18n, t } from '../i18n.js';
import { api, ApiError, clearToken, saveToken } from '../api.js';
import { currentUser, langSwitch, serverInfo } from '../nav.js';
import { message, showError } from '../widgets.js';

const DEMO_ACCOUNTS = ['student1', 'student2', 'teacher1', 'teacher2', 'registrar1', 'academic1', 'auditor1', 'backup1', 'admin1'];
const params = new URLSearchParams(location.search);

await loadI18n();
applyI18n();
sessionStorage.removeItem('archive.info');
const info = await serverInfo();

function renderHeader() {
  replace($('#site-header'), h('div', { class: 'header-bar' },
    h('div', { class: 'brand' },
      h('span', { id: 'school-name', class: 'brand-school', text: info.schoolName || '' }),
      h('span', { class: 'brand-app', text: t('app.name') })),
    h('div', { class: 'header-user' }, langSwitch(renderAll))));
  replace($('#site-footer'), t('footer.text', { version: info.version || '' }));
}

function renderDemo() {
  $('#demo-notice').hidden = info.demo !== true;
  replace($('#demo-accounts'), DEMO_ACCOUNTS.map((name) => h('li', {}, h('code', { text: name }))));
}

function renderAll() {
  renderHeader();
  renderDemo();
  const error = $('#login-error');
  if (!error.hidden && error.dataset.key) message(error, t(error.dataset.key), 'error');
}

/** Only a page of this application, never another origin. */
function nextPage() {
  const next = params.get('next') || '';
  return /^[a-z-]+\.html([?#][^\s]*)?$/.test(next) ? next : 'home.html';
}

$('#session-expired').hidden = params.get('expired') !== '1';
renderAll();

$('#login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = $('#login-error');
  const username = $('#username').value.trim();
  const password = $('#password').value;
  if (!username || !password) {
    error.dataset.key = 'login.missing';
    message(error, t('login.missing'), 'error');
    (username ? $('#password') : $('#username')).focus();
    return;
  }
  const button = $('#login-button');
  button.disabled = true;
  try {
    clearToken();
    const body = await api('/auth/token', { method: 'POST', json: { username, password }, auth: false });
    saveToken(body);
    const me = await currentUser(true);
    location.assign(me.passwordChangeRequired ? 'password.html' : nextPage());
  } catch (e) {
    clearToken();
    delete error.dataset.key;
    if (e instanceof ApiError && (e.status === 401 || e.status === 429)) {
      error.dataset.key = e.status === 401 ? 'login.failed' : 'login.throttled';
      message(error, t(error.dataset.key), 'error');
    } else {
      showError(error, e, $('#login-form'));
    }
    $('#password').select();
    button.disabled = false;
  }
});
