import { bySortKey } from '../../../shared/compare';
import { ProblemList } from '../app/ProblemList';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { putSetting } from '../../../shared/document/settings';
import { randomId } from '../../../shared/ids';
import type { EventDocument } from '../../../shared/model/collections';
import type { Seat } from '../../../shared/model/entities';
import {
  SeatingSettingsError, StrategyKind, applySeating, defaultStrategy, assignPerson, describeProblem, diffSeating, readSeatingSettings,
  seatingSettingRow, setAssignmentLocked, swapSeats, unseat, type SeatingDiff, type SeatingPlan, type SeatingSettings,
} from '../../../shared/seating';
import { useEditor, useEditorState } from '../app/context';
import { useSession, updateSession } from '../app/session';
import { FieldMessage } from '../forms/Field';
import { LabelledSelect, namedOptions } from '../forms/LabelledSelect';
import { useI18n } from '../i18n/I18n';
import { DiffDialog } from './DiffDialog';
import { PeopleList } from './PeopleList';
import { SeatPanel } from './SeatPanel';
import { PlanSummary } from './PlanSummary';
import { planHall, problemsOfHall } from './plan';
import { StrategyOptions } from './StrategyOptions';
import { SeatingCanvas, type SeatMark } from './SeatingCanvas';
import { seatingT, strategyLabels } from './messages';
import { translate } from '../../../shared/i18n/index';

type Proposal = { plan: SeatingPlan; diff: SeatingDiff };

/** The whole document, as the pure seating functions want it; re-read on every change. */
function useDocument(): EventDocument {
  const editor = useEditor();
  const [doc, setDoc] = useState(() => editor.getSnapshot().document);
  useEffect(() => editor.subscribe(() => setDoc(editor.getSnapshot().document)), [editor]);
  return doc;
}

/**
 * Seating one hall: the strategy and its options, the plan of the hall with who sits where, the
 * people to drag onto seats, the selected seat's actions, and the checks, always up to date.
 * Re-seating is shown as a list of moves before anything changes, and applied as one undo step.
 */
