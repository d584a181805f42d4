/**
 * Translations. zh-TW is the default; the choice is kept in localStorage.
 * Static markup names its strings with data-i18n attributes; code calls t().
 */
const STORAGE_KEY = 'archive.lang';
export const LANGS = ['zh-TW', 'en'];
let dict = {};
let current = 'zh-TW';

export function lang() {
  return current;
}

function preferred() {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (LANGS.includes(saved)) return saved;
  } catch { /* storage disabled: use the default */ }
  return 'zh-TW';
}

export async function loadI18n(wanted = preferred()) {
  const url = new URL(`../i18n/${wanted}.json`, import.meta.url);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`cannot load ${url}`);
  dict = await res.json();
  current = wanted;
  document.documentElement.lang = wanted;
  return current;
}

/** Translates `key`, replacing {name} placeholders from `params`. */
export function t(key, params = {}) {
  const text = dict[key];
  if (text === undefined) return key;
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in params ? String(params[name]) : all));
}

/** Translates an enum value (e.g. a state) or shows the value itself when unknown. */
export function tEnum(group, value) {
  if (value === undefined || value === null || value === '') return '';
  const key = `enum.${group}.${value}`;
  return key in dict ? dict[key] : String(value);
}

export function has(key) {
  return key in dict;
}

export function applyI18n(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const attr of ['placeholder', 'title', 'aria-label']) {
    const data = `data-i18n-${attr}`;
    for (const el of root.querySelectorAll(`[${data}]`)) el.setAttribute(attr, t(el.getAttribute(data)));
  }
  const title = document.querySelector('meta[name="i18n-title"]');
  if (title) document.title = `${t(title.content)} | ${t('app.name')}`;
}

export function other() {
  return current === 'zh-TW' ? 'en' : 'zh-TW';
}

export async function setLang(next) {
  try { localStorage.setItem(STORAGE_KEY, next); } catch { /* ignore */ }
  await loadI18n(next);
  applyI18n();
}
