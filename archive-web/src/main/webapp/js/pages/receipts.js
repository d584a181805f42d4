/** Student: receipt statements (收訖明細), their PDF, and confirming or disputing each. */
import { $, h, replace } from '../dom.js';
import { t, tEnum } from '../i18n.js';
import { api, download, fetchAll } from '../api.js';
import { initPage } from '../nav.js';
import { dateTime } from '../format.js';
import { badge, busy, markField, message, showError, stateKind } from '../widgets.js';
import { receiptItems } from '../receipt-view.js';

const me = await initPage({ roles: ['STUDENT'] });
const OPEN = ['UNCONFIRMED', 'ISSUED'];

function confirmForm(r) {
  const id = (s) => `receipt-${r.id}-${s}`;
  const status = h('div', { role: 'status', tabindex: '-1', hidden: true });
  const form = h('form', { class: 'confirm-form', novalidate: true },
    h('fieldset', {},
      h('legend', { text: t('receipts.confirm.legend') }),
      h('ul', { class: 'checks' }, ['CONFIRMED', 'DISPUTED'].map((d) => h('li', {},
        h('input', { type: 'radio', id: id(d), name: 'decision', value: d, required: true }), ' ',
        h('label', { for: id(d), text: t(`receipts.confirm.${d}`) }))))),
    h('div', { class: 'field' },
      h('label', { for: id('reason'), text: t('receipts.confirm.reason') }),
      h('textarea', { id: id('reason'), name: 'reason', maxlength: 1000 })),
    h('div', { class: 'field' },
      h('label', { for: id('item'), text: t('receipts.confirm.item') }),
      h('select', { id: id('item'), name: 'itemId' },
        (r.items || []).map((it) => h('option', { value: it.id, text: it.title || it.id })))),
    status,
    h('button', { type: 'submit', text: t('receipts.confirm.submit') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const decision = form.querySelector('input[name="decision"]:checked')?.value;
    const reason = form.querySelector('textarea').value.trim();
    const itemId = form.querySelector('select[name="itemId"]').value;
    if (!decision) { markField(form.querySelector('fieldset'), t('receipts.confirm.choose')); return; }
    if (decision === 'DISPUTED' && !reason) { markField(form.querySelector('textarea'), t('receipts.confirm.reasonNeeded')); return; }
    try {
      await busy(form.querySelector('button[type="submit"]'), () => api(`/receipts/${encodeURIComponent(r.id)}/confirmation`, { method: 'POST', json: { decision, reason, itemId } }));
      await load();
    } catch (e) {
      showError(status, e, form);
    }
  });
  return form;
}

function card(r) {
  const status = h('span', { role: 'status' });
  return h('article', { class: 'receipt', dataset: { receiptId: r.id, state: r.state } },
    h('h2', { text: t('receipts.card', { year: r.academicYear }) }),
    h('p', {}, badge(tEnum('receiptState', r.state), stateKind(r.state)), ' ', t('receipts.issuedAt', { at: dateTime(r.issuedAt) })),
    receiptItems(r.items),
    h('p', { class: 'actions' },
      h('button', {
        type: 'button', class: 'secondary', text: t('receipts.pdf'),
        onclick: (e) => busy(e.currentTarget, () => download(`/receipts/${encodeURIComponent(r.id)}/pdf`, `receipt-${r.academicYear}.pdf`))
          .catch((err) => replace(status, err.message)),
      }), status),
    OPEN.includes(r.state) ? confirmForm(r) : null);
}

async function load() {
  try {
    const items = await fetchAll(`/students/${encodeURIComponent(me.studentId)}/receipts`);
    replace($('#receipt-list'), items.length ? items.map(card) : h('p', { class: 'hint', text: t('receipts.empty') }));
    message($('#receipts-error'), '');
  } catch (e) {
    showError($('#receipts-error'), e);
  }
}

if (me) load();
