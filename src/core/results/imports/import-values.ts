import { isNetworkKey, type NetworkKey } from '../../strategy/networks.js';
import type { OutcomeKind } from '../results-table.js';
import { normaliseHeader } from './import-columns.js';

const SPACES = /[\s\u00a0\u202f']/g;

/**
 * A count as the exports write it: `1234`, `1 234` (French, with a no-break space), `1,234` or
 * `1.234` (thousands), `1234.0`; a decimal (`12,5`, from a spreadsheet's re-save) is rounded.
 * Empty or `-` is unknown (null); anything else unreadable is `undefined` (an error).
 */
export function parseCount(cell: string): number | null | undefined {
  const text = cell.replace(SPACES, '');
  if (text === '' || text === '-' || text === '--' || text.toLowerCase() === 'n/a') return null;
  if (/^\d{1,3}([.,]\d{3})+$/.test(text)) return Number(text.replace(/[.,]/g, ''));
  if (/^\d+([.,]\d+)?$/.test(text)) return Math.round(Number(text.replace(',', '.')));
  return undefined;
}

/**
 * An amount in cents: `1 234,56 €`, `1234.56`, `1,234.56`, `€1,234`, `1.234,56`. With both marks
 * the last one is the decimal mark; with one mark, it is decimal unless three digits follow it
 * once or more (`1,234` / `1.234.567`: thousands). Negative amounts are refused (a refund is not
 * an outcome). Empty: 0 (a lead has no amount).
 */
export function parseAmountCents(cell: string): number | undefined {
  const text = cell.replace(SPACES, '').replace(/[€$£]|eur|usd|gbp|chf/gi, '');
  if (text === '' || text === '-') return 0;
  if (!/^\d[\d.,]*$/.test(text)) return undefined;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let normalised: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    normalised = text.replaceAll(thousands, '').replace(decimal, '.');
  } else {
    const mark = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : null;
    if (mark === null) normalised = text;
    else if (new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(text)) normalised = text.replaceAll(mark, '');
    else if (text.split(mark).length === 2) normalised = text.replace(mark, '.');
    else return undefined;
  }
  if (!/^\d+(\.\d+)?$/.test(normalised)) return undefined;
  return Math.round(Number(normalised) * 100);
}

const NETWORK_NAMES: Record<string, NetworkKey> = {
  fb: 'facebook',
  'facebook ads': 'facebook',
  meta: 'facebook',
  ig: 'instagram',
  insta: 'instagram',
  li: 'linkedin',
  lnkd: 'linkedin',
  'linked in': 'linkedin',
  twitter: 'x',
  'x (twitter)': 'x',
  bsky: 'bluesky',
  'bsky.app': 'bluesky',
  toot: 'mastodon',
};

/** A network as people and UTM tags write it (`LinkedIn`, `fb`, `ig`, `bsky`…); null when unknown. */
export function parseNetwork(cell: string): NetworkKey | null {
  const text = normaliseHeader(cell)
    .replace(/^www\./, '')
    .replace(/\.com$/, '');
  if (text === '') return null;
  if (isNetworkKey(text)) return text;
  return NETWORK_NAMES[text] ?? null;
}

const KIND_NAMES: Record<string, OutcomeKind> = {
  lead: 'lead',
  leads: 'lead',
  prospect: 'lead',
  contact: 'lead',
  'demande de devis': 'lead',
  client: 'client',
  clients: 'client',
  'client won': 'client',
  'client gagne': 'client',
  customer: 'client',
  won: 'client',
  gagne: 'client',
  'nouveau client': 'client',
  revenue: 'revenue',
  sale: 'revenue',
  vente: 'revenue',
  ventes: 'revenue',
  "chiffre d'affaires": 'revenue',
  ca: 'revenue',
  commande: 'revenue',
  order: 'revenue',
};

/** An outcome kind in English or French; undefined when the cell says something else. */
export function parseOutcomeKind(cell: string): OutcomeKind | undefined {
  return KIND_NAMES[normaliseHeader(cell)];
}
