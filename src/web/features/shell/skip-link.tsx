import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Skip to content": the first stop for keyboard users, visible only when focused. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <Anchor
      href="#main-content"
      fw={600}
      px="md"
      py="xs"
      bg="white"
      style={{
        position: 'absolute',
        left: 8,
        top: 8,
        zIndex: 1000,
        transform: 'translateY(-200%)',
        borderRadius: 'var(--mantine-radius-md)',
        boxShadow: 'var(--mantine-shadow-md)',
      }}
      onFocus={(event) => {
        event.currentTarget.style.transform = 'none';
      }}
      onBlur={(event) => {
        event.currentTarget.style.transform = 'translateY(-200%)';
      }}
    >
      {t('shell.skipToContent')}
    </Anchor>
  );
}
