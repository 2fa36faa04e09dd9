import { useEffect, useMemo, useRef, useState } from 'react';
import { ArrivalError, planFromActual, type DelayMode, type SequencePlan } from '../../../shared/arrival';
import type { EventDocument } from '../../../shared/model/collections';
import { DialogActions, Modal } from '../app/Modal';
import { useI18n } from '../i18n/I18n';
import { Flag } from '../delegations/Flag';
import { displayName } from '../delegations/delegationData';
import { DiffView } from './DiffView';
import { DelayModeChoice } from './DelayDialog';
import type { ArrivalsT } from './messages';
import { rowCode, type SequenceView, type SlotRow } from './model';
import { SlotList } from './SlotList';
import { dayIn, durationText, liveText, shiftText, zoneName } from '../../../shared/time';
import { isTyping } from './countdown';

type Props = {
  document: EventDocument;
  view: SequenceView;
  t: ArrivalsT;
  readOnly: boolean;
  onApply(plan: SequencePlan): void;
};

/** The sequence's time now, from the computer's clock (whole seconds). */
const nowIn = (view: SequenceView) => Math.floor(Date.now() / 1000) - view.clock.midnight;

/**
 * Live mode: the real clock in the event's zone, the next delegation due and a countdown to it.
 * A (or the button) logs its arrival now; the rest is re-planned by the delay rules and shown as
 * a diff to accept, one undo step with the time logged.
 */
export function Live({ document, view, t, readOnly, onApply }: Props) {
  const i18n = useI18n();
  const [now, setNow] = useState(() => nowIn(view));
  const [logging, setLogging] = useState<{ slotId: string; at: number } | null>(null);
  // The clock ticks once a second: live mode redraws with it, nothing faster is needed.
  useEffect(() => {
    const timer = window.setInterval(() => setNow(nowIn(view)), 1000);
    return () => window.clearInterval(timer);
  }, [view]);

  const next: SlotRow | null = view.rows.find((r) => r.arrived === null && r.start !== null) ?? null;
  const log = () => {
    if (!next || readOnly) return;
    setLogging({ slotId: next.slot.id, at: nowIn(view) });
  };
  const logRef = useRef(log);
  useEffect(() => {
    logRef.current = log;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'a' || e.ctrlKey || e.metaKey || e.altKey || e.repeat || isTyping(e.target)) return;
      if (globalThis.document.querySelector('dialog[open]')) return;
      e.preventDefault();
      logRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const name = (row: SlotRow) => (row.delegation ? displayName(row.delegation, i18n.lang) : rowCode(row));
  const zone = view.clock.timeZone;
  const epoch = (seconds: number) => view.clock.midnight + seconds;
  // The clock has a date once it is not the sequence's day; a due time, once it is not today.
  const today = dayIn(zone, epoch(now));
  const at = (seconds: number, day: string) => liveText(zone, epoch(seconds), i18n.lang, day);
  return (
    <div className="arrivals__body arrivals-live" data-testid="arrivals-live">
      <section className="arrivals-live__panel" aria-live="polite">
        <p className="arrivals-live__zone">{t('liveClock', { zone: zoneName(zone, i18n.lang, epoch(now)) })}</p>
        <p className={`arrivals-live__clock${today === view.clock.day ? '' : ' arrivals-live__clock--dated'}`} data-testid="live-clock">
          {at(now, view.clock.day)}
        </p>
        {next ? (
          <div className="arrivals-live__next" data-testid="live-next" data-delegation={rowCode(next)}>
            <p className="arrivals-live__label">{t('nextArrival')}</p>
            <p className="arrivals-live__name">
              <Flag code={next.delegation?.flagCode ?? null} /> {name(next)}
            </p>
            <p className="arrivals-live__due">
              <span data-testid="live-due">{at(next.start!, today)}</span> ·{' '}
              <span className={next.start! < now ? 'arrivals-live__overdue' : ''} data-testid="live-countdown">
                {next.start! >= now ? t('countdown', { time: durationText(next.start! - now, i18n.lang) }) : t('overdue', { time: durationText(now - next.start!, i18n.lang) })}
              </span>
            </p>
            <p className="muted">
              {[next.slot.carNumber, next.slot.liaisonOfficer].filter(Boolean).join(' · ')}
            </p>
            <button type="button" className="button button--primary arrivals-live__log" data-testid="live-log" disabled={readOnly} onClick={log}>
              {t('logArrival')} <kbd>{t('logKey')}</kbd>
            </button>
            <p className="muted">{t('logHint')}</p>
          </div>
        ) : (
          <p data-testid="live-done">{t('liveDone')}</p>
        )}
      </section>
      <div className="arrivals__main">
        <SlotList view={view} t={t} selectedSlotId={next?.slot.id ?? null} conflictSlotIds={new Set()} onSelect={() => {}} />
      </div>
      {logging && (
        <LogDialog
          document={document}
          view={view}
          t={t}
          slotId={logging.slotId}
          at={logging.at}
          onApply={(plan) => {
            onApply(plan);
            setLogging(null);
          }}
          onCancel={() => setLogging(null)}
        />
      )}
    </div>
  );
}

type LogProps = { document: EventDocument; view: SequenceView; t: ArrivalsT; slotId: string; at: number; onApply(plan: SequencePlan): void; onCancel(): void };

/** The arrival about to be logged and what it does to the rest of the sequence. */
function LogDialog({ document, view, t, slotId, at, onApply, onCancel }: LogProps) {
  const i18n = useI18n();
  const [mode, setMode] = useState<DelayMode>('ripple');
  const row = view.rows.find((r) => r.slot.id === slotId);
  const result = useMemo(() => {
    try {
      return { ok: true as const, ...planFromActual(document, view.sequence.id, slotId, view.clock.toIso(at), mode) };
    } catch (err) {
      if (err instanceof ArrivalError) return { ok: false as const, message: err.messageIn(i18n.lang) };
      throw err;
    }
  }, [document, view, slotId, at, mode, i18n.lang]);
  if (!row) return null;
  const delay = at - (row.start ?? at);
  return (
    <Modal testId="live-dialog" labelledBy="live-title" onClose={onCancel}>
      <div className="arrivals-dialog">
        <h2 id="live-title" className="modal__title">
          {t('liveTitle', { delegation: row.delegation ? displayName(row.delegation, i18n.lang) : rowCode(row), time: liveText(view.clock.timeZone, view.clock.midnight + at, i18n.lang, view.clock.day) })}
        </h2>
        <p data-testid="live-delay" data-shift={delay}>
          {delay > 0 ? t('liveLate', { shift: shiftText(delay, i18n.lang) }) : t('liveOnTime')}
        </p>
        {delay > 0 && (
          <DelayModeChoice t={t} testId="live-mode" value={mode} onChange={setMode} />
        )}
        {!result.ok ? (
          <p className="field__error" role="alert" data-testid="live-error">
            {result.message}
          </p>
        ) : (
          <DiffView document={document} clock={view.clock} diff={result.diff} explanation={result.plan.explanation} conflicts={result.conflicts} t={t} testId="live-diff" />
        )}
        <DialogActions prefix="live" cancelLabel={t('cancel')} applyLabel={t('applyLive')} canApply={result.ok} onCancel={onCancel} onApply={() => result.ok && onApply(result.plan)} applyFocus />
      </div>
    </Modal>
  );
}
