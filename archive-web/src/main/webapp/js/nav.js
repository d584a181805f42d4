/**
 * Page start-up and the shared header: translations, login check, the user's
 * roles, forced password change, navigation, language switch and logout.
 */
import { h, replace } from './dom.js';
import { applyI18n, loadI18n, other, setLang, t, tEnum } from './i18n.js';
import { api, clearToken, request, token, toLogin } from './api.js';
import { FEATURES, featuresFor } from './features.js';

/** Fetches the public server info once per session. */
export async function serverInfo() {
  const cached = sessionStorage.getItem('archive.info');
  if (cached) return JSON.parse(cached);
  try {
    const info = await api('/info', { auth: false });
    sessionStorage.setItem('archive.info', JSON.stringify(info));
    return info;
  } catch {
    return { demo: false };
  }
}

/** Language switch button: labelled in the language it switches to. */
export function langSwitch(onSwitch) {
  const button = h('button', { type: 'button', id: 'lang-switch', class: 'lang-switch' });
  const label = () => {
    button.textContent = t(`lang.switchTo.${other()}`);
    button.lang = other();
    button.setAttribute('aria-label', `${t('lang.label')}: ${t(`lang.switchTo.${other()}`)}`);
  };
  label();
  button.addEventListener('click', async () => {
    await setLang(other());
    label();
    if (onSwitch) onSwitch(); else location.reload();
  });
  return button;
}

function header(me, info, page) {
  const links = featuresFor(me.roles).filter((f) => f.href);
  return [
    h('a', { class: 'skip-link', href: '#main', text: t('nav.skip') }),
    h('div', { class: 'header-bar' },
      h('a', { class: 'brand', href: 'home.html' },
        h('span', { class: 'brand-school', text: info.schoolName || '' }),
        h('span', { class: 'brand-app', text: t('app.name') })),
      h('div', { class: 'header-user' },
        h('span', { id: 'user-name', class: 'user-name', text: me.displayName || me.username }),
        h('span', { id: 'user-roles', class: 'user-roles', text: me.roles.map((r) => tEnum('role', r)).join(t('common.listSeparator')) }),
        langSwitch(),
        h('button', { type: 'button', id: 'logout-button', class: 'secondary', text: t('nav.logout'), onclick: logout }))),
    h('nav', { class: 'main-nav', 'aria-label': t('nav.label') },
      h('ul', {}, [{ id: 'home', href: 'home.html' }, ...links].map((f) => h('li', {},
        h('a', {
          href: f.href, text: t(`feature.${f.id}.title`),
          'aria-current': f.href.split('#')[0] === page ? 'page' : null,
        }))))),
  ];
}

export async function logout() {
  try { await request('/auth/token', { method: 'DELETE' }); } catch { /* already gone */ }
  clearToken();
  location.assign('index.html');
}

/** The current user, cached for the session. */
export async function currentUser(refresh = false) {
  const cached = sessionStorage.getItem('archive.me');
  if (cached && !refresh) return JSON.parse(cached);
  const me = await api('/me');
  me.roles = me.roles || [];
  sessionStorage.setItem('archive.me', JSON.stringify(me));
  return me;
}

/**
 * Starts a protected page. Returns the user, or null when the page must not
 * go on (not logged in, password change pending, role not allowed).
 */
export async function initPage({ roles = null } = {}) {
  await loadI18n();
  applyI18n();
  if (!token()) { toLogin(); return null; }
  const page = location.pathname.split('/').pop() || 'home.html';
  let me;
  try {
    me = await currentUser();
  } catch (e) {
    if (e.status !== 401) fatal(e.message);
    return null;
  }
  if (me.passwordChangeRequired && page !== 'password.html') {
    location.assign('password.html');
    return null;
  }
  const info = await serverInfo();
  replace(document.getElementById('site-header'), header(me, info, page));
  const footer = document.getElementById('site-footer');
  if (footer) replace(footer, t('footer.text', { version: info.version || '' }));
  if (roles && !roles.some((r) => me.roles.includes(r))) {
    fatal(t('error.forbiddenPage'));
    return null;
  }
  return me;
}

function fatal(text) {
  const main = document.getElementById('main');
  replace(main, h('p', { class: 'message message-error', role: 'alert', text }));
}

export { FEATURES };
