import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { ErrorCode } from '../../../shared/errors';
import { useApp, useController } from './context';
import { Modal } from './Modal';
import { saveT, type SaveKey } from './saveMessages';
import type { EditorStore, SaveStatus } from '../document/store';

/** The reason in the UI language for the codes that need no detail; others show main's message. */
const REASONS: Partial<Record<ErrorCode, SaveKey>> = {
  'disk-full': 'reason-disk-full',
  'read-only': 'reason-read-only',
  locked: 'reason-locked',
  'no-open-file': 'reason-gone',
  'file-not-found': 'reason-gone',
};

const NO_STATUS: SaveStatus = { kind: 'saved', savedAt: null };

function useSaveStatus(editor: EditorStore | null): { status: SaveStatus; readOnly: boolean } {
  const status = useSyncExternalStore(editor?.subscribe ?? noSubscription, () => editor?.getSnapshot().saveStatus ?? NO_STATUS);
  const readOnly = useSyncExternalStore(editor?.subscribe ?? noSubscription, () => editor?.getSnapshot().readOnly ?? false);
  return { status, readOnly };
}
const noSubscription = () => () => {};

/**
 * Edits the file could not take (disk full, read-only...) are kept in this window: a banner
 * that stays until they are written says so, how many, and offers Save As and Try again. A
 * file opened read-only gets its own banner, with Save As to edit a copy.
 * While any edit is unwritten, closing the window asks first (beforeunload; main shows the
 * question natively, see electron/main/index.ts).
 */
export function SaveBanner() {
  const controller = useController();
  const language = useApp((s) => s.language);
  const busy = useApp((s) => s.busy);
  const editor = useApp((s) => s.editor);
  const { status, readOnly } = useSaveStatus(editor);

  useEffect(() => {
    if (!editor) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (editor.pendingCount === 0) return;
      event.preventDefault();
      event.returnValue = ''; // older Chromium needs it set to ask
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [editor]);

  const t = saveT(language);
  const saveAs = (testId: string) => (
    <button type="button" className="button button--primary" data-testid={testId} disabled={busy} onClick={() => void controller.saveAs()}>
      {t('saveAs')}
    </button>
  );
  if (editor && readOnly) {
    return (
      <Banner testId="read-only-banner" tone="read-only" icon="i" title={t('readOnlyTitle')} actions={saveAs('read-only-banner-save-as')}>
        <p data-testid="read-only-banner-message">{t('readOnlyText')}</p>
      </Banner>
    );
  }
  if (!editor || status.kind !== 'unsaved') return null;
  const reason = REASONS[status.code];
  return (
    <Banner
      testId="save-banner"
      tone="error"
      icon="!"
      title={t('bannerTitle')}
      data={{ 'data-code': status.code, 'data-pending': status.pending }}
      actions={
        <>
          {saveAs('save-banner-save-as')}
          <button type="button" className="button" data-testid="save-banner-retry" disabled={busy} onClick={() => editor.retry()}>
            {t('retry')}
          </button>
        </>
      }
    >
      <p data-testid="save-banner-message">
        {reason ? t(reason) : status.message}{' '}
        {status.pending === 1 ? t('pendingOne') : t('pendingMany', { count: status.pending })}
      </p>
      <p>{t('advice')}</p>
    </Banner>
  );
}

/** A banner under the top bar that stays while its state lasts: an error is announced at once (role alert). */
function Banner(props: {
  testId: string;
  tone: 'error' | 'read-only';
  icon: string;
  title: string;
  actions: ReactNode;
  children: ReactNode;
  data?: Record<`data-${string}`, string | number>;
}) {
  const titleId = `${props.testId}-title`;
  return (
    <section
      className={`save-banner save-banner--${props.tone}`}
      role={props.tone === 'error' ? 'alert' : 'status'}
      aria-labelledby={titleId}
      data-testid={props.testId}
      {...props.data}
    >
      <span className="notice__icon" aria-hidden="true">
        {props.icon}
      </span>
      <div className="save-banner__text">
        <h2 id={titleId} className="save-banner__title">
          {props.title}
        </h2>
        {props.children}
      </div>
      <div className="save-banner__actions">{props.actions}</div>
    </section>
  );
}

/** Asked before a file flow (open, new, close) would drop edits that are not saved. */
export function UnsavedDialog({ count }: { count: number }) {
  const controller = useController();
  const t = saveT(useApp((s) => s.language));
  const cancel = () => controller.answerUnsaved(false);
  return (
    <Modal testId="unsaved-dialog" labelledBy="unsaved-title" onClose={cancel} tone="error">
      <h2 id="unsaved-title" className="modal__title">
        {t('leaveTitle')}
      </h2>
      <p className="modal__message" data-testid="unsaved-dialog-message">
        {count === 1 ? t('leaveOne') : t('leaveMany', { count })}
      </p>
      <p className="muted">{t('leaveAdvice')}</p>
      <div className="modal__actions">
        <button type="button" className="button" data-testid="unsaved-discard" onClick={() => controller.answerUnsaved(true)}>
          {t('leaveDiscard')}
        </button>
        <button type="button" className="button button--primary" data-testid="unsaved-cancel" onClick={cancel} autoFocus>
          {t('leaveCancel')}
        </button>
      </div>
    </Modal>
  );
}
