import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOpenedOnce } from './use-opened-once.js';

/**
 * Mantine's Modal with a translated name on its close button (it has none by default). A dialog
 * is drawn from the first time it opens (then kept, so its closing transition plays): closed,
 * Mantine's draws nothing visible but still costs its render and portal with every page.
 */
export function AppModal({ closeButtonProps, ...props }: ModalProps) {
  const { t } = useTranslation();
  const wanted = useOpenedOnce(props.opened);
  if (!wanted) return null;
  return <Modal closeButtonProps={{ 'aria-label': t('common.close'), ...closeButtonProps }} {...props} />;
}
