import { Table, Text } from '@mantine/core';
import type { CSSProperties } from 'react';

/**
 * Mantine's `Table.Td` and a small dimmed `Text` as the plain elements they draw, with the same
 * classes and styles: in a table of a hundred cells each Mantine component parses its style
 * props and reads the theme on every render, for markup that never changes.
 */
export const tableCellClass = `${Table.classes.td} mantine-Table-td`;

/** `<Table.Td ta="right">` as `<td {...rightCell}>` (a table without column borders). */
export const rightCell = { className: tableCellClass, style: { textAlign: 'right' } } as const;

/** `<Text span size="sm" c="dimmed">` as `<span {...dimmedSmallText}>`. */
export const dimmedSmallText = {
  className: `${Text.classes.root} mantine-Text-root`,
  'data-size': 'sm',
  style: {
    '--text-fz': 'var(--mantine-font-size-sm)',
    '--text-lh': 'var(--mantine-line-height-sm)',
    color: 'var(--mantine-color-dimmed)',
  } as CSSProperties,
} as const;
