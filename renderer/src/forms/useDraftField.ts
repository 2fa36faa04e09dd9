import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { clearActiveField, setActiveField, type ActiveField } from '../app/commands';

let visits = 0;

/**
 * Commits the text typed. `visit` names this stay in the field, so that an editor command can
 * merge the commits of one visit into one undo step. Returns the refusal to show in place, or
 * null when the text was taken.
 */
export type CommitDraft = (text: string, visit: string) => string | null;

export type DraftField = {
  /** The text being typed, or null when the field shows the stored value. */
  readonly draft: string | null;
  /** The refusal of the last commit, shown under the field. */
  readonly error: string | null;
  /** The handlers and ARIA attributes of the <input>; `errorId` is the id of the refusal's element. */
  inputProps(errorId: string): {
    onFocus(event: FocusEvent<HTMLInputElement>): void;
    onChange(event: { target: { value: string } }): void;
    onBlur(event: FocusEvent<HTMLInputElement>): void;
    onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
    'aria-invalid': true | undefined;
    'aria-describedby': string | undefined;
  };
};

/**
 * How every text field of the app behaves. Typing stays local to the field until Enter or
 * leaving it commits; a refused commit shows its message in place and changes nothing; Esc
 * puts the stored value back; and while typing is pending the field is the "active field",
 * so that Undo first takes back the typing rather than an earlier edit.
 */
export function useDraftField(commit: CommitDraft): DraftField {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const visit = useRef('');
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

  const submit = () => {
    if (draft === null) return;
    const refusal = commit(draft, visit.current);
    setError(refusal);
    if (refusal === null) setDraft(null);
  };

  return {
    draft,
    error,
    inputProps: (errorId) => ({
      onFocus: () => {
        visit.current = `visit-${++visits}`;
        setActiveField(active.current);
      },
      onChange: (event) => {
        setDraft(event.target.value);
        setError(null);
      },
      onBlur: () => {
        submit();
        clearActiveField(active.current);
      },
      onKeyDown: (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          submit();
        } else if (event.key === 'Escape' && (draft !== null || error !== null)) {
          // Esc with nothing typed is left to the screen (closing a panel, clearing a selection).
          event.preventDefault();
          event.stopPropagation();
          setDraft(null);
          setError(null);
        }
      },
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? errorId : undefined,
    }),
  };
}
