/**
 * System administration of staff accounts: look one up by username (the API has no account list),
 * create one (one-time password shown once), change its roles, disable or enable it, reset its
 * password. Student and alumni logins come with the student's record; their roles are not set here.
 */
import { $, h, replace } from '../dom.js';
import { t, tEnum } from '../i18n.js';
import { api } from '../api.js';
import { initPage } from '../nav.js';
import { badge, busy, clearFieldErrors, markField, message, showError } from '../widgets.js';
import { showOneTimePassword } from '../one-time-password.js';

/** The roles a system administrator may give (AccountAdministration.STAFF_ROLES). */
const STAFF_ROLES = ['SUBJECT_TEACHER', 'CONSULTATION_TEACHER', 'REGISTRAR', 'ACADEMIC_SECTION', 'STUDENT_LIFE',
  'ACTIVITIES', 'ACADEMIC_ADMIN', 'AUDITOR', 'BACKUP_OPERATOR', 'SYSTEM_ADMIN'];
const me = await initPage({ roles: ['SYSTEM_ADMIN'] });
let account = null;

function roleChecks(list, prefix, selected = []) {
  replace(list, STAFF_ROLES.map((r) => {
    const id = `${prefix}-${r}`;
    return h('li', {}, h('input', { type: 'checkbox', id, name: 'roles', value: r, checked: selected.includes(r) }), ' ',
      h('label', { for: id, text: tEnum('role', r) }));
  }));
}

function checkedRoles(list) {
  return [...list.querySelectorAll('input[type=checkbox]:checked')].map((c) => c.value);
}

function render(a) {
  account = a;
  $('#account-detail').hidden = false;
  $('#account-heading').textContent = t('accounts.detail', { name: a.displayName || a.username });
  $('#account-username').textContent = a.username;
  $('#account-displayName').textContent = a.displayName || '';
  $('#account-roles').textContent = a.roles.map((r) => tEnum('role', r)).join(t('common.listSeparator'));
  replace($('#account-state'), a.disabled ? badge(t('account.disabled'), 'bad') : badge(t('account.enabled'), 'ok'));
  $('#account-passwordChange').textContent = a.passwordChangeRequired ? t('account.passwordChangePending') : t('account.passwordChangeNone');
  const student = a.roles.includes('STUDENT') || a.roles.includes('ALUMNUS');
  $('#roles-form').hidden = student;
  roleChecks($('#roles-checks'), 'role', a.roles);
  $('#toggle-disabled').textContent = a.disabled ? t('accounts.enable') : t('accounts.disable');
}

async function find(event) {
  event?.preventDefault();
  const username = $('#find-username').value.trim();
  clearFieldErrors($('#find-form'));
  $('#find-error').hidden = true;
  $('#account-status').hidden = true;
  $('#roles-status').hidden = true;
  if (!username) { markField($('#find-username'), t('validation.required')); return; }
  try {
    render(await busy($('#find-submit'), () => api(`/accounts/${encodeURIComponent(username)}`)));
    $('#account-heading').focus();
  } catch (e) {
    $('#account-detail').hidden = true;
    showError($('#find-error'), e);
  }
}

async function saveRoles(event) {
  event.preventDefault();
  const form = $('#roles-form');
  clearFieldErrors(form);
  const roles = checkedRoles($('#roles-checks'));
  if (!roles.length) { markField($('#roles-checks'), t('accounts.rolesRequired')); return; }
  try {
    const a = await busy($('#roles-submit'), () => api(`/accounts/${encodeURIComponent(account.username)}`, { method: 'PATCH', json: { roles } }));
    render(a);
    message($('#roles-status'), t('accounts.rolesSaved'), 'success');
  } catch (e) {
    showError($('#roles-status'), e, form);
  }
}

async function toggleDisabled() {
  const disabled = !account.disabled;
  if (disabled && !window.confirm(t('accounts.disableConfirm', { username: account.username }))) return;
  try {
    const a = await busy($('#toggle-disabled'), () => api(`/accounts/${encodeURIComponent(account.username)}`, { method: 'PATCH', json: { disabled } }));
    render(a);
    message($('#account-status'), disabled ? t('accounts.disabled') : t('accounts.enabled'), 'success');
  } catch (e) {
    showError($('#account-status'), e);
  }
}

async function resetPassword() {
  if (!window.confirm(t('accounts.resetConfirm', { username: account.username }))) return;
  try {
    const r = await busy($('#reset-password'), () => api(`/accounts/${encodeURIComponent(account.username)}/password-reset`, { method: 'POST' }));
    showOneTimePassword($('#account-status'), r.username, r.oneTimePassword);
    render(await api(`/accounts/${encodeURIComponent(account.username)}`));
  } catch (e) {
    showError($('#account-status'), e);
  }
}

async function create(event) {
  event.preventDefault();
  const form = $('#create-form');
  const status = $('#create-status');
  clearFieldErrors(form);
  const body = { username: $('#new-username').value.trim(), displayName: $('#new-displayName').value.trim(), roles: checkedRoles($('#new-roles')) };
  let ok = true;
  if (!body.username) { markField($('#new-username'), t('validation.required')); ok = false; }
  if (!body.displayName) { markField($('#new-displayName'), t('validation.required')); ok = false; }
  if (!body.roles.length) { markField($('#new-roles'), t('accounts.rolesRequired')); ok = false; }
  if (!ok) return;
  try {
    const r = await busy($('#create-submit'), () => api('/accounts', { method: 'POST', json: body }));
    form.reset();
    showOneTimePassword(status, r.username, r.oneTimePassword);
    status.prepend(h('p', { text: t('accounts.created', { username: r.username }) }));
  } catch (e) {
    showError(status, e, form);
  }
}

if (me) {
  roleChecks($('#new-roles'), 'new-role');
  $('#find-form').addEventListener('submit', find);
  $('#roles-form').addEventListener('submit', saveRoles);
  $('#toggle-disabled').addEventListener('click', toggleDisabled);
  $('#reset-password').addEventListener('click', resetPassword);
  $('#create-form').addEventListener('submit', create);
}
