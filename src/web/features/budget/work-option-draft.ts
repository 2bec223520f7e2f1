import type { Pricing, WorkOption } from '../../../contracts/budget.js';
import { centsToAmountInput, parseAmountToCents } from '../../ui/money.js';

/** The pricings a person can type here; an hourly "member" pricing from the API edits as agency_hourly. */
export const pricingKinds = ['agency_hourly', 'agency_retainer', 'freelancer', 'salaried'] as const;
export type PricingKind = (typeof pricingKinds)[number];

export type WorkOptionDraft = {
  label: string;
  kind: PricingKind;
  amount: string;
  /** Retainer: hours included per month. Freelancer: hours per day. */
  hours: string;
  salaryPeriod: 'month' | 'year';
  charges: string;
  /** Not editable here, but kept when an employee option set through the API is edited. */
  workMinutesPerYear?: number;
};

export const optionKindOf = {
  agency_hourly: 'agency',
  agency_retainer: 'agency',
  freelancer: 'freelancer',
  salaried: 'employee',
} as const;

/** What the form shows: a new option (French employer charges by default) or an existing one. */
export function draftOf(option: WorkOption | null, locale: string): WorkOptionDraft {
  const money = (cents: number) => centsToAmountInput(cents, locale);
  const number = (value: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(value);
  const empty: WorkOptionDraft = {
    label: '',
    kind: 'agency_hourly',
    amount: '',
    hours: '',
    salaryPeriod: 'month',
    charges: number(1.45),
  };
  if (!option) return empty;
  const pricing = option.pricing;
  const base = { ...empty, label: option.label };
  switch (pricing.kind) {
    case 'member':
    case 'agency_hourly':
      return { ...base, kind: 'agency_hourly', amount: money(pricing.hourlyCents) };
    case 'agency_retainer':
      return {
        ...base,
        kind: 'agency_retainer',
        amount: money(pricing.monthlyRetainerCents),
        hours: number(pricing.includedMinutesPerMonth / 60),
      };
    case 'freelancer':
      return {
        ...base,
        kind: 'freelancer',
        amount: money(pricing.dayRateCents),
        hours: pricing.workMinutesPerDay ? number(pricing.workMinutesPerDay / 60) : '',
      };
    case 'salaried':
      return {
        ...base,
        kind: 'salaried',
        amount: money(pricing.salaryCents),
        salaryPeriod: pricing.salaryPeriod,
        charges: number(pricing.employerChargesMultiplier),
        ...(pricing.workMinutesPerYear ? { workMinutesPerYear: pricing.workMinutesPerYear } : {}),
      };
  }
}

/** "7,5" → 7.5; "" → null; unreadable → undefined. */
function parseDecimal(input: string): number | null | undefined {
  const compact = input.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (compact === '') return null;
  return /^\d+(\.\d+)?$/.test(compact) ? Number(compact) : undefined;
}

/** Minutes rounded to the quarter hour, as the API stores them. */
const hoursToWholeMinutes = (hours: number) => Math.round((hours * 60) / 15) * 15;

/** Turns the typed draft into a pricing, or says which field is wrong. */
export function pricingOf(
  draft: WorkOptionDraft,
): { pricing: Pricing } | { invalid: 'amount' | 'hours' | 'charges' } {
  const cents = parseAmountToCents(draft.amount);
  if (cents === null || cents === undefined) return { invalid: 'amount' };
  const hours = parseDecimal(draft.hours);
  switch (draft.kind) {
    case 'agency_hourly':
      return { pricing: { kind: 'agency_hourly', hourlyCents: cents } };
    case 'agency_retainer': {
      if (typeof hours !== 'number' || hours < 0.25 || hours > 744) return { invalid: 'hours' };
      return {
        pricing: {
          kind: 'agency_retainer',
          monthlyRetainerCents: cents,
          includedMinutesPerMonth: hoursToWholeMinutes(hours),
        },
      };
    }
    case 'freelancer': {
      if (hours === undefined || (hours !== null && (hours < 1 || hours > 24))) return { invalid: 'hours' };
      return {
        pricing: {
          kind: 'freelancer',
          dayRateCents: cents,
          ...(hours === null ? {} : { workMinutesPerDay: hoursToWholeMinutes(hours) }),
        },
      };
    }
    case 'salaried': {
      const charges = parseDecimal(draft.charges);
      if (typeof charges !== 'number' || charges < 1 || charges > 5) return { invalid: 'charges' };
      return {
        pricing: {
          kind: 'salaried',
          salaryCents: cents,
          salaryPeriod: draft.salaryPeriod,
          employerChargesMultiplier: charges,
          ...(draft.workMinutesPerYear ? { workMinutesPerYear: draft.workMinutesPerYear } : {}),
        },
      };
    }
  }
}
