import { Textarea, type TextareaProps } from '@mantine/core';

/** Whether the browser sizes a field to its content itself (CSS `field-sizing`: Chromium 123+, Safari 26.2+). */
const sizesItself = typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content') === true;

/** The text box's padding and border, above and below its lines (Mantine's multiline input). */
const frame = 'calc(2 * var(--input-padding-y, 0rem) + 2 * 0.0625rem * var(--mantine-scale))';

type GrowingTextareaProps = Omit<TextareaProps, 'autosize' | 'rows' | 'styles'> & {
  minRows?: number;
  maxRows?: number;
};

/**
 * A text box that grows with its text, from `minRows` lines to `maxRows` (then it scrolls).
 *
 * Where the browser can, CSS sizes it (`field-sizing: content`). Mantine's `autosize` measures
 * the text in JavaScript after every render of the box: `getComputedStyle`, then a hidden copy's
 * `scrollHeight`, with a forced layout per box on every keystroke of the post editor (a keystroke's
 * handling, median at a phone's 4×: 46–57 ms with CSS, 58–88 ms measured). On a page's first
 * commit it also forced the whole new page's style inside React's task (~110 ms at 4×); where a
 * floating-ui popover is drawn too (the editor's selects) that cost only moves to it
 * (bench/README.md, "Session 25"). Elsewhere (Firefox) Mantine's measuring still does it.
 */
export function GrowingTextarea({ minRows = 2, maxRows, ...props }: GrowingTextareaProps) {
  if (!sizesItself) return <Textarea autosize minRows={minRows} maxRows={maxRows} {...props} />;
  const lines = (count: number) => `calc(${count}lh + ${frame})`;
  return (
    <Textarea
      rows={minRows}
      {...props}
      styles={{
        input: {
          fieldSizing: 'content',
          minHeight: lines(minRows),
          ...(maxRows === undefined ? {} : { maxHeight: lines(maxRows) }),
        } as React.CSSProperties,
      }}
    />
  );
}
