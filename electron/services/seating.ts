import { bySortKey } from '../../shared/compare';
import { AppError } from '../../shared/errors';
import { emptyHistory, execute } from '../../shared/document/history';
import type { IdFactory } from '../../shared/ids';
import type { Input, Output } from '../../shared/ipc/contract';
import type { EventDocument } from '../../shared/model/collections';
import { noChanges } from '../../shared/document/changes';
import type { Language } from '../../shared/model/primitives';
import { PrecedenceRulesError, type StateName } from '../../shared/protocol';
import {
  SeatingSettingsError, applySeating, describeProblem, describeSeating, diffSeating, findHall, planSeating, readSeatingSettings,
  seatName, seatingProblems, type OutdatedItem, type SeatingPlan,
} from '../../shared/seating';
import { pickLang } from '../../shared/i18n/index';

// `states`: the reference table's, as the app's screens pass them (a lot country that does not
// attend, recorded by its code only, is placed in the alphabet with them).
type Context = { document: EventDocument; lang: Language; ids: IdFactory; states: readonly StateName[] };

/** Stored settings or rules that cannot be read, as an error the user can act on, in their language. */
function readable<T>(document: EventDocument, lang: Language, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof PrecedenceRulesError) throw new AppError('invalid-rules', { detail: err.messageIn(lang) });
    if (err instanceof SeatingSettingsError) throw new AppError('invalid-input', { detail: err.messageIn(lang, document.halls[err.hallId]) });
    throw err;
  }
}

/**
 * Runs a hall's seating strategy: the moves, who stays unseated and why, the printed items made
 * out of date, all in the user's language, and the rows that apply it (the applySeating command's
 * changes). It writes nothing: the CLI applies `changes` through doc:apply, as the app does.
 */
export function planHall(input: Input<'seating:plan'>, context: Context): Output<'seating:plan'> {
  const { document, lang } = context;
  const hall = findHall(document, input.hall);
  if (!hall) throw new AppError('invalid-input', { detail: describeSeating(unknownHall(document, input.hall), lang) });
  const { plan, strategy } = readable(document, lang, () => ({ plan: planSeating(document, hall.id, { states: context.states }), strategy: readSeatingSettings(document, hall.id).strategy }));
  const diff = diffSeating(document, hall.id, plan);
  const step = diff.moves.length > 0 ? execute(document, emptyHistory(), applySeating, { hallId: hall.id, plan, ids: context.ids }) : null;
  const person = (id: string) => document.people[id]?.name ?? id;
  const delegation = (id: string) => {
    const d = document.delegations[id];
    return d ? pickLang(lang, { vi: d.nameVi, en: d.nameEn }) : id;
  };
  const where = (seatId: string | null) => (seatId === null ? null : seatName(document, seatId, lang));
  return {
    hallId: hall.id,
    hall: pickLang(lang, { vi: hall.nameVi, en: hall.nameEn }),
    strategy,
    changes: step?.changes ?? noChanges(),
    explanation: plan.explanation.map((r) => describeSeating(r, lang)),
    moves: diff.moves.map((m) => ({ personId: m.personId, person: person(m.personId), delegation: delegation(m.delegationId), from: where(m.fromSeatId), to: where(m.toSeatId) })),
    unseated: plan.unseated.map((u) => ({ personId: u.personId, person: person(u.personId), delegation: delegation(u.delegationId), reason: describeSeating(u.reason, lang) })),
    outdated: diff.outdated.map((item) => ({ kind: item.kind, id: item.id, name: printedFor(document, item, lang) })),
    signingList: signingList(document, plan, lang),
  };
}

function unknownHall(document: EventDocument, query: string) {
  const halls = Object.values(document.halls)
    .sort(bySortKey)
    .map((h) => `${h.nameEn} / ${h.nameVi}`)
    .join('; ');
  return { key: 'error-unknown-hall' as const, params: { hall: query, halls } };
}

function printedFor(document: EventDocument, item: OutdatedItem, lang: Language): string {
  switch (item.kind) {
    case 'place-card':
      return document.people[item.id]?.name ?? item.id;
    case 'name-plate':
    case 'delegation-sheet': {
      const d = document.delegations[item.id];
      return d ? pickLang(lang, { vi: d.nameVi, en: d.nameEn }) : item.id;
    }
    case 'table-plan': {
      const e = document.elements[item.id];
      return e ? pickLang(lang, { vi: e.labelVi, en: e.labelEn }) || String(e.number ?? '') : item.id;
    }
    case 'chart':
    case 'signing-list': {
      const h = document.halls[item.id];
      return h ? pickLang(lang, { vi: h.nameVi, en: h.nameEn }) : item.id;
    }
  }
}

function signingList(document: EventDocument, plan: SeatingPlan, lang: Language) {
  return (
    plan.signingList?.map((e) => {
      const d = document.delegations[e.delegationId]!;
      return { position: e.position, delegation: pickLang(lang, { vi: d.nameVi, en: d.nameEn }) };
    }) ?? null
  );
}

/** Every seating problem of the event, described in the user's language, errors first. */
export function validateSeating(document: EventDocument, lang: Language, states: readonly StateName[]): Output<'seating:validate'> {
  const problems = readable(document, lang, () => seatingProblems(document, { states }));
  return {
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    problems: problems.map((p) => ({
      severity: p.severity, key: p.key, message: describeProblem(p, lang), hallId: p.hallId, seatIds: p.seatIds, personIds: p.personIds, delegationIds: p.delegationIds,
    })),
  };
}
