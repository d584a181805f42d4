/** Teacher: certification queue, oldest first, with the files shown inline. */
import { $, h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { api, query } from '../api.js';
import { initPage } from '../nav.js';
import { dateTime, studentLabel } from '../format.js';
import { busy, markField, message, pager, showError } from '../widgets.js';
import { preview } from '../artifacts.js';

const me = await initPage({ roles: ['SUBJECT_TEACHER'] });
let page = 0;

function files(item) {
  const view = h('div', { class: 'preview', hidden: true, 'aria-live': 'polite' });
  const buttons = (item.artifactIds || []).map((id, i) => h('button', {
    type: 'button', class: 'secondary', text: t('queue.showFile', { n: i + 1 }),
    onclick: (e) => busy(e.currentTarget, () => preview(id, view, t('queue.fileTitle', { n: i + 1, student: studentLabel(item) }),
      `/course-outcomes/${encodeURIComponent(item.id)}/files/${encodeURIComponent(id)}`))
      .catch((err) => { view.hidden = false; replace(view, h('p', { class: 'message message-error', text: err.message })); }),
  }));
  return [h('p', { class: 'actions' }, buttons), view];
}

function decisionForm(item) {
  const id = (s) => `cert-${item.id}-${s}`;
  const status = h('div', { role: 'status', tabindex: '-1', hidden: true });
  const form = h('form', { novalidate: true, class: 'certify-form' },
    h('fieldset', {},
      h('legend', { text: t('queue.decision') }),
      h('ul', { class: 'checks' }, ['CERTIFIED', 'REJECTED'].map((d) => h('li', {},
        h('input', { type: 'radio', id: id(d), name: 'decision', value: d }), ' ',
        h('label', { for: id(d), text: t(`queue.${d}`) }))))),
    h('div', { class: 'field' },
      h('label', { for: id('reason'), text: t('queue.reason') }),
      h('textarea', { id: id('reason'), name: 'reason', maxlength: 500 })),
    status,
    h('button', { type: 'submit', text: t('queue.submit') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const decision = form.querySelector('input[name="decision"]:checked')?.value;
    const reason = form.querySelector('textarea').value.trim();
    if (!decision) { markField(form.querySelector('fieldset'), t('queue.chooseDecision')); return; }
    if (decision === 'REJECTED' && !reason) { markField(form.querySelector('textarea'), t('queue.reasonNeeded')); return; }
    try {
      await busy(form.querySelector('button[type="submit"]'), () => api(`/course-outcomes/${encodeURIComponent(item.id)}/certification`, { method: 'POST', json: { decision, reason } }));
      message($('#queue-status'), t(`queue.done.${decision}`, { student: studentLabel(item), course: item.courseName }), 'success');
      await load();
      $('#queue-status').focus();
    } catch (e) {
      showError(status, e, form);
    }
  });
  return form;
}

function card(item) {
  return h('article', { class: 'queue-item', dataset: { outcomeId: item.id } },
    h('h2', { text: `${item.courseName} — ${studentLabel(item)}` }),
    h('p', { class: 'hint', text: t('queue.submittedAt', { at: dateTime(item.createdAt) }) }),
    item.onBehalfOf ? h('p', { class: 'message message-info', text: t('queue.onBehalfOf', { teacher: item.onBehalfOf }) }) : null,
    h('p', { class: 'description', text: item.description }),
    files(item),
    decisionForm(item));
}

async function load(p = page) {
  page = p;
  try {
    const list = await api(`/teachers/${encodeURIComponent(me.username)}/certification-queue${query({ page, size: 20 })}`);
    const items = list.items || [];
    replace($('#queue-list'), items.length ? items.map(card) : h('p', { class: 'hint', text: t('queue.empty') }));
    $('#queue-count').textContent = t('queue.count', { n: list.total ?? items.length });
    pager($('#queue-pager'), { page, size: 20, total: list.total ?? items.length }, load);
    $('#queue-error').hidden = true;
  } catch (e) {
    showError($('#queue-error'), e);
  }
}

if (me) load(0);
