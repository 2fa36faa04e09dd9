import { useId, type ReactNode } from 'react';
import { updateEntity } from '../../../shared/document/commands';
import type { CollectionName, EntityOf } from '../../../shared/model/collections';
import { useDoc, useEditor, useEditorState } from '../app/context';
import { useI18n } from '../i18n/I18n';
import type { Translator } from '../i18n/format';
import { LabelledSelect } from './LabelledSelect';
import { fieldProblem } from './validation';
import { useDraftField } from './useDraftField';

const PLACEHOLDER: Record<FieldKind, (i18n: Translator) => string | undefined> = {
  text: () => undefined,
  'optional-text': () => undefined,
  'optional-integer': () => undefined,
  date: (i18n) => i18n.t('datePlaceholder'),
  'optional-date': (i18n) => i18n.t('datePlaceholder'),
  'optional-datetime': (i18n) => i18n.t('dateTimePlaceholder'),
};

type Row = Record<string, unknown>;

export type FieldKind = 'text' | 'optional-text' | 'date' | 'optional-date' | 'optional-datetime' | 'optional-integer';

/** What a field's text stands for in the row: empty optional fields are null, integers numbers. */
function valueOf(kind: FieldKind, text: string): unknown {
  if (text === '' && kind.startsWith('optional-')) return null;
  if (kind === 'optional-integer') return /^[0-9]+$/.test(text) ? Number(text) : text; // text: refused by the schema
  return text;
}

/** What every bound field names: the row (collection and id), its field, the label and the test id. */
type BoundFieldProps<C extends CollectionName> = {
  collection: C;
  id: string;
  field: Extract<keyof EntityOf<C>, string>;
  label: string;
  testId: string;
};

export type TextFieldProps<C extends CollectionName> = BoundFieldProps<C> & {
  kind?: FieldKind;
  /** The language of the text typed in the field (for spell-checking and screen readers). */
  inputLang?: string;
  placeholder?: string;
  /** Rules across fields (end date after start date...). Returns a message, or null when fine. */
  crossCheck?: (candidate: Row, i18n: Translator) => string | null;
  /** A read-out under the field (the date written in full...). */
  hint?: (value: string) => ReactNode;
  list?: string;
  required?: boolean;
};

/**
 * A text field bound to one field of one row. Typing stays local to the field; Enter or
 * leaving the field commits one updateEntity command (repeated commits during one visit to the
 * field merge into one undo step). An invalid value is refused in place: the message shows
 * under the field and the document is unchanged. Esc puts back the saved value.
 */
export function TextField<C extends CollectionName>(props: TextFieldProps<C>) {
  const { collection, id, field, label, testId, kind = 'text', inputLang, placeholder, crossCheck, hint, list, required } =
    props;
  const i18n = useI18n();
  const editor = useEditor();
  const readOnly = useEditorState((s) => s.readOnly);
  const stored = useDoc((d) => (d[collection] as Record<string, Row>)[id]?.[field]);
  const storedText = stored === null || stored === undefined ? '' : String(stored);
  const inputId = useId();
  const { draft, error, inputProps } = useDraftField((typed, visit) => {
    const row = (editor.getDocument()[collection] as Record<string, Row>)[id];
    if (!row) return null;
    const value = valueOf(kind, typed.trim());
    const candidate = { ...row, [field]: value };
    const problem = fieldProblem(collection, candidate, field, i18n) ?? crossCheck?.(candidate, i18n) ?? null;
    if (problem) return problem;
    editor.dispatch(updateEntity, { collection, id, fields: { [field]: value } }, `${collection}/${id}/${field}#${visit}`);
    return null;
  });

  const shown = draft ?? storedText;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const hintContent = hint && !error ? hint(shown) : null;
  const input = inputProps(errorId);
  return (
    <div className={`field${error ? ' field--invalid' : ''}${draft !== null ? ' field--dirty' : ''}`}>
      <label htmlFor={inputId} className="field__label">
        {label}
        {kind.startsWith('optional-') && <span className="field__optional"> ({i18n.t('optional')})</span>}
      </label>
      <input
        id={inputId}
        className="field__input"
        data-testid={testId}
        type="text"
        value={shown}
        lang={inputLang}
        placeholder={placeholder ?? PLACEHOLDER[kind](i18n)}
        readOnly={readOnly}
        required={required}
        list={list}
        spellCheck={kind === 'text' || kind === 'optional-text'}
        autoComplete="off"
        {...input}
        aria-describedby={input['aria-describedby'] ?? (hintContent ? hintId : undefined)}
      />
      <FieldMessage id={errorId} testId={testId} error={error} />
      {!error && hintContent ? (
        <p id={hintId} className="field__hint">
          {hintContent}
        </p>
      ) : null}
    </div>
  );
}

/** A refusal under a field, a form or a dialog's choices (`<testId>-error`), read out when it appears. */
export function FieldMessage({ id, testId, error }: { id?: string; testId: string; error: string | null }) {
  return error ? (
    <p id={id} className="field__error" role="alert" data-testid={`${testId}-error`}>
      {error}
    </p>
  ) : null;
}

export type SelectFieldProps<C extends CollectionName> = BoundFieldProps<C> & {
  options: readonly { value: string; label: string }[];
  /** The option standing for null, if the field may be empty. */
  emptyLabel?: string;
};

/** A select bound to one field; a choice commits at once (one undo step). */
export function SelectField<C extends CollectionName>(props: SelectFieldProps<C>) {
  const { collection, id, field, label, testId, options, emptyLabel } = props;
  const editor = useEditor();
  const readOnly = useEditorState((s) => s.readOnly);
  const stored = useDoc((d) => (d[collection] as Record<string, Row>)[id]?.[field]);
  const value = stored === null || stored === undefined ? '' : String(stored);
  const known = options.some((o) => o.value === value);
  return (
    <LabelledSelect
      label={label}
      testId={testId}
      value={value}
      disabled={readOnly}
      options={[
        ...(emptyLabel !== undefined ? [{ value: '', label: emptyLabel }] : []),
        ...(!known && value !== '' ? [{ value, label: value }] : []),
        ...options,
      ]}
      onChange={(choice) => editor.dispatch(updateEntity, { collection, id, fields: { [field]: choice === '' && emptyLabel !== undefined ? null : choice } })}
    />
  );
}

export type CheckFieldProps<C extends CollectionName> = BoundFieldProps<C>;

/** A checkbox bound to one boolean field; a click commits at once (one undo step). */
export function CheckField<C extends CollectionName>({ collection, id, field, label, testId }: CheckFieldProps<C>) {
  const editor = useEditor();
  const readOnly = useEditorState((s) => s.readOnly);
  const stored = useDoc((d) => (d[collection] as Record<string, Row>)[id]?.[field]);
  return (
    <label className="check-field">
      <input
        type="checkbox"
        data-testid={testId}
        checked={stored === true}
        disabled={readOnly}
        onChange={(e) => editor.dispatch(updateEntity, { collection, id, fields: { [field]: e.target.checked } })}
      />
      <span>{label}</span>
    </label>
  );
}
