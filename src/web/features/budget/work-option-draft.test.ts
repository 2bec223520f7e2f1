import { describe, expect, it } from 'vitest';
import type { WorkOption } from '../../../contracts/budget.js';
import { draftOf, pricingOf } from './work-option-draft.js';

const option = (pricing: WorkOption['pricing']): WorkOption => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'agency',
  label: 'Agence Pixel',
  pricing,
  hourlyCents: 0,
});

describe('work option drafts', () => {
  it('reads amounts the way people type them, per pricing', () => {
    const empty = draftOf(null, 'fr');
    expect(pricingOf({ ...empty, label: 'A', amount: '55,50' })).toEqual({
      pricing: { kind: 'agency_hourly', hourlyCents: 5550 },
    });
    expect(pricingOf({ ...empty, kind: 'agency_retainer', amount: '1 200', hours: '20' })).toEqual({
      pricing: { kind: 'agency_retainer', monthlyRetainerCents: 120000, includedMinutesPerMonth: 1200 },
    });
    expect(pricingOf({ ...empty, kind: 'freelancer', amount: '400', hours: '' })).toEqual({
      pricing: { kind: 'freelancer', dayRateCents: 40000 },
    });
    expect(pricingOf({ ...empty, kind: 'freelancer', amount: '400', hours: '7,5' })).toEqual({
      pricing: { kind: 'freelancer', dayRateCents: 40000, workMinutesPerDay: 450 },
    });
    expect(pricingOf({ ...empty, kind: 'salaried', amount: '2500', charges: '1,45' })).toEqual({
      pricing: {
        kind: 'salaried',
        salaryCents: 250000,
        salaryPeriod: 'month',
        employerChargesMultiplier: 1.45,
      },
    });
  });

  it('names the field that cannot be read', () => {
    const empty = draftOf(null, 'en');
    expect(pricingOf({ ...empty, amount: '' })).toEqual({ invalid: 'amount' });
    expect(pricingOf({ ...empty, amount: '12,345' })).toEqual({ invalid: 'amount' });
    expect(pricingOf({ ...empty, kind: 'agency_retainer', amount: '900', hours: '' })).toEqual({
      invalid: 'hours',
    });
    expect(pricingOf({ ...empty, kind: 'freelancer', amount: '400', hours: '30' })).toEqual({
      invalid: 'hours',
    });
    expect(pricingOf({ ...empty, kind: 'salaried', amount: '2500', charges: '0.8' })).toEqual({
      invalid: 'charges',
    });
  });

  it('shows an existing option in the interface language and gives back the same pricing', () => {
    const pricings: WorkOption['pricing'][] = [
      { kind: 'agency_hourly', hourlyCents: 6550 },
      { kind: 'agency_retainer', monthlyRetainerCents: 90000, includedMinutesPerMonth: 750 },
      { kind: 'freelancer', dayRateCents: 45000, workMinutesPerDay: 480 },
      {
        kind: 'salaried',
        salaryCents: 3200000,
        salaryPeriod: 'year',
        employerChargesMultiplier: 1.42,
        workMinutesPerYear: 1500 * 60,
      },
    ];
    for (const locale of ['fr', 'en']) {
      for (const pricing of pricings) {
        expect(pricingOf(draftOf(option(pricing), locale))).toEqual({ pricing });
      }
    }
    expect(draftOf(option(pricings[1] as WorkOption['pricing']), 'fr')).toMatchObject({
      amount: '900',
      hours: '12,5',
    });
  });
});
