/** Opens a search hit: an artifact with its file, or a course outcome with its record and files. */
import { $, h, replace } from './dom.js';
import { t, tEnum } from './i18n.js';
import { api } from './api.js';
import { bytes, dateTime, studentLabel } from './format.js';
import { badge, busy, stateKind } from './widgets.js';
import { downloadContent, preview } from './artifacts.js';
import { certificationText } from './outcome-view.js';

function meta(pairs) {
  return h('dl', { class: 'meta' }, pairs.filter(([, v]) => v !== undefined && v !== null && v !== '')
    .flatMap(([k, v]) => [h('dt', { text: t(k) }), h('dd', {}, v)]));
}

async function artifactBlock(id, who, reason) {
  const why = reason ? `?reason=${encodeURIComponent(reason)}` : '';
  const a = await api(`/artifacts/${encodeURIComponent(id)}${why}`);
  const view = h('div', { class: 'preview', hidden: true });
  return h('div', { class: 'hit-artifact', dataset: { artifactId: a.id } },
    h('h3', { text: a.title || a.filename }),
    meta([['files.col.title', a.filename], ['search.studentId', who || a.studentId], ['files.col.type', a.mediaType], ['files.col.size', bytes(a.size)],
      ['files.col.createdAt', dateTime(a.createdAt)], ['files.col.sha256', h('code', { text: a.sha256 })]]),
    h('p', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', text: t('search.preview'), onclick: (e) => busy(e.currentTarget, () => preview(a.id, view, a.title || a.filename, `/artifacts/${encodeURIComponent(a.id)}/content${why}`)) }),
      h('button', { type: 'button', class: 'secondary', text: t('common.download'), onclick: (e) => busy(e.currentTarget, () => downloadContent(a.id, a.filename, reason)) })),
    view);
}

async function outcomeBlock(id, who, reason) {
  const o = await api(`/course-outcomes/${encodeURIComponent(id)}`);
  const files = await Promise.all((o.artifactIds || []).map((aid) => artifactBlock(aid, who, reason).catch((e) => h('p', { class: 'message message-error', text: `${aid}: ${e.message}` }))));
  return [
    meta([['outcomes.col.course', o.courseName], ['search.studentId', who || o.studentId], ['outcomes.col.description', o.description],
      ['outcomes.col.state', badge(tEnum('state', o.state), stateKind(o.state))], ['outcomes.col.certification', o.certification ? h('div', {}, certificationText(o.certification)) : null]]),
    files,
  ];
}

/**
 * `reason`: an auditor's reason for reading sealed records (the one the sealed search was asked with);
 * every read of a sealed file sends it again, as the API requires.
 */
export async function openHit(hit, reason) {
  const section = $('#hit-detail');
  section.hidden = false;
  $('#hit-detail-heading').textContent = hit.title || hit.id;
  const body = $('#hit-detail-body');
  replace(body, h('p', { class: 'hint', text: t('common.loading') }));
  $('#hit-detail-heading').focus();
  try {
    const type = String(hit.type || '').toUpperCase();
    if (type.includes('OUTCOME')) replace(body, await outcomeBlock(hit.id, studentLabel(hit), reason));
    else if (type.includes('ARTIFACT') || type.includes('FILE')) replace(body, await artifactBlock(hit.id, studentLabel(hit), reason));
    else replace(body, meta([['search.type', tEnum('hitType', hit.type)], ['search.studentId', studentLabel(hit)], ['search.id', h('code', { text: hit.id })]]));
  } catch (e) {
    replace(body, h('p', { class: 'message message-error', role: 'alert', text: e.message }));
  }
}
