import { useDeferredValue, useMemo, useState } from 'react';
import { ArrivalError, describeArrival, diffSequence, planConflicts, planSequence, resolveOptions, type ArrivalOptions, type SequencePlan } from '../../../shared/arrival';
import { pickLang, translate } from '../../../shared/i18n/index';
import type { EventDocument } from '../../../shared/model/collections';
import { ArrivalRule, type ArrivalSequence } from '../../../shared/model/entities';
import { DialogActions, Modal } from '../app/Modal';
import { FieldMessage } from '../forms/Field';
import { LabelledSelect } from '../forms/LabelledSelect';
import { useI18n } from '../i18n/I18n';
import { DiffView } from './DiffView';
import { RadioChoice, TypedField } from './controls';
import { ruleLabels, type ArrivalsT } from './messages';
import type { SequenceView } from './model';
import { readMinutes, readTime, skippedStartOrDeadline } from './time';
import { rankWaves, wavesChoiceOf, type WavesChoice } from './waves';

type Props = {
  document: EventDocument;
  view: SequenceView;
  t: ArrivalsT;
  onApply(plan: SequencePlan): void;
  onCancel(): void;
};

type Form = {
  rule: ArrivalSequence['rule'];
  anchor: ArrivalOptions['anchor'];
  startTime: string;
  deadline: string;
  intervalMin: string;
  minGapMin: string;
  waveGapMin: string;
  endBufferMin: string;
  waves: WavesChoice;
};
type MinutesField = 'intervalMin' | 'minGapMin' | 'waveGapMin' | 'endBufferMin';
const MINUTES: MinutesField[] = ['intervalMin', 'minGapMin', 'waveGapMin', 'endBufferMin'];

/**
 * Generating a sequence: the rule, start or end anchor, times, spacing and waves, with the plan
 * worked out as the officer types (the explanation, whether the deadline can be met, every arrival
 * that would change and the conflicts left). Apply stores the plan and its options as one step.
 */
