/** Artifact helpers shared by pages: download, evidence, inline preview, upload checks. */
import { h, replace } from './dom.js';
import { t } from './i18n.js';
import { download, fetchAll, fetchBlob, saveBlob } from './api.js';

const MB = 1000 * 1000;
const DOCUMENTS = ['pdf', 'jpg', 'jpeg', 'png'];
const MEDIA = ['mp3', 'mp4'];
/**
 * Upload limits by extension: the national rule's defaults (4,000,000 and 10,000,000 bytes) until
 * {@link loadUploadLimits} replaces them with the settings the server enforces.
 */
export const UPLOAD_LIMITS = {};
setLimits(4 * MB, 10 * MB);

function setLimits(documentBytes, mediaBytes) {
  DOCUMENTS.forEach((ext) => { UPLOAD_LIMITS[ext] = documentBytes; });
  MEDIA.forEach((ext) => { UPLOAD_LIMITS[ext] = mediaBytes; });
}

/** Takes the limits from `GET /settings/limits`, so the page refuses exactly what the server would. */
export async function loadUploadLimits(api) {
  const limits = await api('/settings/limits');
  if (limits?.documentMaxBytes > 0 && limits?.mediaMaxBytes > 0) setLimits(limits.documentMaxBytes, limits.mediaMaxBytes);
}

/** A translation key describing why `file` cannot be uploaded, or null. */
export function uploadProblem(file) {
  if (!file) return { key: 'files.check.none' };
  const ext = (file.name.split('.').pop() || '').toLowerCase();
  const limit = UPLOAD_LIMITS[ext];
  if (!limit || !file.name.includes('.')) return { key: 'files.check.type' };
  if (file.size === 0) return { key: 'files.check.empty' };
  if (file.size > limit) return { key: 'files.check.tooLarge', params: { limit: (limit / MB).toLocaleString(), bytes: limit.toLocaleString() } };
  return null;
}

/** Lowercase hex SHA-256 of a file, or null where Web Crypto is unavailable (plain http). */
export async function sha256Hex(file) {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Downloads an artifact's bytes; `reason` is an auditor's stated reason for reading a sealed record. */
export function downloadContent(id, name, reason) {
  const why = reason ? `?reason=${encodeURIComponent(reason)}` : '';
  return download(`/artifacts/${encodeURIComponent(id)}/content${why}`, name || `artifact-${id}`);
}

export function downloadEvidence(id) {
  return download(`/artifacts/${encodeURIComponent(id)}/evidence`, `evidence-${id}.json`);
}

/**
 * Shows an artifact inside `container`: PDF in an iframe, images as <img>,
 * audio/video with controls, anything else as a download button.
 * Needs CSP frame-src / media-src to allow blob: for PDF and media.
 */
export async function preview(id, container, label, path = `/artifacts/${encodeURIComponent(id)}/content`) {
  replace(container, h('p', { class: 'hint', text: t('common.loading') }));
  container.hidden = false;
  const { blob, filename } = await fetchBlob(path);
  const url = URL.createObjectURL(blob);
  const title = label || filename || id;
  const type = blob.type || '';
  let view;
  if (type === 'application/pdf') view = h('iframe', { src: url, title });
  else if (type.startsWith('image/')) view = h('img', { src: url, alt: title });
  else if (type.startsWith('audio/')) view = h('audio', { src: url, controls: true, title });
  else if (type.startsWith('video/')) view = h('video', { src: url, controls: true, title });
  replace(container,
    view || h('p', { text: t('preview.unsupported') }),
    h('p', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', text: t('common.download'), onclick: () => saveBlob(blob, filename || `artifact-${id}`) }),
      h('button', { type: 'button', class: 'secondary', text: t('preview.close'), onclick: () => { URL.revokeObjectURL(url); replace(container); container.hidden = true; } })));
}

/** Every artifact of a student (all pages). */
export function studentArtifacts(studentId) {
  return fetchAll(`/students/${encodeURIComponent(studentId)}/artifacts`);
}

/** Fills `list` with one checkbox per artifact, named `name`, ticking `selected`. */
export function artifactChoices(list, artifacts, selected = [], name = 'artifactIds') {
  if (!artifacts.length) {
    replace(list, h('li', { class: 'hint', text: t('artifacts.none') }));
    return;
  }
  replace(list, artifacts.map((a) => {
    const id = `${name}-${a.id}`;
    return h('li', {},
      h('input', { type: 'checkbox', id, name, value: a.id, checked: selected.includes(a.id) }),
      ' ',
      h('label', { for: id, text: `${a.title || a.filename}（${a.filename}）` }));
  }));
}

export function checkedValues(root, name) {
  return [...root.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
}
