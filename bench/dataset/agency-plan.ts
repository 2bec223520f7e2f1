import type { BudgetPresetKey } from '../../src/core/budget/presets.js';
import type { NetworkKey } from '../../src/core/strategy/networks.js';
import { addDaysToDate } from '../../src/core/time/epoch-day.js';
import type { LocalDate, TimeZoneName } from '../../src/core/time/local-values.js';
import { createRandom, deriveSeed } from './seeded-random.js';

/** What `npm run bench:data` is asked for. Everything else follows from these four values. */
export type DatasetOptions = {
  workspaces: number;
  years: number;
  seed: number;
  /** Last local day of tracked time. Fixed (not "today") so that the same options give the same data. */
  until: LocalDate;
};

export const defaultDatasetOptions: DatasetOptions = {
  workspaces: 50,
  years: 1,
  seed: 20_261_123,
  until: '2026-11-22',
};

export type StaffRole = 'manager' | 'member';

export type PlannedWorkspace = {
  index: number;
  name: string;
  timeZone: TimeZoneName;
  preset: BudgetPresetKey;
  networks: NetworkKey[];
};

export type PlannedStaffer = {
  index: number;
  name: string;
  email: string;
  hourlyCostCents: number;
  /** The client workspaces this person works for; `weight` is their share of the person's day. */
  assignments: { workspaceIndex: number; weight: number; role: StaffRole }[];
};

export type AgencyPlan = {
  options: DatasetOptions;
  /** First local day of tracked time. */
  from: LocalDate;
  /** The agency's owner: owns every client workspace, signs in for the benchmarks. */
  owner: { name: string; email: string; password: string };
  workspaces: PlannedWorkspace[];
  staff: PlannedStaffer[];
};

/** The agency works from France; each person's day is laid out in this zone. */
export const agencyTimeZone = 'Europe/Paris';
/**
 * People per client workspace. Calibrated so that 50 workspaces over a year hold about 1,000,000
 * entries (issue #6): heavier than an agency billing 6 h a week per client, on purpose.
 */
export const staffPerWorkspace = 5.5;
export const staffPassword = 'bench-staff-password';

const firstNames = ['Camille', 'Léa', 'Hugo', 'Manon', 'Lucas', 'Chloé', 'Nathan', 'Inès', 'Jules', 'Zoé'];
const lastNames = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit', 'Durand', 'Leroy', 'Moreau'];
const businesses = [
  'Boulangerie',
  'Cabinet',
  'Atelier',
  'Restaurant',
  'Librairie',
  'Studio',
  'Garage',
  'Fromagerie',
];
const zones: (readonly [TimeZoneName, number])[] = [
  ['Europe/Paris', 14],
  ['Europe/Brussels', 2],
  ['Europe/Zurich', 1],
  ['America/Montreal', 2],
  ['Indian/Reunion', 1],
];
const networkChoices: NetworkKey[] = ['instagram', 'facebook', 'linkedin', 'tiktok', 'youtube', 'blog'];
const presets: (readonly [BudgetPresetKey, number])[] = [
  ['essential6', 5],
  ['low10', 3],
  ['high28', 1],
];

const twoDigits = (value: number) => String(value + 1).padStart(2, '0');

/** The agency's clients and people, drawn from the seed. Pure: no I/O, no clock. */
export function planAgency(options: DatasetOptions): AgencyPlan {
  if (!Number.isInteger(options.workspaces) || options.workspaces < 1)
    throw new RangeError('workspaces must be a positive integer');
  if (!(options.years > 0)) throw new RangeError('years must be positive');
  const random = createRandom(deriveSeed(options.seed, 1));
  const days = Math.max(7, Math.round(365 * options.years));

  const workspaces = Array.from({ length: options.workspaces }, (_, index): PlannedWorkspace => {
    const networkCount = random.integer(1, 3);
    const networks = new Set<NetworkKey>();
    while (networks.size < networkCount) networks.add(random.pick(networkChoices));
    return {
      index,
      name: `${twoDigits(index)} ${random.pick(businesses)} ${random.pick(lastNames)}`,
      timeZone: random.weighted(zones),
      preset: random.weighted(presets),
      networks: [...networks],
    };
  });

  const staffCount = Math.max(2, Math.round(options.workspaces * staffPerWorkspace));
  const staff = Array.from({ length: staffCount }, (_, index): PlannedStaffer => {
    // Everyone has a main client (so every workspace has people) and up to two more.
    const main = index % options.workspaces;
    const others = new Set<number>();
    const extra = options.workspaces === 1 ? 0 : random.integer(0, 2);
    while (others.size < Math.min(extra, options.workspaces - 1)) {
      const candidate = random.integer(0, options.workspaces - 1);
      if (candidate !== main) others.add(candidate);
    }
    return {
      index,
      name: `${random.pick(firstNames)} ${random.pick(lastNames)}`,
      email: `staff${index + 1}@agence.bench.invalid`,
      hourlyCostCents: random.integer(18, 55) * 100,
      assignments: [
        // The first person of each client runs it.
        { workspaceIndex: main, weight: 6, role: index < options.workspaces ? 'manager' : 'member' },
        ...[...others].map((workspaceIndex) => ({
          workspaceIndex,
          weight: random.integer(1, 3),
          role: 'member' as const,
        })),
      ],
    };
  });

  return {
    options,
    from: addDaysToDate(options.until, -(days - 1)),
    owner: { name: 'Agence Cadence', email: 'owner@agence.bench.invalid', password: 'bench-owner-password' },
    workspaces,
    staff,
  };
}
