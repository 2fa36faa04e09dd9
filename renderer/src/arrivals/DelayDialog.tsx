import { useDeferredValue, useMemo, useState } from 'react';
import { ArrivalError, planDelay, type DelayMode, type SequencePlan } from '../../../shared/arrival';
import type { EventDocument } from '../../../shared/model/collections';
import { DialogActions, Modal } from '../app/Modal';
import { FieldMessage } from '../forms/Field';
import { useI18n } from '../i18n/I18n';
import { displayName } from '../delegations/delegationData';
import { DiffView } from './DiffView';
import { RadioChoice, TypedField } from './controls';
import type { ArrivalsT } from './messages';
import { rowCode, type SequenceView } from './model';
import { readLate } from './time';

type Props = {
  document: EventDocument;
  view: SequenceView;
  t: ArrivalsT;
  /** The delegation chosen at first (the selected slot's); else the next to arrive. */
  delegationId: string | null;
  onApply(plan: SequencePlan): void;
  onCancel(): void;
};

/**
 * A delegation announced late by N minutes: ripple (everyone after it shifts by as much) or
 * re-slot (it takes the next free gap), with the new times shown before anything changes.
 * Apply is one undo step.
 */
export function DelayDialog({ document, view, t, delegationId, onApply, onCancel }: Props) {
  const i18n = useI18n();
  const [who, setWho] = useState(delegationId ?? view.rows.find((r) => r.arrived === null)?.slot.delegationId ?? view.rows[0]?.slot.delegationId ?? '');
  const [minutes, setMinutes] = useState('5');
  const [mode, setMode] = useState<DelayMode>('ripple');
  const late = readLate(minutes);
  // Planned on deferred values: typing the minutes stays fluid on a long sequence.
  const dWho = useDeferredValue(who);
  const dLate = useDeferredValue(late);
  const dMode = useDeferredValue(mode);
  const result = useMemo(() => {
    if (dLate === null || !dWho) return null;
    try {
      return { ok: true as const, ...planDelay(document, view.sequence.id, dWho, dLate, dMode) };
    } catch (err) {
      if (err instanceof ArrivalError) return { ok: false as const, message: err.messageIn(i18n.lang) };
      throw err;
    }
  }, [document, view.sequence.id, dWho, dLate, dMode, i18n.lang]);
  const current = dWho === who && dLate === late && dMode === mode;

  return (
    <Modal testId="delay-dialog" labelledBy="delay-title" onClose={onCancel}>
      <div className="arrivals-dialog">
        <h2 id="delay-title" className="modal__title">
          {t('delayTitle')}
        </h2>
        <p className="muted">{t('diffIntro')}</p>
        <div className="arrivals-delay__form">
          <label className="field">
            <span className="field__label">{t('delegation')}</span>
            <select className="field__input" data-testid="delay-delegation" value={who} onChange={(e) => setWho(e.target.value)}>
              {view.rows.map((row) => (
                <option key={row.slot.id} value={row.slot.delegationId} data-code={rowCode(row)}>
                  {row.start === null ? '' : `${view.clock.label(row.start)} · `}
                  {row.delegation ? displayName(row.delegation, i18n.lang) : rowCode(row)}
                </option>
              ))}
            </select>
          </label>
          <TypedField label={t('lateBy')} testId="delay-minutes" value={minutes} error={late === null ? t('lateBad') : null} onChange={setMinutes} className="arrivals-generate__number" inputMode="numeric" />
          <DelayModeChoice t={t} testId="delay-mode" value={mode} onChange={setMode} />
        </div>
        <h3 className="section-title">{t('preview')}</h3>
        <FieldMessage testId="delay" error={result && !result.ok ? result.message : null} />
        {result?.ok && (
          <DiffView document={document} clock={view.clock} diff={result.diff} explanation={result.plan.explanation} conflicts={result.conflicts} t={t} testId="delay-diff" />
        )}
        <DialogActions
          prefix="delay"
          cancelLabel={t('cancel')}
          applyLabel={t('applyDelay')}
          canApply={current && !!result?.ok && result.diff.moves.length > 0}
          onCancel={onCancel}
          onApply={() => result?.ok && onApply(result.plan)}
        />
      </div>
    </Modal>
  );
}

/** Ripple or re-slot: how the rest of the sequence absorbs a delay (the delay dialog and live mode). */
export function DelayModeChoice({ t, testId, value, onChange }: { t: ArrivalsT; testId: string; value: DelayMode; onChange(mode: DelayMode): void }) {
  return (
    <RadioChoice
      legend={t('delayMode')}
      testId={testId}
      className="arrivals-generate__wide"
      options={[
        { value: 'ripple', label: t('ripple') },
        { value: 're-slot', label: t('reslot') },
      ]}
      value={value}
      onChange={onChange}
    />
  );
}
