import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18n';
import type { EditorT } from './messages';
import { parseNumber } from './validate';
import { FieldMessage } from '../../forms/Field';
import { useDraftField } from '../../forms/useDraftField';

/** The inspector's inputs: each commits on Enter or leaving, and shows a refusal in place. */

export function FieldShell({ label, error, id, children, testId }: { label: string; error: string | null; id: string; children: ReactNode; testId: string }) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {children}
      <FieldMessage id={`${id}-error`} testId={testId} error={error} />
    </div>
  );
}

/** A number typed, committed on Enter or leaving; refused in place (document unchanged) when invalid. */
export function NumberInput({ label, testId, value, readOnly, integer, t, commit }: { label: string; testId: string; value: number | null; readOnly: boolean; integer?: boolean; t: EditorT; commit(v: number): string | null }) {
  const { number } = useI18n();
  const id = useId();
  const { draft, error, inputProps } = useDraftField((typed) => {
    const v = parseNumber(typed);
    if (v === null) return t('badNumber');
    if (integer && !Number.isInteger(v)) return t('badInteger');
    return commit(v);
  });
  const shown = draft ?? (value === null ? '' : number(value, 3).replace(/\u00a0|\s/g, ''));
  return (
    <FieldShell label={label} error={error} id={id} testId={testId}>
      <input id={id} className="field__input field__input--number" data-testid={testId} inputMode="decimal" value={shown} readOnly={readOnly} {...inputProps(`${id}-error`)} />
    </FieldShell>
  );
}

export function TextInput({ label, testId, value, readOnly, commit, lang }: { label: string; testId: string; value: string; readOnly: boolean; lang: string; commit(v: string): string | null }) {
  const id = useId();
  const { draft, error, inputProps } = useDraftField((typed) => commit(typed.trim()));
  return (
    <FieldShell label={label} error={error} id={id} testId={testId}>
      <input id={id} className="field__input" data-testid={testId} lang={lang} value={draft ?? value} readOnly={readOnly} {...inputProps(`${id}-error`)} />
    </FieldShell>
  );
}

export function SelectInput({ label, testId, value, readOnly, options, commit }: { label: string; testId: string; value: string; readOnly: boolean; options: [string, string][]; commit(v: string): string | null }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <FieldShell label={label} error={error} id={id} testId={testId}>
      <select id={id} className="field__input" data-testid={testId} value={value} disabled={readOnly} onChange={(e) => setError(commit(e.target.value))}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>{l}</option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckInput({ label, testId, value, readOnly, commit }: { label: string; testId: string; value: boolean; readOnly: boolean; commit(v: boolean): string | null }) {
  return (
    <label className="toggle inspector__check">
      <input type="checkbox" data-testid={testId} checked={value} disabled={readOnly} onChange={(e) => commit(e.target.checked)} />
      {label}
    </label>
  );
}
