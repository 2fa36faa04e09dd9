import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { emptyHistory, execute } from '../../shared/document/history';
import type { IdFactory } from '../../shared/ids';
import type { Input, Output } from '../../shared/ipc/contract';
import type { EventDocument } from '../../shared/model/collections';
import { noChanges } from '../../shared/document/changes';
import type { Language } from '../../shared/model/primitives';
import { PrecedenceRulesError } from '../../shared/protocol';
import type { ReferenceData } from '../../shared/reference/types';
import {
  ArrivalError, applySequencePlan, describeArrival, describeConflict, diffSequence, findSequence, planConflicts, planSequence,
  sequenceClock, sequenceConflicts, sequenceCsv, sequenceXlsx, timeText, type ArrivalConflict, type ArrivalOptions,
} from '../../shared/arrival';
import { sequenceList } from '../../shared/arrival/model';
import { writeAtomically } from './export';
import { pickLang } from '../../shared/i18n/index';

type Context = { document: EventDocument; lang: Language; ids: IdFactory; reference: ReferenceData };

/** Engine refusals as errors the user can act on, in their language. */
function readable<T>(lang: Language, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof ArrivalError) throw new AppError('invalid-input', { detail: err.messageIn(lang) });
    if (err instanceof PrecedenceRulesError) throw new AppError('invalid-rules', { detail: err.messageIn(lang) });
    throw err;
  }
}

function sequenceOrRefuse(document: EventDocument, query: string, lang: Language) {
  const sequence = findSequence(document, query);
  if (sequence) return sequence;
  const sequences = sequenceList(document);
  const key = sequences === '' ? 'error-no-sequences' : 'error-unknown-sequence';
  throw new AppError('invalid-input', { detail: describeArrival({ key, params: { sequence: query, sequences } }, lang) });
}

const name = (lang: Language, row: { nameEn: string; nameVi: string } | undefined, fallback: string) => (row ? pickLang(lang, { vi: row.nameVi, en: row.nameEn }) : fallback);

export function conflictOut(document: EventDocument, c: ArrivalConflict, lang: Language) {
  return {
    severity: c.severity, key: c.key, message: describeConflict(c, lang), sequenceId: c.sequenceId,
    hallId: document.sequences[c.sequenceId]?.hallId ?? null, slotIds: c.slotIds, delegationIds: c.delegationIds,
  };
}

/**
 * `arrivals:plan`: generates a sequence by its rule (the options given here override the stored
 * ones and are stored with the plan): the slots, the moves, the explanation, whether the deadline
 * can be met, the conflicts the sequence would have, and the rows that apply it (the
 * applySequencePlan command's changes). It writes nothing: the CLI applies `changes` through
 * doc:apply, as the app does.
 */
export function planArrivals(input: Input<'arrivals:plan'>, context: Context): Output<'arrivals:plan'> {
  const { document, lang } = context;
  const sequence = sequenceOrRefuse(document, input.sequence, lang);
  const overrides: Partial<ArrivalOptions> = {};
  if (input.rule !== undefined) overrides.rule = input.rule;
  if (input.intervalMin !== undefined) overrides.intervalMin = input.intervalMin;
  if (input.start !== undefined) Object.assign(overrides, { startTime: input.start, anchor: 'start' });
  if (input.end !== undefined) Object.assign(overrides, { deadline: input.end, anchor: 'end' });
  const plan = readable(lang, () => planSequence(document, sequence.id, { ...overrides, states: context.reference.states }));
  const diff = diffSequence(document, sequence.id, plan);
  const conflicts = planConflicts(document, plan);
  const step = execute(document, emptyHistory(), applySequencePlan, { plan, ids: context.ids });
  const clock = sequenceClock(document, sequence.id);
  const slotFields = new Map(Object.values(document.slots).filter((s) => s.sequenceId === sequence.id).map((s) => [s.id, s]));
  return {
    sequenceId: sequence.id,
    sequence: name(lang, sequence, sequence.id),
    changes: step?.changes ?? noChanges(),
    explanation: plan.explanation.map((r) => describeArrival(r, lang)),
    impossible: plan.impossible && { deadline: plan.impossible.deadline, endsAt: plan.impossible.endsAt, overByMin: Math.round((plan.impossible.overByS / 60) * 100) / 100, maxIntervalMin: plan.impossible.maxIntervalMin },
    slots: plan.slots.map((p) => {
      const slot = p.slotId === null ? undefined : slotFields.get(p.slotId);
      return {
        order: p.order + 1, time: timeText(clock, p.start), at: clock.toIso(p.start), delegationId: p.delegationId,
        delegation: name(lang, document.delegations[p.delegationId], p.delegationId), car: slot?.carNumber ?? '', liaisonOfficer: slot?.liaisonOfficer ?? '',
      };
    }),
    moves: diff.moves.map((m) => ({
      delegation: name(lang, document.delegations[m.delegationId], m.delegationId),
      from: m.fromTime === null ? null : timeText(clock, clock.toSeconds(m.fromTime)), to: timeText(clock, clock.toSeconds(m.toTime)),
    })),
    removed: diff.removed.map((r) => name(lang, document.delegations[r.delegationId], r.delegationId)),
    conflicts: conflicts.map((c) => conflictOut(document, c, lang)),
  };
}

/** Every arrival conflict of the event, in the user's language, errors first. */
export function validateArrivals(document: EventDocument, lang: Language): Output<'arrivals:validate'> {
  const conflicts = sequenceConflicts(document);
  return {
    errors: conflicts.filter((c) => c.severity === 'error').length,
    warnings: conflicts.filter((c) => c.severity === 'warning').length,
    conflicts: conflicts.map((c) => conflictOut(document, c, lang)),
  };
}

/**
 * `arrivals:export`: a sequence's run-of-show as CSV or XLSX at a path the user chose; the path
 * must end in the format's extension (this channel never overwrites anything but a spreadsheet),
 * written beside and renamed.
 */
export async function exportArrivals(input: Input<'arrivals:export'>, document: EventDocument, lang: Language): Promise<Output<'arrivals:export'>> {
  const target = resolve(input.path);
  if (!target.toLowerCase().endsWith(`.${input.format}`)) {
    throw new AppError('export-extension', { format: input.format.toUpperCase(), ext: input.format, path: target });
  }
  const sequence = sequenceOrRefuse(document, input.sequenceId, lang);
  const content = input.format === 'csv' ? sequenceCsv(document, sequence.id, lang) : await sequenceXlsx(document, sequence.id, lang);
  writeAtomically(target, content);
  return { path: target };
}
