import { bySortKey } from '../../../shared/compare';
import { ProblemList } from '../app/ProblemList';
import { useDeferredValue, useMemo, useState } from 'react';
import {
  applySequencePlan, createSequence, describeConflict, moveSlot, sequenceConflicts, setSlotTime, type SequencePlan,
} from '../../../shared/arrival';
import { randomId } from '../../../shared/ids';
import type { EventDocument } from '../../../shared/model/collections';
import { useDoc, useEditor, useEditorState } from '../app/context';
import { LabelledSelect, namedOptions } from '../forms/LabelledSelect';
import { useI18n } from '../i18n/I18n';
import { updateSession, useSession } from '../app/session';
import { ArrivalsExport } from './ArrivalsExport';
import { DelayDialog } from './DelayDialog';
import { GenerateDialog } from './GenerateDialog';
import { Live } from './Live';
import { arrivalsT, type ArrivalsT } from './messages';
import { sequenceView, type SequenceView } from './model';
import { Rehearsal } from './Rehearsal';
import { Setup } from './Setup';
import { newSequence as sharedNewSequence } from '../../../shared/arrival/newSequence';
import { SlotInspector } from './SlotInspector';
import { SlotList } from './SlotList';
import { Timeline } from './Timeline';

type Mode = 'setup' | 'plan' | 'rehearsal' | 'live';
// Set-up first: what an officer does before planning, in the order of the work.
const MODES: Mode[] = ['setup', 'plan', 'rehearsal', 'live'];
const MODE_LABELS = { setup: 'modeSetup', plan: 'modePlan', rehearsal: 'modeRehearsal', live: 'modeLive' } as const;

/**
 * Arrival and welcome sequences: plan them (generate by rule, move arrivals on the timeline,
 * edit them in the inspector, conflicts checked after every edit), absorb a late delegation,
 * rehearse the sequence on the venue map, and follow it live, logging actual arrivals. Every
 * change is shown as a diff first where it moves more than one arrival, and is one undo step.
 */
