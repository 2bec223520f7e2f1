import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { theme } from './theme.js';

const merged = mergeMantineTheme(DEFAULT_THEME, theme);
const colorsOf = (color: string, variant: string) =>
  merged.variantColorResolver({ color, variant, theme: merged, gradient: undefined });

describe('the variant colours', () => {
  it('gives a light badge its colour’s tint even when a shade is named, under the darkened text', () => {
    const named = colorsOf('teal.9', 'light');
    const plain = colorsOf('teal', 'light');
    expect(named.background).toBe(plain.background);
    expect(named.color).toBe(plain.color);
    expect(plain.color).toContain('--mantine-color-teal-9');
  });

  it('keeps Mantine’s colours for what is not a theme colour', () => {
    expect(colorsOf('#123456', 'light').color).toBe('#123456');
  });
});
