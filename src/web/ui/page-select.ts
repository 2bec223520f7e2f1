import type { ComboboxProps } from '@mantine/core';

/**
 * For a `Select` drawn on a page (filters, ranges), not in a dialog: its options are drawn when
 * the list opens. Mantine keeps a closed select's options drawn and hidden, each list in a scroll
 * area that measures itself; the content calendar's four filters drew 11 options and 4 scroll
 * areas with the page. Not for a select inside a dialog: there the list, removed as soon as an
 * option is clicked, makes the click land "outside" and the dialog close.
 */
export const pageSelectComboboxProps: ComboboxProps = { keepMounted: false };
