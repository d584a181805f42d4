/** Shared page pieces: messages, field errors, pager, term pickers, busy buttons. */
import { h, replace } from './dom.js';
import { t } from './i18n.js';
import { ApiError } from './api.js';
import { currentTerm } from './format.js';

/** Shows a message in a status or alert region. kind: 'info' | 'success' | 'error'. */
export function message(region, text, kind = 'info') {
  region.hidden = !text;
  region.className = `message message-${kind}`;
  replace(region, text || '');
}

/**
 * Shows an error: the problem's detail in `region`, and each {field, message}
 * next to the form control named `field` (or whose data-field is `field`).
 * Field errors without a control are listed in the region.
 */
export function showError(region, error, form) {
  clearFieldErrors(form);
  const detail = error instanceof ApiError || error?.message ? error.message : String(error);
  const leftovers = [];
  for (const e of error?.errors || []) {
    const control = form && findControl(form, e.field);
    if (control) markField(control, e.message);
    else leftovers.push(e);
  }
  message(region, detail, 'error');
  if (leftovers.length) {
    region.append(h('ul', {}, leftovers.map((e) => h('li', {}, e.field ? `${e.field}: ${e.message}` : e.message))));
  }
  region.focus?.();
}

function findControl(form, field) {
  if (!field) return null;
  const leaf = String(field).split('.').pop().replace(/\[\d+\]$/, '');
  return form.querySelector(`[data-field="${CSS.escape(field)}"]`)
    || form.querySelector(`[name="${CSS.escape(field)}"]`)
    || form.querySelector(`[name="${CSS.escape(leaf)}"]`);
}

export function markField(control, text) {
  const id = `${control.id || control.name || 'field'}-error`;
  control.setAttribute('aria-invalid', 'true');
  const described = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  if (!described.includes(id)) control.setAttribute('aria-describedby', [...described, id].join(' '));
  let note = document.getElementById(id);
  if (!note) {
    note = h('p', { id, class: 'field-error' });
    (control.closest('.field') || control).after(note);
  }
  note.textContent = text;
}

export function clearFieldErrors(form) {
  if (!form) return;
  for (const note of form.querySelectorAll('.field-error')) note.remove();
  for (const control of form.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
    const rest = (control.getAttribute('aria-describedby') || '').split(' ').filter((id) => !id.endsWith('-error'));
    if (rest.length) control.setAttribute('aria-describedby', rest.join(' '));
    else control.removeAttribute('aria-describedby');
  }
}

/** Renders prev/next paging for a {page,size,total} list into `nav`. */
export function pager(nav, { page = 0, size = 50, total = 0 }, onPage) {
  const pages = Math.max(1, Math.ceil(total / size));
  replace(nav,
    h('button', { type: 'button', class: 'secondary', disabled: page <= 0, onclick: () => onPage(page - 1), text: t('pager.previous') }),
    h('span', { class: 'pager-info', text: t('pager.info', { page: page + 1, pages, total }) }),
    h('button', { type: 'button', class: 'secondary', disabled: page + 1 >= pages, onclick: () => onPage(page + 1), text: t('pager.next') }));
  nav.hidden = total === 0;
}

/** Fills academic-year / semester inputs with today's term when empty. */
export function defaultTerm(yearInput, semesterSelect) {
  const term = currentTerm();
  if (yearInput && !yearInput.value) yearInput.value = term.academicYear;
  if (semesterSelect && !semesterSelect.value) semesterSelect.value = String(term.semester);
  return term;
}

/** Runs `task` with `button` disabled and aria-busy set, returning its result. */
export async function busy(button, task) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await task();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

/** A <td> list for a table row. */
export function cells(...values) {
  return values.map((v) => h('td', {}, v));
}

/** Status badge: a colour class plus the text, so colour is never the only cue. */
export function badge(text, kind = 'neutral') {
  return h('span', { class: `badge badge-${kind}` }, text);
}

export function stateKind(state) {
  if (['CERTIFIED', 'CONFIRMED', 'COMPLETED', 'SUCCEEDED', 'ACTIVE', 'SELECTED', 'SUBMITTED'].includes(state)) return 'ok';
  if (['REJECTED', 'DISPUTED', 'FAILED', 'RETIRED'].includes(state)) return 'bad';
  if (['PENDING_CERTIFICATION', 'UNCONFIRMED', 'RUNNING', 'QUEUED'].includes(state)) return 'warn';
  return 'neutral';
}

/** An empty-table row spanning `columns`. */
export function emptyRow(columns, key = 'common.empty') {
  return h('tr', { class: 'empty' }, h('td', { colspan: columns, text: t(key) }));
}
