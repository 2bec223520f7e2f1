import { notifications } from '@mantine/notifications';
import { isProblem } from '../app/api.js';
import { i18n } from '../app/i18n/index.js';

function closeLabel() {
  return { 'aria-label': i18n.t('common.close') };
}

/** Shows a failure in a notification, with the server's own (translated) title and detail. */
export function notifyProblem(error: unknown) {
  const title = isProblem(error) ? error.title : i18n.t('errors.unexpectedTitle');
  const message = isProblem(error) ? error.detail : i18n.t('errors.unexpectedDetail');
  notifications.show({ color: 'red', title, message, autoClose: 8000, closeButtonProps: closeLabel() });
}

export function notifySuccess(message: string) {
  notifications.show({ color: 'teal', message, autoClose: 4000, closeButtonProps: closeLabel() });
}
