import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDecimal, formatMinutes, numberFormat } from '../../../core/format/index.js';
import type { ResultsDimension } from '../../../core/results/results-table.js';
import { formatCents } from '../../ui/money.js';
import { strategyQueryOptions } from '../strategy/strategy-queries.js';
import { useCategoryOptions } from '../tracking/use-tracking-options.js';
import { formatLocalDate } from '../tracking/workspace-dates.js';

const formatLocale = (language: string) => (language === 'en' ? 'en' : 'fr');

/** How results show money, time, ratios and periods in the interface's language. */
export function useResultsFormat(currency: string) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    money: (cents: number) => formatCents(cents, currency, language),
    /** Chart axes: whole units ("1 600 €"), the table keeps the cents. */
    wholeMoney: (cents: number) =>
      numberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(cents / 100),
    time: (minutes: number) => formatMinutes(minutes, formatLocale(language)),
    decimal: (value: number) => formatDecimal(value, formatLocale(language)),
    percent: (value: number) =>
      numberFormat(language, { style: 'percent', maximumFractionDigits: 1 })
        .format(value / 100)
        .replace('-', '\u2212'),
    period: (period: string) => {
      const quarter = /^(\d{4})-Q(\d)$/.exec(period);
      if (quarter) return language === 'en' ? `Q${quarter[2]} ${quarter[1]}` : `T${quarter[2]} ${quarter[1]}`;
      return formatLocalDate(`${period}-01`, language, { month: 'short', year: 'numeric' });
    },
  };
}

/** The name of a row's key: a network, a category, a pillar, or one of the special rows. */
export function useKeyLabel(workspaceId: string, dimension: ResultsDimension) {
  const { t } = useTranslation();
  const categories = useCategoryOptions(workspaceId);
  const strategy = useQuery({ ...strategyQueryOptions(workspaceId), enabled: dimension === 'pillar' });
  return (key: string) => {
    if (key === 'all') return t('results.keys.all');
    if (key === 'direct_costs') return t('results.keys.direct_costs');
    if (key === 'none') return dimension === 'pillar' ? t('results.keys.nonePillar') : t('results.keys.none');
    if (dimension === 'network') return t(`networks.${key}` as 'networks.linkedin', { defaultValue: key });
    if (dimension === 'category') return categories.nameOf(key);
    return strategy.data?.pillars.find((pillar) => pillar.id === key)?.name ?? t('results.keys.unknown');
  };
}
