/** A receipt statement's item table, shared by the student and registrar pages. */
import { h } from './dom.js';
import { t, tEnum } from './i18n.js';
import { shortHash } from './format.js';
import { cells } from './widgets.js';

export function receiptItems(items = []) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'receipt-items' },
    h('thead', {}, h('tr', {},
      ['receipts.item.type', 'receipts.item.title', 'receipts.item.files'].map((k) => h('th', { scope: 'col', text: t(k) })))),
    h('tbody', {}, items.map((it) => h('tr', {}, cells(
      tEnum('itemType', it.type || it.kind),
      it.title || it.name || it.description || it.courseName || it.id,
      (it.files || it.artifacts || (it.sha256 ? [it] : [])).map((f) => h('div', {},
        f.filename || '', ' ', h('code', { title: f.sha256, text: shortHash(f.sha256, 16) }))),
    ))))));
}
