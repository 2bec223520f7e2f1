import '@mantine/dates/styles.css';
import 'dayjs/locale/fr';
import { DateInput, type DateInputProps, DatesProvider } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { dateInputPattern, parseTypedDate } from '../../core/format/typed-date-time.js';

export type DateFieldProps = Omit<
  DateInputProps,
  'value' | 'onChange' | 'valueFormat' | 'dateParser' | 'defaultValue'
> & {
  /** `YYYY-MM-DD`, or '' when empty. */
  value?: string | null;
  onChange?: (value: string) => void;
};

/**
 * A date in the interface's language, not the browser's: 04/12/2026 and a calendar in French
 * (weeks from Monday) even in an English browser, 12/04/2026 in English. The value stays
 * `YYYY-MM-DD`; typing a date in either order or in ISO works, and an impossible one is refused.
 */
export function DateField({ value, onChange, placeholder, ...props }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  return (
    // No red weekends (too pale to read on white) and no greyed days of the next month.
    <DatesProvider settings={{ locale, firstDayOfWeek: 1, weekendDays: [] }}>
      <DateInput
        valueFormat={dateInputPattern(locale)}
        dateParser={(text) => parseTypedDate(text, locale)}
        placeholder={placeholder ?? t('dateFields.datePlaceholder')}
        ariaLabels={{
          nextMonth: t('dateFields.nextMonth'),
          previousMonth: t('dateFields.previousMonth'),
          nextYear: t('dateFields.nextYear'),
          previousYear: t('dateFields.previousYear'),
          nextDecade: t('dateFields.nextDecade'),
          previousDecade: t('dateFields.previousDecade'),
          monthLevelControl: t('dateFields.chooseMonth'),
          yearLevelControl: t('dateFields.chooseYear'),
        }}
        hideOutsideDates
        clearButtonProps={{ 'aria-label': t('dateFields.clear') }}
        value={value || null}
        onChange={(next) => onChange?.(next ?? '')}
        {...props}
      />
    </DatesProvider>
  );
}
