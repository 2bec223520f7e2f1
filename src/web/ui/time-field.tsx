import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTypedTime } from '../../core/format/typed-date-time.js';

export type TimeFieldProps = Omit<TextInputProps, 'value' | 'onChange' | 'type'> & {
  /** `HH:MM` (24-hour), or '' when empty. */
  value?: string;
  onChange?: (value: string) => void;
};

/**
 * A time of day shown 24-hour ("09:00") whatever the browser's language, where the browser's own
 * time input would show "09:00 AM" in an English browser. Typing "9h30", "930" or "2pm" works:
 * the text is read when the field is left, and a time that is not one says so.
 */
export function TimeField({ value = '', onChange, onBlur, error, placeholder, ...props }: TimeFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [isInvalid, setInvalid] = useState(false);
  useEffect(() => setText(value), [value]);
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      placeholder={placeholder ?? '09:00'}
      maxLength={8}
      value={text}
      error={error ?? (isInvalid ? t('dateFields.invalidTime') : undefined)}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        setInvalid(false);
        const parsed = parseTypedTime(typed);
        // A complete time is passed on at once (so a form sees it before leaving the field).
        if (parsed && /^\d{1,2}[:h.]\d{2}$/i.test(typed.trim())) onChange?.(parsed);
      }}
      onBlur={(event) => {
        const parsed = text.trim() === '' ? '' : parseTypedTime(text);
        if (parsed === null) setInvalid(true);
        else {
          setText(parsed);
          if (parsed !== value) onChange?.(parsed);
        }
        onBlur?.(event);
      }}
      {...props}
    />
  );
}
