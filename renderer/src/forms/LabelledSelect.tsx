export type SelectOption<V extends string> = { value: V; label: string; disabled?: boolean };

export type LabelledSelectProps<V extends string> = {
  label: string;
  testId: string;
  value: V;
  options: readonly SelectOption<V>[];
  disabled?: boolean;
  onChange(value: V): void;
};

/**
 * A choice among a few options under its label: a dialog's choice (a hall's type, a head's rank)
 * or a setting its screen saves (who is seated, the order of blocks). The label wraps the
 * select, so a screen reader and a test find the select by its label; the value handed back is
 * one of the options' values.
 */
export function LabelledSelect<V extends string>({ label, testId, value, options, disabled, onChange }: LabelledSelectProps<V>) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select className="field__input" data-testid={testId} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
