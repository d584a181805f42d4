/** Student "my files": list, upload with client-side checks and SHA-256, download, evidence. */
import { $, h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { api, query } from '../api.js';
import { initPage } from '../nav.js';
import { bytes, dateTime, shortHash } from '../format.js';
import { busy, cells, emptyRow, message, pager, showError } from '../widgets.js';
import { UPLOAD_LIMITS, downloadContent, downloadEvidence, loadUploadLimits, sha256Hex, uploadProblem } from '../artifacts.js';

const me = await initPage({ roles: ['STUDENT', 'ALUMNUS', 'REGISTRAR', 'ACADEMIC_ADMIN', 'AUDITOR'] });
const studentId = new URLSearchParams(location.search).get('student') || me?.studentId;
const own = studentId && studentId === me?.studentId;
const base = `/students/${encodeURIComponent(studentId)}/artifacts`;

function row(a) {
  const status = h('span', { class: 'row-status', role: 'status' });
  const act = (key, task) => h('button', {
    type: 'button', class: 'secondary', text: t(key),
    onclick: async (e) => { try { await busy(e.currentTarget, task); replace(status); } catch (err) { replace(status, err.message); } },
  });
  return h('tr', { dataset: { artifactId: a.id } }, cells(
    [h('strong', { text: a.title || a.filename }), a.title ? h('div', { class: 'hint', text: a.filename }) : null],
    a.mediaType,
    bytes(a.size),
    dateTime(a.createdAt),
    h('code', { title: a.sha256, text: shortHash(a.sha256) }),
    a.signature ? h('code', { title: `${a.signature.algorithm} ${a.signature.keyId}`, text: `${a.signature.algorithm || ''} ${shortHash(a.signature.keyId, 8)}` }) : t('files.unsigned'),
    h('div', { class: 'actions' },
      act('common.download', () => downloadContent(a.id, a.filename)),
      act('files.evidence', () => downloadEvidence(a.id)),
      status),
  ));
}

async function load(page = 0) {
  const body = $('#artifact-table tbody');
  try {
    const list = await api(base + query({ page, size: 50 }));
    replace(body, list.items.length ? list.items.map(row) : emptyRow(7, 'files.list.empty'));
    pager($('#artifact-pager'), list, load);
    $('#list-error').hidden = true;
  } catch (e) {
    showError($('#list-error'), e);
  }
}

async function upload(event) {
  event.preventDefault();
  const status = $('#upload-status');
  const file = $('#file-input').files[0];
  const problem = uploadProblem(file);
  if (problem) {
    message(status, t(problem.key, problem.params), 'error');
    $('#file-input').focus();
    return;
  }
  await busy($('#upload-button'), async () => {
    try {
      message(status, t('files.upload.hashing'), 'info');
      const digest = await sha256Hex(file);
      const form = new FormData();
      form.append('file', file, file.name);
      const title = $('#title-input').value.trim();
      if (title) form.append('title', title);
      if (digest) form.append('sha256', digest);
      message(status, t('files.upload.sending'), 'info');
      const created = await api(base, { method: 'POST', body: form });
      message(status, t('files.upload.done', { name: created.filename, sha: shortHash(created.sha256) }), 'success');
      $('#upload-form').reset();
      await load(0);
    } catch (e) {
      showError(status, e, $('#upload-form'));
    }
  });
}

if (me && !studentId) {
  replace($('#main'), h('p', { class: 'message message-error', role: 'alert', text: t('error.noStudent') }));
} else if (me) {
  // An alumnus reads their files but may no longer upload (issue 14; the server refuses it too).
  $('#upload-section').hidden = !own || !me.roles.includes('STUDENT');
  if (!own) {
    $('#files-owner').hidden = false;
    $('#files-owner').textContent = t('files.owner', { id: studentId });
  }
  $('#upload-form').addEventListener('submit', upload);
  load(0);
  showAllowed();
  if (own) loadUploadLimits(api).then(showAllowed, () => {});
}

/** The allowed types with the limits in force (the server's settings once loaded). */
function showAllowed() {
  const mb = (ext) => (UPLOAD_LIMITS[ext] / 1000000).toLocaleString();
  $('#allowed-documents').textContent = t('files.allowed.documents', { limit: mb('pdf') });
  $('#allowed-media').textContent = t('files.allowed.media', { limit: mb('mp4') });
}
