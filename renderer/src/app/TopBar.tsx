import type { EventDocument } from '../../../shared/model/collections';
import { type Language, pickLang } from '../../../shared/i18n/index';
import { useApp, useController, useDoc, useEditorState } from './context';
import { historyAction, shortcutLabel } from './commands';
import { useI18n } from '../i18n/I18n';
import type { SaveStatus } from '../document/store';
import { saveT } from './saveMessages';
import { NewOrOpen } from './NewOrOpen';

const eventName = (d: EventDocument, lang: Language): string | null => {
  const event = Object.values(d.events)[0];
  return event ? pickLang(lang, { vi: event.nameVi, en: event.nameEn }) : null;
};

export function TopBar({ onNewEvent }: { onNewEvent: () => void }) {
  const { t } = useI18n();
  const controller = useController();
  // The document parts read the editor from context, which is set whenever a document is open.
  const hasEditor = useApp((s) => s.editor !== null);
  const busy = useApp((s) => s.busy);
  return (
    <header className="top-bar" data-testid="top-bar">
      <div className="top-bar__brand">{t('appName')}</div>
      {hasEditor ? <DocumentTitle /> : <div className="top-bar__title" />}
      <div className="top-bar__actions">
        <div className="button-group" role="group" aria-label={t('fileActions')}>
          <NewOrOpen place="bar" onNewEvent={onNewEvent} />
          {hasEditor && (
            <>
              <button
                type="button"
                className="button button--bar"
                data-testid="action-save-as"
                title={t('saveAsTooltip')}
                onClick={() => void controller.saveAs()}
                disabled={busy}
              >
                {t('saveAs')}
              </button>
              <button type="button" className="button button--bar" data-testid="action-close" onClick={() => void controller.close()} disabled={busy}>
                {t('closeEvent')}
              </button>
            </>
          )}
        </div>
        {hasEditor && <UndoRedo />}
        <LanguageSwitch />
        <button
          type="button"
          className="button button--bar button--icon"
          data-testid="action-about"
          aria-label={t('about')}
          title={t('about')}
          onClick={() => controller.showAbout()}
        >
          ?
        </button>
      </div>
    </header>
  );
}

function DocumentTitle() {
  const i18n = useI18n();
  const { t } = i18n;
  const name = useDoc((d) => eventName(d, i18n.lang));
  const file = useApp((s) => s.file);
  const status = useEditorState((s) => s.saveStatus);
  const readOnly = useEditorState((s) => s.readOnly);
  return (
    <div className="top-bar__title">
      <div className="top-bar__event" data-testid="event-name" title={name ?? undefined}>
        {name ?? ''}
      </div>
      <div className="top-bar__file">
        <span className="top-bar__filename" data-testid="file-name" title={file?.path} aria-label={`${t('fileLabel')}: ${file?.name ?? ''}`}>
          {file?.name}
        </span>
        {readOnly && (
          <span className="badge badge--warning" data-testid="read-only" title={t('readOnlyTooltip')}>
            {t('readOnly')}
          </span>
        )}
        <SaveIndicator status={status} />
      </div>
    </div>
  );
}

function SaveIndicator({ status }: { status: SaveStatus }) {
  const i18n = useI18n();
  const { t } = i18n;
  const text =
    status.kind === 'saving'
      ? t('saving')
      : status.kind === 'error'
        ? t('saveFailed', { message: status.message })
        : status.kind === 'unsaved'
          ? saveT(i18n.lang)('status', { count: status.pending })
          : t('saved');
  return (
    <span
      className={`save-status save-status--${status.kind}`}
      data-testid="save-status"
      data-state={status.kind}
      role="status"
      title={status.kind === 'saved' && status.savedAt ? t('savedAt', { time: i18n.time(status.savedAt) }) : text}
    >
      <span className="save-status__dot" aria-hidden="true" />
      <span className="save-status__text">{text}</span>
    </span>
  );
}

function UndoRedo() {
  return (
    <div className="button-group">
      <HistoryButton kind="undo" />
      <HistoryButton kind="redo" />
    </div>
  );
}

const HISTORY = {
  undo: { glyph: '↶', label: 'undo', tooltip: 'undoTooltip', can: 'canUndo' },
  redo: { glyph: '↷', label: 'redo', tooltip: 'redoTooltip', can: 'canRedo' },
} as const;

/** Undo or Redo: named with its shortcut, disabled when there is nothing to take back or do again. */
function HistoryButton({ kind }: { kind: 'undo' | 'redo' }) {
  const { t } = useI18n();
  const controller = useController();
  const { glyph, label, tooltip, can } = HISTORY[kind];
  const enabled = useEditorState((s) => s[can]);
  const tip = t(tooltip, { shortcut: shortcutLabel(kind) });
  return (
    <button
      type="button"
      className="button button--bar"
      data-testid={kind}
      title={tip}
      aria-label={tip}
      disabled={!enabled}
      onClick={() => historyAction(controller, kind, 'button')}
    >
      <span aria-hidden="true">{glyph}</span> {t(label)}
    </button>
  );
}

function LanguageSwitch() {
  const { t, lang } = useI18n();
  const controller = useController();
  const options: { value: Language; label: string; name: string }[] = [
    { value: 'vi', label: 'VI', name: t('languageVi') },
    { value: 'en', label: 'EN', name: t('languageEn') },
  ];
  return (
    <div className="lang-switch" role="group" aria-label={t('languageSwitch')} data-testid="language-switch">
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          lang={o.value}
          className={`lang-switch__option${lang === o.value ? ' is-active' : ''}`}
          data-testid={`language-${o.value}`}
          aria-pressed={lang === o.value}
          title={o.name}
          onClick={() => void controller.setLanguage(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
