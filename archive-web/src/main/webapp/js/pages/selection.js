/** Student: pick the year's outcomes and diverse items for submission, within the limits. */
import { $, $$, h, replace } from '../dom.js';
import { t, tEnum } from '../i18n.js';
import { api, ApiError, fetchAll } from '../api.js';
import { initPage } from '../nav.js';
import { busy, defaultTerm, message, showError } from '../widgets.js';
import { checkedValues } from '../artifacts.js';

const SELECTABLE_OUTCOME = ['CERTIFIED', 'SELECTED'];
const LOCKED = ['SUBMITTED', 'SEALED', 'DELETED'];
const me = await initPage({ roles: ['STUDENT'] });
const sid = encodeURIComponent(me?.studentId || '');
let limits = { outcomeSelectionPerYear: 6, diverseSelectionPerYear: 10 };

function outcomeReason(o) {
  if (SELECTABLE_OUTCOME.includes(o.state)) return null;
  if (o.state === 'REJECTED') {
    const reason = o.certification?.reason;
    return reason ? t('selection.why.REJECTED_reason', { reason }) : t('selection.why.REJECTED');
  }
  const key = `selection.why.${o.state}`;
  const text = t(key);
  return text === key ? t('selection.why.other', { state: tEnum('state', o.state) }) : text;
}

function choice(name, item, label, reason, selected) {
  const id = `${name}-${item.id}`;
  const reasonId = `${id}-why`;
  return h('li', { dataset: { id: item.id } },
    h('input', {
      type: 'checkbox', id, name, value: item.id, checked: selected && !reason,
      disabled: !!reason, dataset: { locked: reason ? 'true' : 'false' },
      'aria-describedby': reason ? reasonId : null, onchange: refresh,
    }),
    ' ',
    h('label', { for: id, text: label }),
    reason ? h('span', { id: reasonId, class: 'hint', text: ` — ${reason}` }) : null);
}

/** Updates "已選 n / max" and disables unticked boxes once a limit is reached. */
function refresh() {
  for (const [fieldset, name, max, counter] of [
    ['#outcome-choices', 'courseOutcomeIds', limits.outcomeSelectionPerYear, '#outcome-count'],
    ['#diverse-choices', 'diversePerformanceIds', limits.diverseSelectionPerYear, '#diverse-count'],
  ]) {
    const n = checkedValues($(fieldset), name).length;
    const el = $(counter);
    el.textContent = t('selection.count', { n, max }) + (n >= max ? ` ${t('selection.full')}` : '');
    el.classList.toggle('over', n > max);
    for (const box of $$(`input[name="${name}"]`, $(fieldset))) {
      if (box.dataset.locked !== 'true') box.disabled = !box.checked && n >= max;
    }
  }
}

async function load() {
  const academicYear = $('#year-input').value;
  message($('#selection-error'), '');
  message($('#selection-status'), '');
  try {
    const [outcomes, diverse, current] = await Promise.all([
      fetchAll(`/students/${sid}/course-outcomes`, { academicYear }),
      fetchAll(`/students/${sid}/diverse-performances`, { academicYear }),
      api(`/students/${sid}/selections/${encodeURIComponent(academicYear)}`).catch((e) => {
        if (e instanceof ApiError && e.status === 404) return { courseOutcomeIds: [], diversePerformanceIds: [] };
        throw e;
      }),
    ]);
    const chosenO = current?.courseOutcomeIds || [];
    const chosenD = current?.diversePerformanceIds || [];
    const yearD = diverse.filter((d) => d.academicYear === undefined || String(d.academicYear) === String(academicYear));
    replace($('#outcome-choices ul'), outcomes.length
      ? outcomes.map((o) => choice('courseOutcomeIds', o, `${o.courseName}：${o.description}`, outcomeReason(o), chosenO.includes(o.id)))
      : h('li', { class: 'hint', text: t('selection.noOutcomes') }));
    replace($('#diverse-choices ul'), yearD.length
      ? yearD.map((d) => choice('diversePerformanceIds', d, `${tEnum('category', d.category)}：${d.name}`,
        LOCKED.includes(d.state) ? t('selection.why.other', { state: tEnum('state', d.state) }) : null, chosenD.includes(d.id)))
      : h('li', { class: 'hint', text: t('selection.noDiverse') }));
    refresh();
  } catch (e) {
    showError($('#selection-error'), e);
  }
}

async function save(event) {
  event.preventDefault();
  const form = $('#selection-form');
  const academicYear = $('#year-input').value;
  const body = {
    courseOutcomeIds: checkedValues(form, 'courseOutcomeIds'),
    diversePerformanceIds: checkedValues(form, 'diversePerformanceIds'),
  };
  message($('#selection-error'), '');
  try {
    await busy($('#selection-save'), () => api(`/students/${sid}/selections/${encodeURIComponent(academicYear)}`, { method: 'PUT', json: body }));
    message($('#selection-status'), t('selection.saved', { outcomes: body.courseOutcomeIds.length, diverse: body.diversePerformanceIds.length }), 'success');
    $('#selection-status').focus();
  } catch (e) {
    showError($('#selection-error'), e, form);
  }
}

if (me) {
  defaultTerm($('#year-input'));
  try {
    limits = { ...limits, ...(await api('/settings/limits')) };
  } catch { /* keep the national defaults */ }
  $('#year-form').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  $('#selection-form').addEventListener('submit', save);
  load();
}
