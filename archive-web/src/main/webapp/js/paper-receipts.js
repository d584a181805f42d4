/** Registrar: receipts nobody confirmed yet, and recording a confirmation received on paper. */
import { $, h, replace } from './dom.js';
import { t, tEnum } from './i18n.js';
import { api, download, query } from './api.js';
import { dateTime } from './format.js';
import { badge, busy, markField, pager, showError, stateKind } from './widgets.js';
import { receiptItems } from './receipt-view.js';

function paperForm(r, reload) {
  const id = (s) => `paper-${r.id}-${s}`;
  const status = h('div', { role: 'status', tabindex: '-1', hidden: true });
  const form = h('form', { novalidate: true, class: 'row' },
    h('div', { class: 'field' },
      h('label', { for: id('decision'), text: t('paper.decision') }),
      h('select', { id: id('decision'), name: 'decision' },
        ['CONFIRMED', 'DISPUTED'].map((d) => h('option', { value: d, text: t(`receipts.confirm.${d}`) })))),
    h('div', { class: 'field' },
      h('label', { for: id('reason'), text: t('paper.reason') }),
      h('input', { type: 'text', id: id('reason'), name: 'reason', maxlength: 1000 })),
    h('div', { class: 'field' },
      h('label', { for: id('item'), text: t('receipts.confirm.item') }),
      h('select', { id: id('item'), name: 'itemId' },
        (r.items || []).map((it) => h('option', { value: it.id, text: it.title || it.id })))),
    h('div', { class: 'field' }, h('button', { type: 'submit', text: t('paper.record') })),
    status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const decision = form.querySelector('select[name="decision"]').value;
    const itemId = form.querySelector('select[name="itemId"]').value;
    const reason = form.querySelector('input').value.trim();
    if (decision === 'DISPUTED' && !reason) { markField(form.querySelector('input'), t('receipts.confirm.reasonNeeded')); return; }
    try {
      await busy(form.querySelector('button'), () => api(`/receipts/${encodeURIComponent(r.id)}/confirmation`, { method: 'POST', json: { decision, reason, itemId, channel: 'PAPER' } }));
      await reload();
    } catch (e) {
      showError(status, e, form);
    }
  });
  return form;
}

function card(r, reload) {
  const status = h('span', { role: 'status' });
  return h('article', { class: 'receipt', dataset: { receiptId: r.id } },
    h('h3', { text: t('paper.card', { student: r.studentName ? `${r.studentName}（${r.studentId}）` : r.studentId || '', year: r.academicYear }) }),
    h('p', {}, badge(tEnum('receiptState', r.state), stateKind(r.state)), ' ', t('receipts.issuedAt', { at: dateTime(r.issuedAt) })),
    h('details', {}, h('summary', { text: t('paper.items') }), receiptItems(r.items)),
    h('p', { class: 'actions' },
      h('button', {
        type: 'button', class: 'secondary', text: t('paper.print'),
        onclick: (e) => busy(e.currentTarget, () => download(`/receipts/${encodeURIComponent(r.id)}/pdf`, `receipt-${r.id}.pdf`)).catch((err) => replace(status, err.message)),
      }), status),
    paperForm(r, reload));
}

export async function loadPaperReceipts(academicYear, page = 0) {
  const reload = () => loadPaperReceipts(academicYear, page);
  try {
    const list = await api(`/receipts${query({ academicYear, state: 'UNCONFIRMED', page, size: 20 })}`);
    const items = list.items || [];
    replace($('#paper-list'), items.length ? items.map((r) => card(r, reload)) : h('p', { class: 'hint', text: t('paper.empty') }));
    pager($('#paper-pager'), { page, size: 20, total: list.total ?? items.length }, (p) => loadPaperReceipts(academicYear, p));
    $('#paper-error').hidden = true;
  } catch (e) {
    showError($('#paper-error'), e);
  }
}
