/** Auditor: the signed checkpoint and a window onto the event log, filtered by type. */
import { $, h, replace } from './dom.js';
import { t, tEnum } from './i18n.js';
import { api, query, request } from './api.js';
import { dateTime } from './format.js';
import { badge, cells, emptyRow, showError } from './widgets.js';

const WINDOW = 50;
let entries = [];

export async function loadCheckpoint() {
  try {
    const text = await (await request('/log/checkpoint', { headers: { Accept: 'text/plain' } })).text();
    $('#checkpoint-text').textContent = text;
    const size = Number(text.split('\n')[1]);
    return Number.isFinite(size) ? size : 0;
  } catch (e) {
    $('#checkpoint-text').textContent = e.message;
    return 0;
  }
}

function render() {
  const type = $('#log-type').value;
  const shown = type ? entries.filter((e) => e.type === type) : entries;
  replace($('#log-table tbody'), shown.length ? shown.map((e) => h('tr', { dataset: { leafIndex: e.leafIndex } }, cells(
    String(e.leafIndex), tEnum('eventType', e.type), h('code', { text: e.objectId || '' }), tEnum('role', e.actorRole),
    e.outcome ? badge(tEnum('eventOutcome', e.outcome), /fail/i.test(e.outcome) ? 'bad' : 'ok') : '',
    dateTime(e.occurredAt),
    e.leafData ? h('details', {}, h('summary', { text: t('audit.log.showLeaf') }), h('code', { text: e.leafData })) : '')))
    : emptyRow(7, 'audit.log.empty'));
}

function fillTypes() {
  const select = $('#log-type');
  const keep = select.value;
  const types = [...new Set(entries.map((e) => e.type).filter(Boolean))].sort();
  replace(select, h('option', { value: '', text: t('audit.log.allTypes') }), types.map((ty) => h('option', { value: ty, text: tEnum('eventType', ty) })));
  select.value = types.includes(keep) ? keep : '';
}

export async function loadEntries() {
  const start = Math.max(0, Number($('#log-start').value) || 0);
  const end = Math.max(start + 1, Number($('#log-end').value) || start + WINDOW);
  try {
    const body = await api(`/log/entries${query({ start, end })}`);
    entries = Array.isArray(body) ? body : body?.items || [];
    fillTypes();
    render();
    $('#log-error').hidden = true;
  } catch (e) {
    showError($('#log-error'), e);
  }
}

function shift(by) {
  const start = Math.max(0, (Number($('#log-start').value) || 0) + by);
  $('#log-start').value = start;
  $('#log-end').value = start + WINDOW;
  loadEntries();
}

export async function initLog() {
  const size = await loadCheckpoint();
  $('#log-end').value = Math.max(size, 1);
  $('#log-start').value = Math.max(0, size - WINDOW);
  $('#log-form').addEventListener('submit', (e) => { e.preventDefault(); loadEntries(); });
  $('#log-type').addEventListener('change', render);
  $('#log-previous').addEventListener('click', () => shift(-WINDOW));
  $('#log-next').addEventListener('click', () => shift(WINDOW));
  if (size > 0) await loadEntries();
  else render();
}
