import { useEffect, useState } from 'react';
import { useEditor, useEditorState } from './context';
import { isView, updateSession } from './session';
import { CloseButton } from './Modal';
import { useI18n } from '../i18n/I18n';
import { historyUi, moveText, type HistoryKey } from '../i18n/history';
import { translate } from '../../../shared/i18n/index';
import type { EntryNote } from '../../../shared/document/history';

/** Long enough to read a label of a dozen words; held while the pointer or the focus is on it. */
export const NOTICE_MS = 8000;

/** Takes the officer to where a change was made: its screen, and its hall, sequence or delegation. */
export function showPlace(place: EntryNote['place']): void {
  if (!isView(place.view)) return;
  updateSession({
    view: place.view,
    ...(place.hallId ? { selectedHallId: place.hallId } : {}),
    ...(place.sequenceId ? { selectedSequenceId: place.sequenceId } : {}),
    ...(place.delegationId ? { selectedDelegationId: place.delegationId } : {}),
  });
}

/**
 * What the last undo or redo did ("Undone: seat Banquet Hall — 9 moves"), from the menu, the
 * keyboard or the buttons alike, with "Show" to go where it was made. A polite live region that
 * never takes the focus; it goes after a few seconds, at the next edit, or when dismissed.
 */
export function HistoryNotice() {
  const { lang } = useI18n();
  const editor = useEditor();
  const move = useEditorState((s) => s.lastMove);
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!move || held) return;
    const timer = window.setTimeout(() => editor.forgetMove(), NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [editor, move, held]);
  const t = (key: HistoryKey) => translate(historyUi, lang, key);
  const place = move?.entry.note?.place ?? null;
  return (
    <div
      className="history-notice"
      role="status"
      aria-live="polite"
      aria-label={t('noticeRegion')}
      data-testid="history-notice-region"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      {move && (
        <div className="history-notice__box" data-testid="history-notice" data-kind={move.kind} key={move.id}>
          <p className="history-notice__message" data-testid="history-notice-message">
            {moveText(move.kind, move.entry, lang)}
          </p>
          {place && isView(place.view) && (
            <button
              type="button"
              className="button button--small"
              data-testid="history-notice-show"
              title={t('showTooltip')}
              onClick={() => {
                showPlace(place);
                editor.forgetMove();
              }}
            >
              {t('show')}
            </button>
          )}
          <CloseButton className="history-notice__dismiss" testId="history-notice-dismiss" label={t('dismiss')} onClick={() => editor.forgetMove()} />
        </div>
      )}
    </div>
  );
}
