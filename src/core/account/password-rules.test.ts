import { describe, expect, it } from 'vitest';
import { commonPasswords } from './common-passwords.js';
import { findPasswordRefusal } from './password-rules.js';

describe('findPasswordRefusal', () => {
  it('refuses the common passwords, whatever their case or the digits and symbols added at the end', () => {
    expect(findPasswordRefusal('password', undefined)).toBe('common');
    expect(findPasswordRefusal('MotDePasse', undefined)).toBe('common');
    expect(findPasswordRefusal('Azertyuiop2026!', undefined)).toBe('common');
    expect(findPasswordRefusal('soleil123', undefined)).toBe('common');
  });

  it('refuses a character repeated or a run of consecutive ones', () => {
    expect(findPasswordRefusal('zzzzzzzzzz', undefined)).toBe('common');
    expect(findPasswordRefusal('23456789', undefined)).toBe('common');
    expect(findPasswordRefusal('lmnopqrs', undefined)).toBe('common');
    expect(findPasswordRefusal('hgfedcba!!', undefined)).toBe('common');
  });

  it("refuses the account's own address and the part before the @", () => {
    expect(findPasswordRefusal('Camille.Martin@Example.com', 'camille.martin@example.com')).toBe('email');
    expect(findPasswordRefusal('camille.martin', 'camille.martin@example.com')).toBe('email');
    expect(findPasswordRefusal('camille.martin2026', 'camille.martin@example.com')).toBe('email');
  });

  it('accepts passwords that are neither', () => {
    expect(findPasswordRefusal('correct horse battery', 'camille@example.com')).toBeNull();
    expect(findPasswordRefusal('boulangerie-du-port-7', undefined)).toBeNull();
    expect(findPasswordRefusal('12345678x', undefined)).toBeNull();
  });

  it('keeps a list of lower-case words, and refuses each of them with a year added', () => {
    for (const entry of commonPasswords) {
      expect(entry).toBe(entry.toLowerCase());
      if (entry.replace(/[\d\W_]+$/u, '').length >= 4)
        expect(findPasswordRefusal(`${entry}2026!`, undefined), entry).toBe('common');
    }
    expect(commonPasswords.size).toBeGreaterThan(150);
  });
});
