import { Box, Container, Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Brand } from './brand.js';
import { LanguageSwitcher } from './language-switcher.js';

/** The frame of the pages seen before entering a workspace: sign-in, sign-up, invitations. */
export function PublicLayout({ children, size = 420 }: { children: ReactNode; size?: number | string }) {
  return (
    <Box mih="100dvh" bg="gray.0">
      <Box component="header" px="md" py="sm">
        <Group justify="space-between" wrap="nowrap">
          <Link to="/" style={{ textDecoration: 'none' }}>
            <Brand />
          </Link>
          <LanguageSwitcher />
        </Group>
      </Box>
      <Container component="main" size={size} px="md" pt={{ base: 'md', sm: 48 }} pb="xl">
        {children}
      </Container>
    </Box>
  );
}
