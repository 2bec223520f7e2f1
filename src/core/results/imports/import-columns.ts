import type { OutcomeKind } from '../results-table.js';

/**
 * What a results import reads: a network's post-level export (LinkedIn page "Content" export,
 * Meta Business Suite's Facebook or Instagram post export) or a list of outcomes (a CRM's or a
 * spreadsheet's leads, clients won and revenue).
 */
export const metricImportSources = ['linkedin', 'facebook', 'instagram'] as const;
export type MetricImportSource = (typeof metricImportSources)[number];
export const resultsImportSources = [...metricImportSources, 'outcomes'] as const;
export type ResultsImportSource = (typeof resultsImportSources)[number];

export const metricImportFields = [
  'externalId',
  'url',
  'publishedAt',
  'text',
  'impressions',
  'reactions',
  'comments',
  'shares',
  'clicks',
  'saves',
] as const;
export type MetricImportField = (typeof metricImportFields)[number];

export const outcomeImportFields = [
  'externalId',
  'date',
  'kind',
  'amount',
  'network',
  'campaign',
  'utmSource',
  'utmMedium',
  'utmCampaign',
  'note',
] as const;
export type OutcomeImportField = (typeof outcomeImportFields)[number];

/** Field -> the header of the file's column that holds it (absent: the file does not say). */
export type ColumnMapping<Field extends string = string> = Partial<Record<Field, string>>;

export type ResultsImportMapping = {
  columns: ColumnMapping;
  /** The order of day and month in the file's dates; absent: told by the dates themselves. */
  dateFormat?: 'dmy' | 'mdy' | 'ymd';
  /** Outcomes only: the kind of rows whose file has no kind column (or an empty cell). */
  defaultKind?: OutcomeKind;
};

/** Trimmed, lower-case, without accents, one space, straight apostrophes. */
export function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * Header names the real exports use, in English and French (normalised). LinkedIn's "All posts"
 * sheet: Post title, Post link, Post type, Campaign name, Posted by, Created date, …, Impressions,
 * Views, Clicks, Click through rate (CTR), Likes, Comments, Reposts, Follows, Engagement rate.
 * Meta Business Suite: Post ID, Page ID / Account ID, …, Description, Publish time, Permalink,
 * Post type, Date, Impressions or Views, Reach, Reactions or Likes, Comments, Shares, Saves,
 * Total clicks / Link clicks. Rates and reach are left out: rates are recomputed, reach is not an
 * impression count.
 */
const METRIC_ALIASES: Record<MetricImportField, readonly string[]> = {
  externalId: ['post id', 'identifiant de la publication', 'id de la publication'],
  url: ['post link', 'lien de la publication', 'permalink', 'permalien', 'lien permanent', 'url'],
  publishedAt: [
    'created date',
    'date de creation',
    'publish time',
    'heure de publication',
    'date de publication',
    'published',
  ],
  text: ['post title', 'titre de la publication', 'description', 'message', 'title', 'titre'],
  impressions: ['impressions', 'views', 'vues', 'nombre de vues'],
  reactions: ['reactions', 'likes', "j'aime", "mentions j'aime"],
  comments: ['comments', 'commentaires'],
  shares: ['reposts', 'republications', 'shares', 'partages', 'repartages'],
  clicks: ['clicks', 'clics', 'total clicks', 'total des clics', 'link clicks', 'clics sur un lien'],
  saves: ['saves', 'enregistrements', 'sauvegardes'],
};

const OUTCOME_ALIASES: Record<OutcomeImportField, readonly string[]> = {
  externalId: [
    'id',
    'identifiant',
    'reference',
    'ref',
    'deal id',
    'lead id',
    'order id',
    'numero de commande',
  ],
  date: ['date', 'date de conversion', 'conversion date', 'close date', 'date de signature', 'created date'],
  kind: ['type', 'kind', 'nature', 'stage', 'etape', 'resultat', 'outcome'],
  amount: [
    'amount',
    'montant',
    'montant ht',
    'revenue',
    "chiffre d'affaires",
    'ca',
    'value',
    'valeur',
    'total',
  ],
  network: ['network', 'reseau', 'reseau social', 'source', 'canal', 'channel'],
  campaign: ['campaign', 'campagne'],
  utmSource: ['utm_source', 'utm source'],
  utmMedium: ['utm_medium', 'utm medium'],
  utmCampaign: ['utm_campaign', 'utm campaign'],
  note: ['note', 'notes', 'commentaire', 'comment', 'description', 'nom', 'name', 'client', 'company'],
};

export function fieldsOf(source: ResultsImportSource): readonly string[] {
  return source === 'outcomes' ? outcomeImportFields : metricImportFields;
}

/** The fields a row cannot do without; the mapping must name a column for each. */
export function requiredFieldsOf(source: ResultsImportSource): readonly string[] {
  return source === 'outcomes' ? ['date'] : ['publishedAt'];
}

function aliasesOf(source: ResultsImportSource): Record<string, readonly string[]> {
  return source === 'outcomes' ? OUTCOME_ALIASES : METRIC_ALIASES;
}

/**
 * The mapping a file's header suggests: each field takes the first column whose name is one of
 * its known names (the order of the names says which wins, e.g. Meta's "Total clicks" before
 * "Link clicks"); a column serves one field only.
 */
export function suggestColumnMapping(header: readonly string[], source: ResultsImportSource): ColumnMapping {
  const normalised = header.map(normaliseHeader);
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const [field, names] of Object.entries(aliasesOf(source))) {
    for (const name of names) {
      const index = normalised.findIndex((column, position) => column === name && !taken.has(position));
      const found = header[index];
      if (index >= 0 && found !== undefined) {
        taken.add(index);
        mapping[field] = found.trim();
        break;
      }
    }
  }
  return mapping;
}

/** How many of a row's cells are known column names (to find the header below a title line). */
export function countKnownHeaders(row: readonly string[], source: ResultsImportSource): number {
  const known = new Set(Object.values(aliasesOf(source)).flat());
  return row.filter((cell) => known.has(normaliseHeader(cell))).length;
}

/**
 * A saved mapping fitted to a new file: columns the file no longer has are dropped, and fields
 * the saved mapping did not name take the file's suggestion. A person's choice wins over a guess.
 */
export function fitMapping(
  saved: ColumnMapping | null,
  header: readonly string[],
  source: ResultsImportSource,
): ColumnMapping {
  const suggested = suggestColumnMapping(header, source);
  if (!saved) return suggested;
  const present = new Set(header.map((name) => name.trim()));
  const fitted: ColumnMapping = { ...suggested };
  for (const [field, column] of Object.entries(saved)) {
    if (column !== undefined && present.has(column)) fitted[field] = column;
  }
  return fitted;
}
