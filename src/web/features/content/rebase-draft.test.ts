import { describe, expect, it } from 'vitest';
import { rebaseDraft } from './rebase-draft.js';

type Draft = {
  text: string;
  link: string;
  versions: { network: string; text: string | null }[];
  status: string;
};

const saved: Draft = {
  text: 'Bonjour',
  link: '',
  versions: [{ network: 'linkedin', text: null }],
  status: 'draft',
};

describe('rebaseDraft', () => {
  it('keeps what the person typed and takes what changed elsewhere', () => {
    const typing = { ...saved, text: 'Bonjour à tous' };
    const teammate = { ...saved, link: 'https://example.com', status: 'ready' };
    expect(rebaseDraft(typing, saved, teammate)).toEqual({
      ...saved,
      text: 'Bonjour à tous',
      link: 'https://example.com',
      status: 'ready',
    });
  });

  it('keeps an edited list whole, compared by value', () => {
    const adapted = { ...saved, versions: [{ network: 'linkedin', text: 'Pour LinkedIn' }] };
    const refetched = structuredClone({ ...saved, text: 'Bonjour !' });
    expect(rebaseDraft(adapted, structuredClone(saved), refetched)).toEqual({
      ...saved,
      text: 'Bonjour !',
      versions: [{ network: 'linkedin', text: 'Pour LinkedIn' }],
    });
  });

  it('takes the saved version of what was sent, and keeps what was typed while it was saving', () => {
    const sent = { ...saved, link: ' https://example.com ' };
    const typedSince = { ...sent, text: 'Bonjour, encore' };
    const normalised = { ...saved, link: 'https://example.com' };
    expect(rebaseDraft(sent, sent, normalised)).toEqual(normalised);
    expect(rebaseDraft(typedSince, sent, normalised)).toEqual({ ...normalised, text: 'Bonjour, encore' });
  });
});
