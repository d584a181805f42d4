/** Registrar search: one box, facets with counts, highlighted snippets, paging, open a hit. */
import { $, h, replace, snippet } from '../dom.js';
import { has, t, tEnum } from '../i18n.js';
import { api, query } from '../api.js';
import { initPage } from '../nav.js';
import { studentLabel } from '../format.js';
import { badge, markField, clearFieldErrors, message, pager, showError } from '../widgets.js';
import { openHit } from '../hit-detail.js';

const SIZE = 20;
const FACET_ENUM = { semester: 'semester', category: 'category', state: 'state', type: 'hitType' };
// A course outcome's "category" in the index is its lifecycle state (CERTIFIED, PENDING_CERTIFICATION…).
const FALLBACK_ENUM = { category: 'state' };
const me = await initPage({ roles: ['REGISTRAR', 'ACADEMIC_ADMIN', 'AUDITOR'] });
const filters = {};
let page = 0;
/** The reason the current results were searched with, when they include sealed records (auditors). */
let sealedReason = null;
/** The API's rule for a reason to read sealed records (archive.retention.sealedAccessReasonMinLength). */
const REASON_MIN = 10;

function facetLabel(name, value) {
  if (name === 'academicYear') return t('common.academicYearValue', { year: value });
  if (!FACET_ENUM[name]) return value;
  const group = has(`enum.${FACET_ENUM[name]}.${value}`) || !FALLBACK_ENUM[name] ? FACET_ENUM[name] : FALLBACK_ENUM[name];
  return tEnum(group, value);
}

function renderFacets(facets = {}) {
  const groups = Object.entries(facets).filter(([, counts]) => counts && Object.keys(counts).length);
  replace($('#facets'), groups.map(([name, counts]) => h('fieldset', { class: 'facet', dataset: { facet: name } },
    h('legend', { text: has(`search.facet.${name}`) ? t(`search.facet.${name}`) : name }),
    h('ul', { class: 'checks' }, Object.entries(counts).map(([value, count]) => {
      const id = `facet-${name}-${value}`.replace(/[^\w-]/g, '_');
      return h('li', {},
        h('input', {
          type: 'checkbox', id, value, checked: filters[name]?.has(value) || false,
          onchange: (e) => {
            filters[name] = filters[name] || new Set();
            if (e.target.checked) filters[name].add(value); else filters[name].delete(value);
            search(0);
          },
        }), ' ',
        h('label', { for: id, text: t('search.facetCount', { label: facetLabel(name, value), count }) }));
    })))));
}

function renderHit(hit) {
  return h('li', { class: 'hit', dataset: { hitId: hit.id, type: hit.type } },
    h('h3', {}, h('button', { type: 'button', class: 'link', text: hit.title || hit.id, onclick: () => openHit(hit, sealedReason) })),
    h('p', { class: 'hint' }, badge(tEnum('hitType', hit.type)), hit.studentName ? h('span', { class: 'hit-student', text: ` ${studentLabel(hit)}` })
      : hit.studentId ? ` ${t('search.studentIdValue', { id: hit.studentId })}` : ''),
    (hit.snippets || []).map(snippet));
}

function params() {
  const p = { q: $('#search-input').value.trim(), page, size: SIZE };
  for (const [name, values] of Object.entries(filters)) if (values.size) p[name] = [...values];
  if ($('#include-sealed').checked) { p.includeSealed = 'true'; p.reason = $('#sealed-reason').value.trim(); }
  return p;
}

async function search(p = 0) {
  page = p;
  const form = $('#search-form');
  clearFieldErrors(form);
  message($('#search-error'), '');
  const q = params();
  if (!q.q) { markField($('#search-input'), t('search.empty')); $('#search-input').focus(); return; }
  if (q.includeSealed && !q.reason) { markField($('#sealed-reason'), t('search.reasonNeeded')); $('#sealed-reason').focus(); return; }
  if (q.includeSealed && Array.from(q.reason).length < REASON_MIN) {
    markField($('#sealed-reason'), t('sealedAccess.reasonTooShort', { min: REASON_MIN }));
    $('#sealed-reason').focus();
    return;
  }
  const { reason, includeSealed, ...shareable } = q;
  history.replaceState(null, '', `search.html${query(shareable)}`);
  try {
    const result = await api(`/search${query(q)}`);
    sealedReason = q.includeSealed ? q.reason : null;
    const hits = result.hits || [];
    // Past a bound the server stops counting: total is then a lower bound and facets are estimates.
    const key = result.totalRelation === 'GTE' ? 'search.totalAtLeast' : 'search.total';
    $('#search-total').textContent = t(key, { total: result.total ?? hits.length });
    replace($('#search-results'), hits.map(renderHit));
    renderFacets(result.facets);
    pager($('#search-pager'), { page, size: SIZE, total: result.total ?? hits.length }, search);
  } catch (e) {
    replace($('#search-results'));
    $('#search-total').textContent = '';
    showError($('#search-error'), e, form);
  }
}

if (me) {
  const url = new URLSearchParams(location.search);
  for (const name of ['academicYear', 'semester', 'category', 'state', 'type']) {
    if (url.getAll(name).length) filters[name] = new Set(url.getAll(name));
  }
  $('#sealed-controls').hidden = !me.roles.includes('AUDITOR');
  $('#include-sealed').addEventListener('change', (e) => { $('#sealed-reason-field').hidden = !e.target.checked; });
  $('#search-form').addEventListener('submit', (e) => { e.preventDefault(); search(0); });
  $('#hit-detail-close').addEventListener('click', () => { $('#hit-detail').hidden = true; $('#search-input').focus(); });
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.closest('input, textarea, select, [contenteditable]')) return;
    e.preventDefault();
    $('#search-input').focus();
    $('#search-input').select();
  });
  $('#search-input').focus();
  if (url.get('q')) {
    $('#search-input').value = url.get('q');
    search(Number(url.get('page')) || 0);
  }
}
