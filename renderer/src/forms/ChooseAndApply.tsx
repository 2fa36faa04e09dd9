import type { SelectOption } from './LabelledSelect';

type Props = {
  label: string;
  /** The empty first option, standing for "nothing chosen yet". */
  placeholder: string;
  options: readonly SelectOption<string>[];
  value: string;
  onChange(value: string): void;
  /** The button's text, and whether it can act on the choice now. */
  action: string;
  canApply: boolean;
  onApply(): void;
  disabled: boolean;
  selectTestId: string;
  buttonTestId: string;
};

/**
 * A choice and the button that acts on it, side by side under one label: choose a co-chair and
 * add it, choose the state a lot drawn elsewhere fell on and use it. The caller keeps the choice
 * (and says whether the button clears it).
 */
export function ChooseAndApply({ label, placeholder, options, value, onChange, action, canApply, onApply, disabled, selectTestId, buttonTestId }: Props) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <span className="add-person__row">
        <select className="field__input" data-testid={selectTestId} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={disabled || !canApply} data-testid={buttonTestId} onClick={onApply}>
          {action}
        </button>
      </span>
    </label>
  );
}
