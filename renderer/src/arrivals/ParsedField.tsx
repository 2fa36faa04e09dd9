import { useEffect, useId, useRef, useState } from 'react';
import { updateEntity } from '../../../shared/document/commands';
import type { CollectionName, EntityOf } from '../../../shared/model/collections';
import { clearActiveField, setActiveField, type ActiveField } from '../app/commands';
import { useDoc, useEditor, useEditorState } from '../app/context';

let visits = 0;

type Props<C extends CollectionName, F extends Extract<keyof EntityOf<C>, string>> = {
  collection: C;
  id: string;
  field: F;
  label: string;
  testId: string;
  /** The value as the field shows it. */
  format(value: EntityOf<C>[F]): string;
  /** The text typed, read as the field's value, or the refusal shown under the field. */
  parse(text: string): { value: EntityOf<C>[F] } | { error: string };
  className?: string;
  placeholder?: string;
};

/**
 * A field whose text is not the stored value itself (minutes typed "1,25", a time "8:30", a
 * duration "1:30"), bound to one field of one row and behaving as forms/TextField: Enter or
 * leaving the field commits one updateEntity (commits during one visit merge into one undo
 * step), text that does not read is refused in place and changes nothing, Esc puts the stored
 * value back, and Undo first takes back typing not yet committed.
 */
export function ParsedField<C extends CollectionName, F extends Extract<keyof EntityOf<C>, string>>(props: Props<C, F>) {
  const { collection, id, field, label, testId, format, parse, className = '', placeholder } = props;
  const editor = useEditor();
  const readOnly = useEditorState((s) => s.readOnly);
  const stored = useDoc((d) => (d[collection] as Record<string, EntityOf<C>>)[id]?.[field]);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const mergeKey = useRef('');
  const draftRef = useRef<string | null>(null);
  useEffect(() => {
    draftRef.current = draft;
  }, [draft]);
  const active = useRef<ActiveField>({ isDirty: () => draftRef.current !== null, revert: () => {} });
  useEffect(() => {
    active.current.revert = () => {
      setDraft(null);
      setError(null);
    };
    const current = active.current;
    return () => clearActiveField(current);
  }, []);

  const commit = () => {
    if (draft === null) return;
    const read = parse(draft);
    if ('error' in read) {
      setError(read.error);
      return;
    }
    editor.dispatch(updateEntity, { collection, id, fields: { [field]: read.value } as unknown as Partial<EntityOf<C>> }, mergeKey.current);
    setDraft(null);
    setError(null);
  };

  const shown = draft ?? (stored === undefined ? '' : format(stored));
  return (
    <div className={`field${error ? ' field--invalid' : ''}${draft !== null ? ' field--dirty' : ''}`}>
      <label htmlFor={inputId} className="field__label">
        {label}
      </label>
      <input
        id={inputId}
        className={`field__input ${className}`}
        data-testid={testId}
        type="text"
        value={shown}
        placeholder={placeholder}
        readOnly={readOnly}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
        onFocus={() => {
          mergeKey.current = `${collection}/${id}/${field}#setup${++visits}`;
          setActiveField(active.current);
        }}
        onChange={(e) => {
          setDraft(e.target.value);
          if (error) setError(null);
        }}
        onBlur={() => {
          commit();
          clearActiveField(active.current);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape' && (draft !== null || error !== null)) {
            e.preventDefault();
            e.stopPropagation();
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error && (
        <p id={`${inputId}-error`} className="field__error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
