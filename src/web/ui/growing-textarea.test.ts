import { MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** The box as the browser gets it, `CSS.supports` answering `sizesItself` for `field-sizing`. */
async function drawn(sizesItself: boolean | undefined) {
  vi.resetModules();
  if (sizesItself !== undefined)
    vi.stubGlobal('CSS', { supports: (property: string) => property === 'field-sizing' && sizesItself });
  const { GrowingTextarea } = await import('./growing-textarea.js');
  const box = createElement(GrowingTextarea, {
    label: 'Texte principal',
    minRows: 5,
    maxRows: 20,
    defaultValue: 'Bonjour',
  });
  return renderToStaticMarkup(createElement(MantineProvider, null, box));
}

afterEach(() => vi.unstubAllGlobals());

describe('a text box that grows with its text', () => {
  it('lets CSS size it between its rows where the browser can', async () => {
    const html = await drawn(true);
    expect(html).toContain('field-sizing:content');
    expect(html).toContain('min-height:calc(5lh + ');
    expect(html).toContain('max-height:calc(20lh + ');
    expect(html).toMatch(/<textarea[^>]*rows="5"/);
  });

  it("leaves it to Mantine's measuring where the browser cannot (Firefox), or outside one", async () => {
    for (const sizesItself of [false, undefined]) {
      const html = await drawn(sizesItself);
      expect(html).toContain('Bonjour');
      expect(html).not.toContain('field-sizing');
    }
  });
});
