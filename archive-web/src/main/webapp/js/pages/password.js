/** Password change; forced when the server says passwordChangeRequired. */
import { $ } from '../dom.js';
import { t } from '../i18n.js';
import { api, saveToken } from '../api.js';
import { currentUser, initPage } from '../nav.js';
import { busy, clearFieldErrors, markField, message, showError } from '../widgets.js';

const me = await initPage();
if (me) {
  $('#password-required-notice').hidden = !me.passwordChangeRequired;
  const form = $('#password-form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const error = $('#password-error');
    message(error, '');
    clearFieldErrors(form);
    const currentPassword = $('#current-password').value;
    const newPassword = $('#new-password').value;
    if (!currentPassword) { markField($('#current-password'), t('validation.required')); return; }
    if (!newPassword) { markField($('#new-password'), t('validation.required')); return; }
    if (newPassword !== $('#confirm-password').value) { markField($('#confirm-password'), t('password.mismatch')); return; }
    if (newPassword === currentPassword) { markField($('#new-password'), t('password.same')); return; }
    try {
      const body = await busy($('#password-button'), () => api('/me/password', { method: 'PUT', json: { currentPassword, newPassword } }));
      // The change revoked every earlier token, this one included: carry on with the one it answered.
      if (body?.access_token) saveToken(body);
      form.reset();
      const fresh = await currentUser(true);
      message($('#password-status'), t('password.changed'), 'success');
      if (me.passwordChangeRequired && !fresh.passwordChangeRequired) location.assign('home.html');
    } catch (e) {
      showError(error, e, form);
    }
  });
}
