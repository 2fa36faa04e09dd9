import { pickLang, type Language } from '../../../shared/i18n/index';

export type SelectOption<V extends string> = { value: V; label: string; disabled?: boolean };

/** Rows named in both languages (halls, sequences, venue points) as options: the id, the name in the reader's language. */
export const namedOptions = (rows: readonly { id: string; nameVi: string; nameEn: string }[], lang: Language): SelectOption<string>[] =>
  rows.map((r) => ({ value: r.id, label: pickLang(lang, { vi: r.nameVi, en: r.nameEn }) }));

/**
 * Where the select stands, which decides its classes: a form's field (label above, the field's
 * look), a screen's toolbar (label beside it), or the print options, whose panel styles its
 * labels and selects itself (.print__options).
 */
const LOOKS = {
  field: { label: 'field', name: 'field__label', select: 'field__input' },
  toolbar: { label: 'toolbar__filter', name: undefined, select: undefined },
  panel: { label: undefined, name: undefined, select: undefined },
} as const;

export type LabelledSelectProps<V extends string> = {
  label: string;
  testId: string;
  value: V;
  options: readonly SelectOption<V>[];
  disabled?: boolean;
  onChange(value: V): void;
  look?: keyof typeof LOOKS;
  /** A class added to the label (its width in a dialog's grid...). */
  className?: string;
};

/**
 * A choice among a few options under its label: a dialog's choice (a hall's type, a head's rank),
 * a setting its screen saves (who is seated, the order of blocks), a toolbar's filter or view. The
 * label wraps the select, so a screen reader and a test find the select by its label; the value
 * handed back is one of the options' values.
 */
export function LabelledSelect<V extends string>({ label, testId, value, options, disabled, onChange, look = 'field', className }: LabelledSelectProps<V>) {
  const classes = LOOKS[look];
  return (
    <label className={[classes.label, className].filter(Boolean).join(' ') || undefined}>
      <span className={classes.name}>{label}</span>
      <select className={classes.select} data-testid={testId} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
