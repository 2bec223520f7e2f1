import { resultsThresholds } from './results-thresholds.js';

/** What one network brought over the window: tracked minutes, outcomes and revenue. */
export type NetworkYield = {
  network: string;
  minutes: number;
  leads: number;
  clients: number;
  revenueCents: number;
};

export type NetworkYieldRate = NetworkYield & {
  outcomes: number;
  /** Revenue per tracked hour, in cents; leads + clients per 10 hours. */
  revenuePerHourCents: number;
  outcomesPerTenHours: number;
  isEnough: boolean;
};

export type NextHourSuggestion =
  | { kind: 'suggest'; network: string; comparedWith: string; rates: NetworkYieldRate[] }
  | { kind: 'too_little_data'; rates: NetworkYieldRate[] };

/**
 * Where the next hour should go: the network whose tracked hours brought the most (revenue per
 * hour, then leads and clients per hour) over the window, compared with the runner-up. Only
 * networks with enough behind them count (at least `minimumMinutes` tracked and
 * `minimumOutcomes` outcomes); with fewer than two such networks there is nothing to compare and
 * no suggestion is made. The rates are returned either way, with their samples, so the card can
 * show what it is based on.
 */
export function suggestNextHour(yields: readonly NetworkYield[]): NextHourSuggestion {
  const rates = yields
    .map((entry) => {
      const outcomes = entry.leads + entry.clients;
      const hours = entry.minutes / 60;
      return {
        ...entry,
        outcomes,
        revenuePerHourCents: hours > 0 ? Math.round(entry.revenueCents / hours) : 0,
        outcomesPerTenHours: hours > 0 ? Math.round((outcomes * 100) / hours) / 10 : 0,
        isEnough:
          entry.minutes >= resultsThresholds.minimumMinutes && outcomes >= resultsThresholds.minimumOutcomes,
      };
    })
    .sort(
      (left, right) =>
        right.revenuePerHourCents - left.revenuePerHourCents ||
        right.outcomesPerTenHours - left.outcomesPerTenHours ||
        left.network.localeCompare(right.network),
    );
  const candidates = rates.filter((rate) => rate.isEnough);
  const [best, runnerUp] = candidates;
  if (!best || !runnerUp) return { kind: 'too_little_data', rates };
  return { kind: 'suggest', network: best.network, comparedWith: runnerUp.network, rates };
}
