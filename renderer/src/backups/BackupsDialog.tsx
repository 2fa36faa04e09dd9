import { useEffect, useMemo, useState } from 'react';
import type { BackupEntry } from '../../../shared/ipc/contract';
import { getBridge } from '../bridge';
import { CloseAction, Modal } from '../app/Modal';
import { useApp, useEditor } from '../app/context';
import { useI18n } from '../i18n/I18n';
import { localeOf } from '../i18n/format';
import { backupsT } from './messages';
import { restoreBackup } from './restore';
import type { EditorStore } from '../document/store';

type Listing = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'listed'; backups: BackupEntry[] };
/** The open file's backups, once every edit is written (so a snapshot being taken is in the list). */
async function listBackups(editor: EditorStore): Promise<Listing> {
  const api = getBridge();
  if (!api) return { state: 'failed', message: 'no bridge' };
  await editor.whenIdle();
  const listed = await api['backup:list']({}).catch((e: unknown) => ({ ok: false as const, error: { message: String(e) } }));
  return listed.ok ? { state: 'listed', backups: listed.value.backups } : { state: 'failed', message: listed.error.message };
}

type Outcome = { kind: 'restored' | 'same' | 'failed'; text: string } | null;

/**
 * File › Restore from backup: the open file's backups, newest first — when (local time, in the
 * UI language), kind, size and what each holds — each restorable in one undoable edit. A
 * backup that fails the file checks is listed with the reason and no Restore button.
 */
export function BackupsDialog({ onClose }: { onClose: () => void }) {
  const i18n = useI18n();
  const t = useMemo(() => backupsT(i18n.lang), [i18n.lang]);
  const editor = useEditor();
  const fileName = useApp((s) => s.file?.name ?? '');
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const when = useMemo(() => {
    // Date, then time to the second (two snapshots may be a minute apart), in this computer's time zone:
    // "Saturday 25 October 2025 · 08:30:05", "Thứ Bảy, 25 tháng 10, 2025 · 08:30:05".
    const locale = localeOf(i18n.lang);
    const date = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    return (iso: string) => `${date.format(new Date(iso))} · ${time.format(new Date(iso))}`;
  }, [i18n.lang]);
  const size = (bytes: number) =>
    bytes >= 1024 * 1024 ? t('mb', { n: i18n.number(bytes / (1024 * 1024), 1) }) : t('kb', { n: i18n.number(Math.max(1, bytes / 1024), 0) });

  // Listed when the dialog opens, and again after a restore (which adds its before-restore copy).
  const [listed, setListed] = useState(0);
  useEffect(() => {
    let live = true;
    void listBackups(editor).then((result) => {
      if (live) setListing(result);
    });
    return () => {
      live = false;
    };
  }, [editor, listed]);

  const restore = async (backup: BackupEntry) => {
    const api = getBridge();
    if (!api || busy) return;
    setBusy(backup.id);
    setOutcome(null);
    const result = await restoreBackup(api, editor, backup.id).catch((e: unknown) => ({ ok: false as const, error: { message: String(e) } }));
    setBusy(null);
    const at = when(backup.takenAt);
    if (!result.ok) setOutcome({ kind: 'failed', text: t('restoreFailed', { message: result.error.message }) });
    else if (result.value.status === 'restored') setOutcome({ kind: 'restored', text: t('restored', { when: at, copy: result.value.beforeRestore }) });
    else if (result.value.status === 'same') setOutcome({ kind: 'same', text: t('alreadySame', { when: at }) });
    else setOutcome({ kind: 'failed', text: t('refused') });
    setListed((n) => n + 1);
  };

  return (
    <Modal testId="backups-dialog" labelledBy="backups-title" onClose={onClose}>
      <div className="backups">
        <h2 id="backups-title" className="modal__title">
          {t('title')}
        </h2>
        <p className="muted">{t('intro', { file: fileName })}</p>
        {outcome && (
          <p className={`backups__outcome backups__outcome--${outcome.kind}`} role="status" data-testid="backups-outcome" data-kind={outcome.kind}>
            {outcome.text}
          </p>
        )}
        {listing.state === 'loading' && <p data-testid="backups-loading">{t('loading')}</p>}
        {listing.state === 'failed' && (
          <p className="backups__outcome backups__outcome--failed" data-testid="backups-error">
            {t('listFailed', { message: listing.message })}
          </p>
        )}
        {listing.state === 'listed' && listing.backups.length === 0 && (
          <p data-testid="backups-empty">{t('none')}</p>
        )}
        {listing.state === 'listed' && listing.backups.length > 0 && (
          <div className="backups__table">
            <table className="table" data-testid="backups-table">
              <thead>
                <tr>
                  <th>{t('takenAt')}</th>
                  <th>{t('kind')}</th>
                  <th className="num">{t('size')}</th>
                  <th>{t('holds')}</th>
                  <th aria-label={t('restore')} />
                </tr>
              </thead>
              <tbody>
                {listing.backups.map((b, i) => (
                  <tr key={b.id} data-testid={`backup-row-${i}`} data-id={b.id} data-kind={b.kind} data-usable={b.problem ? 'false' : 'true'}>
                    <td title={b.id}>{when(b.takenAt)}</td>
                    <td>{t(b.kind)}</td>
                    <td className="num">{size(b.bytes)}</td>
                    {b.holds ? (
                      <td data-testid={`backup-holds-${i}`}>
                        {t('holdsValue', {
                          delegations: i18n.number(b.holds.delegations),
                          people: i18n.number(b.holds.people),
                          seats: i18n.number(b.holds.seatsPlaced),
                        })}
                      </td>
                    ) : (
                      <td className="backups__problem" data-testid={`backup-problem-${i}`} title={b.problem?.message}>
                        <strong>{t('notOffered')}</strong>:{' '}
                        {b.problem?.code === 'corrupt' ? t('damaged') : b.problem?.code === 'newer-version' ? t('newer') : b.problem?.message}
                      </td>
                    )}
                    <td>
                      {b.holds && (
                        <button
                          type="button"
                          className="button"
                          data-testid={`backup-restore-${i}`}
                          aria-label={t('restoreLabel', { when: when(b.takenAt) })}
                          disabled={busy !== null}
                          onClick={() => void restore(b)}
                        >
                          {busy === b.id ? t('restoring') : t('restore')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <CloseAction testId="backups-close" label={t('close')} onClick={onClose} />
      </div>
    </Modal>
  );
}
