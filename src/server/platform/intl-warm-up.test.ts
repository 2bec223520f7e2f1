import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { intlWarmUpScript, intlWarmUpSource } from './intl-warm-up.js';
import { securityHeaderOptions } from './security-headers.js';

describe("ICU's warm-up, inline in a workspace page", () => {
  it("makes the app's first formatters in the page's language", () => {
    const made: string[] = [];
    const spy = (name: keyof typeof Intl) => {
      const Real = Intl[name] as unknown as new (...args: unknown[]) => object;
      return class extends Real {
        constructor(...args: unknown[]) {
          super(...args);
          made.push(`${name} ${String(args[0])}`);
        }
      };
    };
    const fakeIntl = {
      PluralRules: spy('PluralRules'),
      NumberFormat: spy('NumberFormat'),
      DateTimeFormat: spy('DateTimeFormat'),
    };
    new Function('document', 'Intl', intlWarmUpScript)({ documentElement: { lang: 'fr' } }, fakeIntl);
    expect(made).toEqual(['PluralRules fr', 'NumberFormat fr', 'DateTimeFormat fr', 'DateTimeFormat fr']);
  });

  it('never throws, even where a formatter cannot be made', () => {
    const broken = { PluralRules: undefined, NumberFormat: undefined, DateTimeFormat: undefined };
    expect(() =>
      new Function('document', 'Intl', intlWarmUpScript)({ documentElement: { lang: 'xx' } }, broken),
    ).not.toThrow();
  });

  it('is the one inline script the Content-Security-Policy allows, by its hash', () => {
    const hash = createHash('sha256').update(intlWarmUpScript, 'utf8').digest('base64');
    expect(intlWarmUpSource).toBe(`'sha256-${hash}'`);
    expect(securityHeaderOptions.contentSecurityPolicy.directives.scriptSrc).toEqual([
      "'self'",
      intlWarmUpSource,
    ]);
  });
});
