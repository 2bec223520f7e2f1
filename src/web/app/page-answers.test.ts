import { afterEach, describe, expect, it, vi } from 'vitest';

/** A page whose `#cadence-page-answers` element holds `text`; the module read anew. */
async function pageWith(text: string | null) {
  const element = text === null ? null : { textContent: text, remove: vi.fn() };
  vi.stubGlobal('document', {
    getElementById: (id: string) => (id === 'cadence-page-answers' ? element : null),
  });
  vi.resetModules();
  return { element, ...(await import('./page-answers.js')) };
}

afterEach(() => vi.unstubAllGlobals());

describe('the answers the page came with', () => {
  it('gives each answer once, then leaves the address to the network', async () => {
    const { takePageAnswer, element } = await pageWith('{"/api/session":{"me":null},"/api/workspaces":[]}');
    expect(takePageAnswer('/api/session')).toEqual({ body: { me: null } });
    expect(takePageAnswer('/api/session')).toBeUndefined();
    expect(takePageAnswer('/api/workspaces')).toEqual({ body: [] });
    expect(takePageAnswer('/api/workspaces?page=2')).toBeUndefined();
    // Read once and taken out of the page.
    expect(element?.remove).toHaveBeenCalledTimes(1);
  });

  it('drops what the first load did not take', async () => {
    const { takePageAnswer, dropPageAnswers } = await pageWith('{"/api/workspaces":[]}');
    dropPageAnswers();
    expect(takePageAnswer('/api/workspaces')).toBeUndefined();
  });

  it('has none without the element, or with text it cannot read', async () => {
    expect((await pageWith(null)).takePageAnswer('/api/session')).toBeUndefined();
    expect((await pageWith('{"/api/session":')).takePageAnswer('/api/session')).toBeUndefined();
  });
});
