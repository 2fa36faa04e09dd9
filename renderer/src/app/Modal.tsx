import { useEffect, useRef, type ReactNode } from 'react';

// The modal and the notice's close button, in a file of their own: every dialog imports them, and
// the dialogs host (Dialogs.tsx) imports the dialogs, so keeping them there made an import circle.

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

/** The × that closes a notice, named for screen readers. */
export function DismissButton({ className, testId, label, onClick }: { className: string; testId: string; label: string; onClick: () => void }) {
  return (
    <button type="button" className={`icon-button ${className}`} data-testid={testId} aria-label={label} title={label} onClick={onClick}>
      ×
    </button>
  );
}
