import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../budget/format.js';

export type HoursLine = { key: string; label: string; planned: number; tracked: number; budget: number };

const rowHeight = 40;
const labelWidth = 104;
/** Close to a phone's card width, so the text stays near its real size from phone to desktop. */
const width = 360;

/**
 * Planned (routine) and tracked minutes per category as paired horizontal bars on one scale,
 * each value written after its bar; a thin mark shows the budget. Hand-drawn SVG: a few
 * rectangles need no chart library on a phone. The numbers are also listed for screen readers.
 */
export function HoursChart({ lines }: { lines: HoursLine[] }) {
  const { t, i18n } = useTranslation();
  const largest = Math.max(60, ...lines.map((line) => Math.max(line.planned, line.tracked, line.budget)));
  const barArea = width - labelWidth - 74;
  const scale = (minutes: number) => (minutes / largest) * barArea;
  const height = lines.length * rowHeight + 24;
  return (
    <>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="presentation"
        aria-hidden
        style={{ display: 'block', fontSize: 12, fontFamily: 'inherit' }}
        data-testid="review-hours-chart"
      >
        <g transform="translate(0, 4)" fontSize={11}>
          <rect x={0} y={0} width={10} height={10} rx={2} fill="var(--mantine-color-blue-2)" />
          <text x={14} y={9} fill="var(--mantine-color-dimmed)">
            {t('review.hours.planned')}
          </text>
          <rect x={112} y={0} width={10} height={10} rx={2} fill="var(--mantine-color-blue-7)" />
          <text x={126} y={9} fill="var(--mantine-color-dimmed)">
            {t('review.hours.tracked')}
          </text>
          <rect x={190} y={0} width={2} height={10} fill="var(--mantine-color-orange-7)" />
          <text x={196} y={9} fill="var(--mantine-color-dimmed)">
            {t('review.hours.budget')}
          </text>
        </g>
        {lines.map((line, index) => {
          const top = 24 + index * rowHeight;
          return (
            <g key={line.key}>
              <text x={0} y={top + 20} fill="var(--mantine-color-text)">
                {line.label.length > 15 ? `${line.label.slice(0, 14)}…` : line.label}
              </text>
              <rect
                x={labelWidth}
                y={top + 4}
                width={Math.max(scale(line.planned), 1.5)}
                height={13}
                rx={2}
                fill="var(--mantine-color-blue-2)"
              />
              <text x={labelWidth + scale(line.planned) + 5} y={top + 15} fill="var(--mantine-color-dimmed)">
                {formatHours(line.planned, i18n.language)}
              </text>
              <rect
                x={labelWidth}
                y={top + 19}
                width={Math.max(scale(line.tracked), 1.5)}
                height={13}
                rx={2}
                fill="var(--mantine-color-blue-7)"
              />
              <text
                x={labelWidth + scale(line.tracked) + 5}
                y={top + 30}
                fill="var(--mantine-color-text)"
                fontWeight={600}
              >
                {formatHours(line.tracked, i18n.language)}
              </text>
              {line.budget > 0 && (
                <rect
                  x={labelWidth + scale(line.budget) - 1}
                  y={top + 1}
                  width={2}
                  height={34}
                  fill="var(--mantine-color-orange-7)"
                />
              )}
            </g>
          );
        })}
      </svg>
      <VisuallyHidden component="ul">
        {lines.map((line) => (
          <li key={line.key}>
            {line.label}: {t('review.hours.planned')} {formatHours(line.planned, i18n.language)},{' '}
            {t('review.hours.tracked')} {formatHours(line.tracked, i18n.language)}, {t('review.hours.budget')}{' '}
            {formatHours(line.budget, i18n.language)}
          </li>
        ))}
      </VisuallyHidden>
    </>
  );
}
