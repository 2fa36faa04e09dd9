import { useId } from 'react';
import { updateEntity } from '../../../shared/document/commands';
import type { CollectionName, EntityOf } from '../../../shared/model/collections';
import { useDoc, useEditor, useEditorState } from '../app/context';
import { FieldMessage } from '../forms/Field';
import { useDraftField } from '../forms/useDraftField';

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
  const inputId = useId();
  const { draft, error, inputProps } = useDraftField((typed, visit) => {
    const read = parse(typed);
    if ('error' in read) return read.error;
    const fields = { [field]: read.value } as unknown as Partial<EntityOf<C>>;
    editor.dispatch(updateEntity, { collection, id, fields }, `${collection}/${id}/${field}#${visit}`);
    return null;
  });

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
        {...inputProps(`${inputId}-error`)}
      />
      <FieldMessage id={`${inputId}-error`} testId={testId} error={error} />
    </div>
  );
}
