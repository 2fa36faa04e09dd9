import { stepLabel } from '../../../shared/arrival';
import { addressedName } from '../../../shared/protocol/address';
import { useI18n } from '../i18n/I18n';
import { SelectField, TextField } from '../forms/Field';
import { Flag } from '../delegations/Flag';
import { displayName, headOf } from '../delegations/delegationData';
import { useDoc } from '../app/context';
import { CloseButton } from '../app/Modal';
import type { ArrivalsT } from './messages';
import { rowCode, type SequenceView } from './model';
import { clockWithSeconds } from './time';
import { TimeInput } from './TimeInput';

type Props = {
  view: SequenceView;
  slotId: string;
  t: ArrivalsT;
  readOnly: boolean;
  onClose(): void;
  /** The arrival (first step) typed: the whole slot moves with it. */
  onMove(slotId: string, start: number): void;
  /** A later step's time typed: that step alone. */
  onStepTime(slotId: string, stepId: string, at: number): void;
};

const TEXT_FIELDS = ['entrance', 'carNumber', 'liaisonOfficer', 'escort'] as const;

/**
 * The selected arrival: its times step by step (planned, editable to the second; actual once
 * logged), then its entrance, car, liaison officer, escort, greeter and notes, each saved on
 * Enter or leaving the field and refused in place when not valid.
 */
export function SlotInspector({ view, slotId, t, readOnly, onClose, onMove, onStepTime }: Props) {
  const i18n = useI18n();
  const row = view.rows.find((r) => r.slot.id === slotId);
  const head = useDoc((d) => (row ? headOf(d, row.slot.delegationId) : null));
  if (!row) return null;
  const name = row.delegation ? displayName(row.delegation, i18n.lang) : rowCode(row);
  const position = view.rows.indexOf(row) + 1;
  const first = view.steps[0];
  const seconds = (s: number) => clockWithSeconds(view.clock, s);
  return (
    <section className="slot-inspector" aria-labelledby="slot-inspector-title" data-testid="slot-inspector" data-delegation={rowCode(row)}>
      <header className="slot-inspector__header">
        <Flag code={row.delegation?.flagCode ?? null} />
        <h2 id="slot-inspector-title" className="section-title slot-inspector__title">
          {name}
        </h2>
        <CloseButton testId="slot-inspector-close" label={t('close')} onClick={onClose} />
      </header>
      <p className="muted">
        {t('order', { n: i18n.number(position) })}
        {head ? ` · ${addressedName(head, i18n.lang)}` : ''}
      </p>
      <table className="table slot-inspector__times" data-testid="slot-times">
        <thead>
          <tr>
            <th scope="col">{t('times')}</th>
            <th scope="col">{t('planned')}</th>
            <th scope="col">{t('actual')}</th>
          </tr>
        </thead>
        <tbody>
          {view.steps.map((step) => {
            const time = row.times.get(step.id);
            const label = stepLabel(step.kind, i18n.lang);
            return (
              <tr key={step.id}>
                <th scope="row">{label}</th>
                <td>
                  <TimeInput
                    clock={view.clock}
                    choice={view.times}
                    value={time?.planned ?? null}
                    format={seconds}
                    label={`${label} · ${t('planned')}`}
                    testId={`slot-time-${step.kind}`}
                    badMessage={t('badTime')}
                    disabled={readOnly || !time}
                    onCommit={(at) => (step === first ? onMove(slotId, at) : onStepTime(slotId, step.id, at))}
                  />
                </td>
                <td className="num" data-testid={`slot-actual-${step.kind}`}>
                  {time?.actual === null || time?.actual === undefined ? t('notLogged') : seconds(time.actual)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="slot-inspector__fields">
        {TEXT_FIELDS.map((field) => (
          <TextField key={`${slotId}/${field}`} collection="slots" id={slotId} field={field} label={t(field)} testId={`slot-${field}`} />
        ))}
        <SelectField
          key={`${slotId}/greeter`}
          collection="slots"
          id={slotId}
          field="greeterId"
          label={t('greeter')}
          testId="slot-greeter"
          emptyLabel={t('noGreeter')}
          options={view.greeters.map((g) => ({ value: g.id, label: g.name }))}
        />
        <TextField key={`${slotId}/notes`} collection="slots" id={slotId} field="notes" label={t('notes')} testId="slot-notes" />
      </div>
    </section>
  );
}