export function GenerateDialog({ document, view, t, onApply, onCancel }: Props) {
  const i18n = useI18n();
  const sequenceId = view.sequence.id;
  const [form, setForm] = useState<Form>(() => {
    const o = resolveOptions(document, sequenceId);
    const num = (n: number) => i18n.number(n, 2);
    return {
      rule: o.rule,
      anchor: o.anchor,
      startTime: o.startTime ?? '',
      deadline: o.deadline ?? '',
      intervalMin: num(o.intervalMin),
      minGapMin: num(o.minGapMin),
      waveGapMin: num(o.waveGapMin),
      endBufferMin: num(o.endBufferMin),
      waves: wavesChoiceOf(o.waves),
    };
  });
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));

  const fieldErrors = useMemo(() => {
    const errors: Partial<Record<keyof Form, string>> = {};
    for (const f of MINUTES) if (readMinutes(form[f]) === null) errors[f] = t('minutesBad');
    const start = readTime(form.startTime) ?? null;
    for (const f of ['startTime', 'deadline'] as const) {
      const value = readTime(form[f]);
      if (value === undefined) errors[f] = t('timeBad');
      const skipped = value ? skippedStartOrDeadline(view, value, f, start, i18n.lang) : null;
      if (skipped) errors[f] = skipped;
    }
    return errors;
  }, [form, t, view, i18n.lang]);

  const deferred = useDeferredValue(form);
  const result = useMemo(() => {
    const f = deferred;
    const minutes = MINUTES.map((k) => readMinutes(f[k]));
    const startTime = readTime(f.startTime);
    const deadline = readTime(f.deadline);
    if (minutes.some((m) => m === null) || startTime === undefined || deadline === undefined) return null;
    const stored = resolveOptions(document, sequenceId);
    const options: Partial<ArrivalOptions> = {
      rule: f.rule,
      anchor: f.anchor,
      startTime,
      deadline,
      intervalMin: minutes[0]!,
      minGapMin: minutes[1]!,
      waveGapMin: minutes[2]!,
      endBufferMin: minutes[3]!,
      waves: f.waves === 'stored' ? stored.waves : f.waves === 'ranks' ? rankWaves(f.rule) : [],
    };
    try {
      const plan = planSequence(document, sequenceId, options);
      return { ok: true as const, plan, diff: diffSequence(document, sequenceId, plan), conflicts: planConflicts(document, plan) };
    } catch (err) {
      if (err instanceof ArrivalError) return { ok: false as const, message: err.messageIn(i18n.lang) };
      throw err;
    }
  }, [deferred, document, sequenceId, i18n.lang]);

  const valid = Object.keys(fieldErrors).length === 0;
  const impossible = result?.ok ? result.plan.explanation.filter((r) => r.key.startsWith('explain-impossible')) : [];
  const name = pickLang(i18n.lang, { vi: view.sequence.nameVi, en: view.sequence.nameEn });

  const field = (name: MinutesField | 'startTime' | 'deadline', label: string) => {
    const time = name === 'startTime' || name === 'deadline';
    return (
      <TypedField
        label={label}
        testId={`generate-${name}`}
        value={form[name]}
        error={fieldErrors[name] ?? null}
        onChange={(text) => set({ [name]: text })}
        className="arrivals-generate__number"
        inputMode={time ? 'text' : 'decimal'}
        placeholder={time ? '09:00' : undefined}
      />
    );
  };

  return (
    <Modal testId="generate-dialog" labelledBy="generate-title" onClose={onCancel}>
      <div className="arrivals-dialog">
        <h2 id="generate-title" className="modal__title">
          {t('generateTitle', { name })}
        </h2>
        <p className="muted">{t('diffIntro')}</p>
        <div className="arrivals-generate__form">
          <LabelledSelect<Form['rule']>
            className="arrivals-generate__half"
            label={t('rule')}
            testId="generate-rule"
            value={form.rule}
            options={ArrivalRule.options.map((r) => ({ value: r, label: translate(ruleLabels, i18n.lang, r) }))}
            onChange={(rule) => set({ rule })}
          />
          <RadioChoice
            legend={t('anchor')}
            testId="generate-anchor"
            className="arrivals-generate__half"
            options={[
              { value: 'start', label: t('anchorStart') },
              { value: 'end', label: t('anchorEnd') },
            ]}
            value={form.anchor}
            onChange={(anchor) => set({ anchor })}
          />
          {field('startTime', t('startTime'))}
          {field('deadline', t('deadline'))}
          {field('intervalMin', t('interval'))}
          {field('minGapMin', t('minGap'))}
          <LabelledSelect<WavesChoice>
            className="arrivals-generate__half"
            label={t('waves')}
            testId="generate-waves"
            value={form.waves}
            options={[
              { value: 'none', label: t('wavesNone') },
              { value: 'ranks', label: t('wavesRanks') },
              ...(wavesChoiceOf(resolveOptions(document, sequenceId).waves) === 'stored' ? [{ value: 'stored' as const, label: t('wavesStored') }] : []),
            ]}
            onChange={(waves) => set({ waves })}
          />
          {field('waveGapMin', t('waveGap'))}
          {field('endBufferMin', t('endBuffer'))}
        </div>
        <h3 className="section-title">{t('preview')}</h3>
        <FieldMessage testId="generate" error={result && !result.ok ? result.message : null} />
        {impossible.length > 0 && result?.ok && (
          <p className="arrivals-dialog__warning" role="alert" data-testid="generate-impossible">
            {impossible.map((r) => describeArrival(r, i18n.lang)).join(' ')}
          </p>
        )}
        {result?.ok && (
          <DiffView
            document={document}
            clock={view.clock}
            diff={result.diff}
            explanation={result.plan.explanation.filter((r) => !r.key.startsWith('explain-impossible'))}
            conflicts={result.conflicts}
            t={t}
            testId="generate-diff"
          />
        )}
        <DialogActions
          prefix="generate"
          cancelLabel={t('cancel')}
          applyLabel={t('applyGenerate')}
          canApply={valid && !!result?.ok && deferred === form}
          onCancel={onCancel}
          onApply={() => result?.ok && onApply(result.plan)}
        />
      </div>
    </Modal>
  );
}
