/**
 * The small controls of the arrivals dialogs: a text field whose value is checked as typed (the
 * message under it, `<testId>-error`) and a choice of radio buttons (`<testId>-<value>`). Their
 * Cancel / Apply pair is every dialog's DialogActions (app/Modal.tsx).
 */

type TypedFieldProps = {
  label: string;
  testId: string;
  value: string;
  /** The refusal shown under the field, or null when the text is acceptable. */
  error: string | null;
  onChange(text: string): void;
  className?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  placeholder?: string;
};

export function TypedField({ label, testId, value, error, onChange, className = '', inputMode = 'text', placeholder }: TypedFieldProps) {
  return (
    <label className={`field${error ? ' field--invalid' : ''}`}>
      <span className="field__label">{label}</span>
      <input
        className={`field__input ${className}`}
        data-testid={testId}
        inputMode={inputMode}
        placeholder={placeholder}
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <span className="field__error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </span>
      )}
    </label>
  );
}

type RadioChoiceProps<V extends string> = {
  legend: string;
  testId: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange(value: V): void;
  className?: string;
};

export function RadioChoice<V extends string>({ legend, testId, options, value, onChange, className = '' }: RadioChoiceProps<V>) {
  return (
    <fieldset className={`arrivals-choice ${className}`}>
      <legend className="field__label">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="radio">
          <input type="radio" name={testId} data-testid={`${testId}-${o.value}`} checked={value === o.value} onChange={() => onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