export function Seating() {
  const i18n = useI18n();
  const t = useMemo(() => seatingT(i18n.lang), [i18n.lang]);
  const editor = useEditor();
  const readOnly = useEditorState((s) => s.readOnly);
  const document = useDocument();
  const deferred = useDeferredValue(document);
  const halls = useMemo(
    () => Object.values(document.halls).sort(bySortKey),
    [document.halls],
  );
  const sessionHall = useSession((s) => s.selectedHallId);
  const hallId = sessionHall && document.halls[sessionHall] ? sessionHall : (halls[0]?.id ?? null);
  const [selectedSeatId, setSelectedSeatId] = useState<string | null>(null);
  const [swapFrom, setSwapFrom] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ seatId: string; nonce: number } | null>(null);
  const [proposal, setProposal] = useState<Proposal | null>(null);

  const settings = useMemo((): { ok: true; value: SeatingSettings } | { ok: false; message: string } | null => {
    if (!hallId) return null;
    try {
      return { ok: true, value: readSeatingSettings(document, hallId) };
    } catch (err) {
      if (err instanceof SeatingSettingsError) return { ok: false, message: err.message };
      throw err;
    }
  }, [document, hallId]);

  // The strategy's plan and how far the hall is from it, recomputed after edits (deferred:
  // typing stays fluid). Unreadable settings are shown by the screen, not here.
  const live = useMemo(() => {
    if (!hallId || !deferred.halls[hallId]) return null;
    try {
      const plan = planHall(deferred, hallId);
      return { plan, pending: diffSeating(deferred, hallId, plan).moves.length };
    } catch {
      return null;
    }
  }, [deferred, hallId]);
  const pending = live?.pending ?? null;

  const problems = useMemo(() => problemsOfHall(deferred, hallId), [deferred, hallId]);

  const marks = useMemo(() => {
    const map = new Map<string, SeatMark>();
    for (const p of problems) for (const s of p.seatIds) map.set(s, 'problem');
    if (selectedSeatId) map.set(selectedSeatId, 'selected');
    if (swapFrom) map.set(swapFrom, 'selected');
    return map;
  }, [problems, selectedSeatId, swapFrom]);

  // Esc leaves swapping, then the selection.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      if (swapFrom) setSwapFrom(null);
      else setSelectedSeatId(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [swapFrom]);

  // A command that refuses (an occupied seat...) changes nothing; the store reports why.
  const run = editor.dispatch.bind(editor);

  if (!hallId) {
    return (
      <div className="screen screen--seating" data-testid="screen-seating">
        <p className="empty">{t('noHalls')}</p>
      </div>
    );
  }
  const hall = document.halls[hallId]!;

  const saveSettings = (patch: Partial<SeatingSettings>) => {
    if (!settings?.ok) return;
    const row = seatingSettingRow(document, hallId, { ...settings.value, ...patch }, randomId);
    editor.dispatch(putSetting, { key: row.key, value: row.value, newId: row.id });
  };

  const onSeatClick = (seat: Seat | null) => {
    if (swapFrom && seat && seat.id !== swapFrom) {
      run(swapSeats, { hallId, seatA: swapFrom, seatB: seat.id });
      setSwapFrom(null);
      setSelectedSeatId(seat.id);
      return;
    }
    setSelectedSeatId(seat?.id ?? null);
  };

  const propose = () => {
    const plan = planHall(document, hallId);
    setProposal({ plan, diff: diffSeating(document, hallId, plan) });
  };

  const s = settings?.ok ? settings.value : null;
  return (
    <div className="screen screen--seating" data-testid="screen-seating">
      <div className="screen__main">
        <header className="screen__header seating__header">
          <h1 className="screen__title">{t('title')}</h1>
          <LabelledSelect
            look="toolbar"
            label={t('hall')}
            testId="seating-hall"
            value={hallId}
            options={namedOptions(halls, i18n.lang)}
            onChange={(selectedHallId) => updateSession({ selectedHallId })}
          />
          {s && (
            <LabelledSelect<StrategyKind | ''>
              look="toolbar"
              label={t('strategy')}
              testId="seating-strategy"
              value={s.strategyFromKind ? '' : s.strategy}
              disabled={readOnly}
              options={[
                { value: '', label: t('strategyByKind', { strategy: translate(strategyLabels, i18n.lang, defaultStrategy(hall.kind)) }) },
                ...StrategyKind.options.map((k) => ({ value: k, label: translate(strategyLabels, i18n.lang, k) })),
              ]}
              onChange={(strategy) => saveSettings(strategy === '' ? { strategyFromKind: true } : { strategy, strategyFromKind: false })}
            />
          )}
          <button type="button" className="button button--primary" data-testid="seating-propose" disabled={readOnly || !s} title={t('seatHallTooltip')} onClick={propose}>
            {t('seatHall')}
          </button>
          <span className="seating__status" data-testid="seating-status" data-pending={pending ?? ''}>
            {pending === null ? '' : pending === 0 ? t('upToDate') : t('wouldMove', { count: i18n.number(pending) })}
          </span>
        </header>
        <FieldMessage testId="seating-settings" error={settings && !settings.ok ? settings.message : null} />
        <div className="seating__body">
          <PeopleList
            document={document}
            hallId={hallId}
            t={t}
            readOnly={readOnly || !s}
            onAttendance={(personId, absent) => {
              if (!s) return;
              const others = s.absentPersonIds.filter((id) => id !== personId);
              saveSettings({ absentPersonIds: absent ? [...others, personId] : others });
            }}
          />
          <SeatingCanvas
            hallId={hallId}
            marks={marks}
            focus={focus}
            onSeatClick={onSeatClick}
            onDropPerson={(personId, seat) => {
              if (run(assignPerson, { hallId, personId, seatId: seat.id })) setSelectedSeatId(seat.id);
            }}
          />
          <aside className="seating__side">
            {live && <PlanSummary document={document} plan={live.plan} t={t} />}
            {s && <StrategyOptions document={document} hallId={hallId} settings={s} readOnly={readOnly} t={t} onChange={saveSettings} />}
            {swapFrom && (
              <p className="seating__swap" data-testid="seating-swap-hint">
                {t('swapHint')}
              </p>
            )}
            {selectedSeatId && document.seats[selectedSeatId] && (
              <SeatPanel
                document={document}
                seatId={selectedSeatId}
                t={t}
                readOnly={readOnly}
                onClose={() => setSelectedSeatId(null)}
                onUnseat={(personId) => run(unseat, { hallId, personId })}
                onLock={(assignmentId, locked) => run(setAssignmentLocked, { assignmentId, locked })}
                onSwap={() => setSwapFrom(selectedSeatId)}
              />
            )}
            <ProblemList
              emptyText={t('noProblems')}
              showLabel={t('showSeat')}
              testId="seating-problems"
              emptyTestId="seating-no-problems"
              itemTestId="seating-problem"
              items={problems.map((p) => ({
                severity: p.severity,
                key: p.key,
                text: describeProblem(p, i18n.lang),
                onShow: p.seatIds[0]
                  ? () => {
                      setSelectedSeatId(p.seatIds[0]!);
                      setFocus({ seatId: p.seatIds[0]!, nonce: Date.now() });
                    }
                  : undefined,
              }))}
            />
          </aside>
        </div>
      </div>
      {proposal && (
        <DiffDialog
          document={document}
          hall={hall}
          proposal={proposal}
          t={t}
          onApply={() => {
            run(applySeating, { hallId, plan: proposal.plan });
            setProposal(null);
          }}
          onCancel={() => setProposal(null)}
        />
      )}
    </div>
  );
}
