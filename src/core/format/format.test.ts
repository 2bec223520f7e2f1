import { describe, expect, it } from 'vitest';
import { applyFrenchSpacing, formatDecimal, formatMinutes, withFrenchTypography } from './index.js';

const nnbsp = '\u202f';
const nbsp = '\u00a0';

describe('applyFrenchSpacing', () => {
  it('puts a narrow no-break space before ? ! ; and a no-break space before :', () => {
    expect(applyFrenchSpacing('Pas encore de compte ?')).toBe(`Pas encore de compte${nnbsp}?`);
    expect(applyFrenchSpacing('Bravo !')).toBe(`Bravo${nnbsp}!`);
    expect(applyFrenchSpacing('Rien n’a été modifié ; réessayez.')).toBe(
      `Rien n’a été modifié${nnbsp}; réessayez.`,
    );
    expect(applyFrenchSpacing('Conseil : commencez')).toBe(`Conseil${nbsp}: commencez`);
    expect(applyFrenchSpacing('Vraiment?')).toBe(`Vraiment${nnbsp}?`);
  });

  it('leaves URLs, clock times and placeholders alone', () => {
    expect(applyFrenchSpacing('Ouvrez https://exemple.fr/a?b=1 puis 9:30')).toBe(
      'Ouvrez https://exemple.fr/a?b=1 puis 9:30',
    );
    expect(applyFrenchSpacing('{{count}} blocs')).toBe('{{count}} blocs');
    expect(applyFrenchSpacing(`Déjà espacé${nnbsp}?`)).toBe(`Déjà espacé${nnbsp}?`);
  });

  it('walks a nested catalogue and keeps its shape', () => {
    expect(withFrenchTypography({ a: 'Oui ?', b: { c: ['Non !', 3] } })).toEqual({
      a: `Oui${nnbsp}?`,
      b: { c: [`Non${nnbsp}!`, 3] },
    });
  });
});

describe('formatMinutes', () => {
  it('reads as people say durations, in French and English', () => {
    expect(formatMinutes(90, 'fr')).toBe(`1${nbsp}h${nbsp}30`);
    expect(formatMinutes(90, 'en')).toBe(`1${nbsp}h${nbsp}30${nbsp}min`);
    expect(formatMinutes(120, 'fr')).toBe(`2${nbsp}h`);
    expect(formatMinutes(1, 'fr')).toBe(`1${nbsp}min`);
    expect(formatMinutes(0, 'fr')).toBe(`0${nbsp}h`);
    expect(formatMinutes(605, 'fr')).toBe(`10${nbsp}h${nbsp}05`);
  });

  it('writes a shortfall with a real minus sign, and a plus only when asked', () => {
    expect(formatMinutes(-90, 'fr')).toBe(`\u22121${nbsp}h${nbsp}30`);
    expect(formatMinutes(30, 'fr', { signed: true })).toBe(`+30${nbsp}min`);
    expect(formatMinutes(-0.2, 'fr', { signed: true })).toBe(`0${nbsp}h`);
  });
});

describe('formatDecimal', () => {
  it('uses the decimal comma in French and a real minus sign', () => {
    expect(formatDecimal(1.5, 'fr')).toBe('1,5');
    expect(formatDecimal(-2.25, 'fr', 2)).toBe('\u22122,25');
    expect(formatDecimal(1.5, 'en')).toBe('1.5');
  });
});
