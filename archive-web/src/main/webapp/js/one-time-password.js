/**
 * Shows a one-time password exactly once: the API answers it a single time, the page keeps it
 * nowhere else (no storage, no URL), and the clerk hides it once it has been handed over.
 */
import { h, replace } from './dom.js';
import { t } from './i18n.js';

/** Renders `username`'s one-time password into `region` (a status region) with the hand-over warning. */
export function showOneTimePassword(region, username, password) {
  region.hidden = false;
  region.className = 'message message-info one-time';
  replace(region,
    h('p', { class: 'one-time-warning' }, h('strong', { text: t('oneTime.warning') })),
    h('dl', { class: 'meta' },
      h('dt', { text: t('account.username') }), h('dd', {}, h('code', { class: 'one-time-username', text: username })),
      h('dt', { text: t('oneTime.password') }), h('dd', {}, h('code', { class: 'one-time-password', text: password }))),
    h('p', { class: 'hint', text: t('oneTime.hint') }),
    h('button', {
      type: 'button', class: 'secondary one-time-done', text: t('oneTime.done'),
      onclick: () => { replace(region); region.hidden = true; },
    }));
  region.focus?.();
}
