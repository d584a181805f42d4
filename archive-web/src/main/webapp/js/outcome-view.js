/** How a course outcome's certification reads, shared by the student and search pages. */
import { h } from './dom.js';
import { t, tEnum } from './i18n.js';
import { dateTime } from './format.js';
import { badge, stateKind } from './widgets.js';

export function certificationText(c) {
  if (!c) return '';
  return [
    badge(tEnum('decision', c.decision), stateKind(c.decision)),
    c.reason ? h('div', { text: t('outcomes.reason', { reason: c.reason }) }) : null,
    c.certifiedBy ? h('div', { class: 'hint', text: c.onBehalfOf ? t('outcomes.byOnBehalf', { by: c.certifiedBy, of: c.onBehalfOf }) : t('outcomes.by', { by: c.certifiedBy }) }) : null,
    c.at ? h('div', { class: 'hint', text: dateTime(c.at) }) : null,
  ];
}
