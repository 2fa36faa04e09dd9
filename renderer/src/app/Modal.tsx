import { useEffect, useRef, type ReactNode } from 'react';

// The modal, its buttons and the × of notices and panels, in a file of their own: every dialog
// imports them, and the dialogs host (Dialogs.tsx) imports the dialogs, so keeping them there made
// an import circle.

/** A modal dialog on the native <dialog> element: focus stays inside, Esc closes it. */
export function Modal({ testId, labelledBy, onClose, children, tone }: { testId: string; labelledBy: string; onClose: () => void; children: ReactNode; tone?: 'error' }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal${tone ? ` modal--${tone}` : ''}`}
      data-testid={testId}
      aria-labelledby={labelledBy}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}

/** The × that closes a notice or a side panel, named for screen readers (the name is also its tooltip). */
export function CloseButton({ className, testId, label, onClick }: { className?: string; testId?: string; label: string; onClick: () => void }) {
  return (
    <button type="button" className={className ? `icon-button ${className}` : 'icon-button'} data-testid={testId} aria-label={label} title={label} onClick={onClick}>
      ×
    </button>
  );
}

/** A dialog's one button, which closes it (About's Close, an error's OK); focused, so Enter closes it too. */
export function CloseAction({ testId, label, onClick }: { testId: string; label: string; onClick: () => void }) {
  return (
    <div className="modal__actions">
      <button type="button" className="button button--primary" data-testid={testId} onClick={onClick} autoFocus>
        {label}
      </button>
    </div>
  );
}

type DialogActionsProps = {
  /** The buttons' test ids: `<prefix>-cancel` and `<prefix>-<applyName>` ("apply" unless named). */
  prefix: string;
  applyName?: string;
  cancelLabel: string;
  applyLabel: string;
  onCancel(): void;
  /** Without it, Apply is its form's submit button: the form's onSubmit applies. */
  onApply?(): void;
  /** Apply stays disabled until there is something to apply. */
  canApply?: boolean;
  /** Apply takes the focus (live mode: Enter logs the arrival just announced). */
  applyFocus?: boolean;
};

/** A dialog's Cancel and Apply, Apply the primary button on the right. */
export function DialogActions({ prefix, applyName = 'apply', cancelLabel, applyLabel, onCancel, onApply, canApply = true, applyFocus }: DialogActionsProps) {
  return (
    <div className="modal__actions">
      <button type="button" className="button" data-testid={`${prefix}-cancel`} onClick={onCancel}>
        {cancelLabel}
      </button>
      <button
        type={onApply ? 'button' : 'submit'}
        className="button button--primary"
        data-testid={`${prefix}-${applyName}`}
        disabled={!canApply}
        onClick={onApply}
        autoFocus={applyFocus}
      >
        {applyLabel}
      </button>
    </div>
  );
}
