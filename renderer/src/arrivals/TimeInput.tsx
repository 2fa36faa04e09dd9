import { useId } from 'react';
import type { DayClock } from '../../../shared/arrival';
import { skippedText, type LocalChoice } from '../../../shared/time';
import { useDraftField } from '../forms/useDraftField';
import { useI18n } from '../i18n/I18n';
import { readClockAs } from './time';

type Props = {
  clock: DayClock;
  /** The sequence's choice for a time the clocks skip or repeat (SequenceView.times). */
  choice: LocalChoice;
  /** Seconds since the day's midnight; null shows an empty field. */
  value: number | null;
  /** How the value is written back into the field ("08:42" or "08:42:30"). */
  format(seconds: number): string;
  label: string;
  testId: string;
  /** The message under the field when the text is not a time. */
  badMessage: string;
  disabled?: boolean;
  /** Called with the time typed, on Enter or leaving the field, only when it is a time and changed. */
  onCommit(seconds: number): void;
};

/**
 * A 24-hour time typed on the sequence's day, with every text field's behaviour (useDraftField):
 * typing stays in the field; Enter or leaving it commits. Text that is not a time is refused in
 * place (the message under the field, nothing sent, the document unchanged); Esc puts the stored
 * time back.
 */
export function TimeInput({ clock, choice, value, format, label, testId, badMessage, disabled, onCommit }: Props) {
  const id = useId();
  const { lang } = useI18n();
  // The refusal under the field: not a time, or (on a DST day) a time the clocks skip and why.
  const { draft, error, inputProps } = useDraftField((typed) => {
    const read = readClockAs(typed, clock, choice);
    if (!read.ok) return read.skipped ? skippedText(read.skipped, lang) : badMessage;
    if (read.seconds !== value) onCommit(read.seconds);
    return null;
  });
  const shown = draft ?? (value === null ? '' : format(value));
  const errorId = `${id}-error`;
  return (
    <span className={`time-input${error !== null ? ' field--invalid' : ''}`}>
      <input
        id={id}
        className="field__input time-input__input"
        data-testid={testId}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        aria-label={label}
        value={shown}
        disabled={disabled}
        {...inputProps(errorId)}
      />
      {error !== null && (
        <span id={errorId} className="field__error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </span>
      )}
    </span>
  );
}
