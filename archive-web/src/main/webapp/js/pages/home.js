/** Home: one card per thing the user's roles allow. */
import { $, h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { initPage } from '../nav.js';
import { featuresFor } from '../features.js';

const me = await initPage();
if (me) {
  $('#welcome').textContent = t('home.welcome', { name: me.displayName || me.username });
  const cards = featuresFor(me.roles).map((f) => h('li', { dataset: { feature: f.id } },
    h('section', { class: 'card' },
      h('h2', {}, f.href ? h('a', { href: f.href, text: t(`feature.${f.id}.title`) }) : t(`feature.${f.id}.title`)),
      h('p', { text: t(`feature.${f.id}.description`) }))));
  cards.push(h('li', { dataset: { feature: 'password' } }, h('section', { class: 'card' },
    h('h2', {}, h('a', { href: 'password.html', text: t('feature.password.title') })),
    h('p', { text: t('feature.password.description') }))));
  replace($('#home-cards'), cards);
}