export function Arrivals() {
  const i18n = useI18n();
  const t = useMemo(() => arrivalsT(i18n.lang), [i18n.lang]);
  const editor = useEditor();
  const readOnly = useEditorState((s) => s.readOnly);
  const document = useDoc((d) => d);
  const sequences = useMemo(
    () => Object.values(document.sequences).sort(bySortKey),
    [document.sequences],
  );
  // In the session, so that "Show" after an undo can open the sequence the change was made in.
  const chosen = useSession((s) => s.selectedSequenceId);
  const setChosen = (id: string | null) => updateSession({ selectedSequenceId: id });
  const sequenceId = chosen && document.sequences[chosen] ? chosen : (sequences[0]?.id ?? null);
  const [mode, setMode] = useState<Mode>('plan');
  const [selectedSlotId, setSelectedSlotId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'generate' | 'delay' | null>(null);

  const view = useMemo(() => (sequenceId ? sequenceView(document, sequenceId) : null), [document, sequenceId]);
  // Conflicts after every edit, deferred so that typing and dragging stay fluid.
  const deferred = useDeferredValue(document);
  const conflicts = useMemo(() => (sequenceId && deferred.sequences[sequenceId] ? sequenceConflicts(deferred, sequenceId) : []), [deferred, sequenceId]);
  const conflictSlotIds = useMemo(() => new Set(conflicts.flatMap((c) => c.slotIds)), [conflicts]);

  // A generation stores its options with the times; a delay or a logged arrival only the times.
  const apply = (plan: SequencePlan, storeOptions: boolean) => {
    editor.dispatch(applySequencePlan, { plan: { ...plan, storeOptions } });
    setDialog(null);
  };
  const move = (slotId: string, start: number) => view && editor.dispatch(moveSlot, { slotId, start: view.clock.toIso(start) });
  const stepTime = (slotId: string, stepId: string, at: number) => view && editor.dispatch(setSlotTime, { slotId, stepId, plannedAt: view.clock.toIso(at) });
  // A new sequence is chosen and opened in set-up: it has no venue points or greeters yet.
  const create = () => {
    const id = randomId();
    let given = false;
    const ids = () => (given ? randomId() : ((given = true), id));
    if (!editor.dispatch(createSequence, { sequence: newSequence(document), ids })) return;
    setChosen(id);
    setMode('setup');
    setSelectedSlotId(null);
  };

  if (!sequenceId || !view) {
    return (
      <div className="screen screen--arrivals" data-testid="screen-arrivals">
        <div className="empty">
          <p>{t('noSequence')}</p>
          <button
            type="button"
            className="button button--primary"
            data-testid="arrivals-new"
            disabled={readOnly}
            onClick={create}
          >
            {t('newSequence')}
          </button>
        </div>
      </div>
    );
  }

  const selected = selectedSlotId && view.rows.some((r) => r.slot.id === selectedSlotId) ? selectedSlotId : null;
  return (
    <div className={`screen screen--arrivals arrivals--${mode}`} data-testid="screen-arrivals" data-mode={mode}>
      <header className="screen__header arrivals__header">
        <h1 className="screen__title">{t('title')}</h1>
        <LabelledSelect
          look="toolbar"
          label={t('sequence')}
          testId="arrivals-sequence"
          value={sequenceId}
          options={namedOptions(sequences, i18n.lang)}
          onChange={setChosen}
        />
        <button type="button" className="button" data-testid="arrivals-new-sequence" disabled={readOnly} title={t('newSequenceTooltip')} onClick={create}>
          {t('newSequence')}
        </button>
        <div className="arrivals__modes" role="group" aria-label={t('modes')}>
          {MODES.map((m) => (
            <button key={m} type="button" className={`arrivals__mode${mode === m ? ' is-active' : ''}`} data-testid={`arrivals-mode-${m}`} aria-pressed={mode === m} onClick={() => setMode(m)}>
              {t(MODE_LABELS[m])}
            </button>
          ))}
        </div>
        <ArrivalsExport sequenceId={sequenceId} t={t} />
      </header>
      {readOnly && <p className="arrivals__readonly muted">{t('readOnly')}</p>}
      {mode === 'plan' && (
        <div className="arrivals__body">
          <div className="arrivals__main">
            <Timeline view={view} t={t} selectedSlotId={selected} conflictSlotIds={conflictSlotIds} readOnly={readOnly} onSelect={setSelectedSlotId} onMove={move}>
              <button type="button" className="button button--primary" data-testid="arrivals-generate" disabled={readOnly} title={t('generateTooltip')} onClick={() => setDialog('generate')}>
                {t('generate')}
              </button>
              <button type="button" className="button" data-testid="arrivals-delay" disabled={readOnly || view.rows.length === 0} title={t('delayTooltip')} onClick={() => setDialog('delay')}>
                {t('delay')}
              </button>
              <Summary view={view} t={t} />
            </Timeline>
            <SlotList view={view} t={t} selectedSlotId={selected} conflictSlotIds={conflictSlotIds} onSelect={setSelectedSlotId} />
          </div>
          <aside className="arrivals__side">
            {selected ? (
              <SlotInspector view={view} slotId={selected} t={t} readOnly={readOnly} onClose={() => setSelectedSlotId(null)} onMove={move} onStepTime={stepTime} />
            ) : (
              <div className="muted" data-testid="slot-inspector-empty">
                <p>{t('selectSlot')}</p>
                <p>{t('timelineHint')}</p>
              </div>
            )}
            <ProblemList
              emptyText={t('noConflicts')}
              showLabel={t('show')}
              testId="arrivals-conflicts"
              emptyTestId="arrivals-no-conflicts"
              itemTestId="arrivals-conflict"
              items={conflicts.map((c) => ({
                severity: c.severity,
                key: c.key,
                text: describeConflict(c, i18n.lang),
                onShow: c.slotIds[0] && c.sequenceId === sequenceId ? () => setSelectedSlotId(c.slotIds[0]!) : undefined,
              }))}
            />
          </aside>
        </div>
      )}
      {mode === 'setup' && (
        <Setup
          key={sequenceId}
          document={document}
          view={view}
          t={t}
          readOnly={readOnly}
          onGenerate={() => {
            setMode('plan');
            setDialog('generate');
          }}
        />
      )}
      {mode === 'rehearsal' && <Rehearsal document={document} view={view} t={t} />}
      {mode === 'live' && <Live document={document} view={view} t={t} readOnly={readOnly} onApply={(plan) => apply(plan, false)} />}
      {dialog === 'generate' && <GenerateDialog document={document} view={view} t={t} onApply={(plan) => apply(plan, true)} onCancel={() => setDialog(null)} />}
      {dialog === 'delay' && (
        <DelayDialog
          document={document}
          view={view}
          t={t}
          delegationId={selected ? (view.rows.find((r) => r.slot.id === selected)?.slot.delegationId ?? null) : null}
          onApply={(plan) => apply(plan, false)}
          onCancel={() => setDialog(null)}
        />
      )}
    </div>
  );
}

/** "19 delegations · 08:30–08:55 · deadline 09:00". */
function Summary({ view, t }: { view: SequenceView; t: ArrivalsT }) {
  const i18n = useI18n();
  const starts = view.rows.map((r) => r.start).filter((s): s is number => s !== null);
  if (starts.length === 0) {
    return (
      <span className="arrivals__summary" data-testid="arrivals-summary">
        {t('summaryEmpty')}
      </span>
    );
  }
  const params = {
    count: i18n.number(view.rows.length),
    from: view.clock.label(Math.min(...starts)),
    to: view.clock.label(view.range!.to),
    deadline: view.deadline === null ? '' : view.clock.label(view.deadline),
  };
  return (
    <span className="arrivals__summary" data-testid="arrivals-summary" data-count={view.rows.length}>
      {t(view.deadline === null ? 'summaryNoDeadline' : 'summary', params)}
    </span>
  );
}

/** A new sequence, named in both languages as the app names it (as the CLI's `sequence` verb makes it). */
function newSequence(doc: EventDocument) {
  return sharedNewSequence(doc, { en: arrivalsT('en')('newSequenceName'), vi: arrivalsT('vi')('newSequenceName') });
}
