import { type MantineSize, SegmentedControl, useMantineTheme } from '@mantine/core';
import { type CSSProperties, type ReactNode, useId } from 'react';

const classes = SegmentedControl.classes;

export type SegmentedRadio<Value extends string> = { value: Value; label: ReactNode };

/**
 * A choice among a few values, drawn as Mantine's SegmentedControl is before it measures itself:
 * its stylesheet and classes, native radio buttons (arrow keys, focus ring, names), the chosen
 * one's background drawn by CSS (`[data-active]::before`). Mantine's component keeps its labels'
 * elements in state set from ref callbacks (a second render inside the page's first commit, which
 * also runs every passive effect of the page there) and measures the chosen label to place its
 * sliding indicator (a forced layout of the whole page in that commit: 67 ms of the sign-in
 * page's at 4x). A change no longer slides; nothing else differs.
 */
export function SegmentedRadios<Value extends string>({
  data,
  value,
  onChange,
  size,
  'aria-label': ariaLabel,
  'aria-labelledby': ariaLabelledby,
  'data-testid': testId,
}: {
  data: readonly SegmentedRadio<Value>[];
  value: Value;
  onChange: (value: Value) => void;
  size?: MantineSize;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'data-testid'?: string;
}) {
  const name = useId();
  const { focusRing } = useMantineTheme();
  // Mantine's variables for the size and no colour (what its varsResolver sets).
  const variables = {
    '--sc-radius': 'var(--mantine-radius-default)',
    '--sc-shadow': 'var(--mantine-shadow-xs)',
    ...(size && {
      '--sc-padding': `var(--sc-padding-${size})`,
      '--sc-font-size': `var(--mantine-font-size-${size})`,
    }),
  } as CSSProperties;
  return (
    <div
      className={classes.root}
      style={variables}
      role="radiogroup"
      aria-label={ariaLabel}
      aria-labelledby={ariaLabelledby}
      data-testid={testId}
      data-with-items-borders
    >
      {data.map((item) => {
        const isChosen = item.value === value;
        const id = `${name}-${item.value}`;
        return (
          <div key={item.value} className={classes.control} data-active={isChosen || undefined}>
            <input
              className={classes.input}
              type="radio"
              name={name}
              value={item.value}
              id={id}
              checked={isChosen}
              onChange={() => onChange(item.value)}
              data-focus-ring={focusRing}
            />
            <label className={classes.label} htmlFor={id} data-active={isChosen || undefined}>
              <span className={classes.innerLabel}>{item.label}</span>
            </label>
          </div>
        );
      })}
    </div>
  );
}
