/**
 * Fetch wrapper for /api/v1: bearer token from sessionStorage, RFC 9457
 * problem parsing, 401 → login, downloads through blobs.
 */
import { t } from './i18n.js';

const TOKEN_KEY = 'archive.token';
const EXPIRES_KEY = 'archive.tokenExpires';
export const API = 'api/v1';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
  }
}

export function token() {
  const value = sessionStorage.getItem(TOKEN_KEY);
  const expires = Number(sessionStorage.getItem(EXPIRES_KEY) || 0);
  if (value && expires && Date.now() > expires) {
    clearToken();
    return null;
  }
  return value;
}

export function saveToken(body) {
  sessionStorage.setItem(TOKEN_KEY, body.access_token);
  if (body.expires_in) sessionStorage.setItem(EXPIRES_KEY, String(Date.now() + body.expires_in * 1000));
}

export function clearToken() {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(EXPIRES_KEY);
  sessionStorage.removeItem('archive.me');
}

/** Sends the browser to the login page, remembering where it was. */
export function toLogin(expired = false) {
  const here = location.pathname.split('/').pop() + location.search + location.hash;
  const params = new URLSearchParams();
  if (here && !here.startsWith('index.html')) params.set('next', here);
  if (expired) params.set('expired', '1');
  const query = params.toString();
  location.assign(`index.html${query ? `?${query}` : ''}`);
}

/** Builds a query string from an object, skipping empty values; arrays repeat the name. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== '') q.append(key, String(v));
    }
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The raw Response of an API call; throws ApiError for anything but 2xx. */
export async function request(path, { method = 'GET', json, body, headers = {}, auth = true } = {}) {
  const h = { Accept: 'application/json, application/problem+json;q=0.9, */*;q=0.5', ...headers };
  const tok = token();
  if (auth && tok) h.Authorization = `Bearer ${tok}`;
  if (json !== undefined) {
    h['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  }
  let res;
  try {
    res = await fetch(`${API}${path}`, { method, headers: h, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { title: t('error.network'), detail: t('error.network') });
  }
  if (res.status === 401 && auth) {
    clearToken();
    toLogin(true);
    throw new ApiError(401, { detail: t('error.unauthorized') });
  }
  if (!res.ok) throw new ApiError(res.status, await problemOf(res));
  return res;
}

async function problemOf(res) {
  const type = res.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try { return await res.json(); } catch { /* fall through */ }
  }
  const key = `error.http.${res.status}`;
  const text = t(key);
  return { status: res.status, detail: text === key ? t('error.http', { status: res.status }) : text };
}

/** JSON of an API call (null for 204 or an empty body). */
export async function api(path, options) {
  const res = await request(path, options);
  if (res.status === 204) return null;
  const text = await res.text();
  return text ? JSON.parse(text) : null;
}

/** Every item of a paged list, following pages up to `maxPages`. */
export async function fetchAll(path, params = {}, maxPages = 20) {
  const items = [];
  for (let page = 0; page < maxPages; page++) {
    const body = await api(path + query({ ...params, page, size: 50 }));
    const chunk = Array.isArray(body) ? body : body?.items || [];
    items.push(...chunk);
    if (Array.isArray(body) || chunk.length === 0 || items.length >= (body.total ?? 0)) break;
  }
  return items;
}

/** Parses Content-Disposition, preferring the RFC 6266 filename* (UTF-8). */
export function filenameOf(disposition, fallback) {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
  if (star) {
    try { return decodeURIComponent(star[2].trim().replace(/^"|"$/g, '')); } catch { /* fall through */ }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition);
  if (plain) return (plain[2] ?? plain[1]).trim();
  return fallback;
}

/** Fetches a protected file as a blob with its server-given filename. */
export async function fetchBlob(path) {
  const res = await request(path, { headers: { Accept: '*/*' } });
  const blob = await res.blob();
  return { blob, filename: filenameOf(res.headers.get('Content-Disposition'), null), type: blob.type };
}

/** Saves a blob as a file through a temporary object URL. */
export function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename || 'download';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads a protected file (the token travels in the header, not the URL). */
export async function download(path, fallbackName) {
  const { blob, filename } = await fetchBlob(path);
  saveBlob(blob, filename || fallbackName);
}
