import { createSequence } from '../../shared/arrival/commands';
import { newSequence } from '../../shared/arrival/newSequence';
import { arrivalKey, type ParticipantGroup } from '../../shared/arrival/settings';
import { createEntity } from '../../shared/document/commands';
import { emptyHistory, execute, type Command } from '../../shared/document/history';
import { randomId, type IdFactory } from '../../shared/ids';
import { findHall } from '../../shared/seating/halls';
import { newHall } from '../../shared/layout/newHall';
import {
  createFurnishedHall, furnishedHall, hasTemplate, isTemplateRefusal, readCount, TEMPLATE_COUNTS, type TemplateCounts, type TemplateRefusal,
} from '../../shared/layout/templates';
import { noChanges } from '../../shared/document/changes';
import type { Changes, EventDocument } from '../../shared/model/collections';
import { HallKind, type ArrivalSequence, type Hall } from '../../shared/model/entities';
import { IsoDate, Name } from '../../shared/model/primitives';

/**
 * The CLI's verbs that prepare an event from a script. Each makes the rows the app makes for the
 * same choices (the same shared builder and command as its dialog), as changes the CLI writes
 * through doc:apply; a bad argument is a refusal, said by key in the user's language.
 */
export type PrepareRefusal = { refused: string; params: Record<string, string>; template?: TemplateRefusal };
const refusal = (refused: string, params: Record<string, string> = {}, template?: TemplateRefusal): PrepareRefusal => ({ refused, params, ...(template ? { template } : {}) });
export const isPrepareRefusal = (x: unknown): x is PrepareRefusal => typeof x === 'object' && x !== null && 'refused' in x;

/** A size in metres as the hall's file accepts it: more than 0, at most 10,000. */
function metres(option: string, value: string | undefined): number | PrepareRefusal | undefined {
  if (value === undefined) return undefined;
  const m = Number(value);
  return value.trim() !== '' && Number.isFinite(m) && m > 0 && m <= 10_000 ? m : refusal('badMetres', { option, value });
}

/** A hall's name in one language: given, not used by another hall (in either language, any case), a valid name. */
function nameProblem(name: string | undefined, option: string, halls: readonly Hall[]): PrepareRefusal | null {
  const typed = name?.trim() ?? '';
  if (typed === '') return refusal('missingArgument', { what: `${option} NAME` });
  const folded = typed.toLocaleLowerCase();
  if (halls.some((h) => h.nameEn.trim().toLocaleLowerCase() === folded || h.nameVi.trim().toLocaleLowerCase() === folded)) {
    return refusal('hallNameTaken', { name: typed });
  }
  return Name.safeParse(typed).success ? null : refusal('badName', { option, value: typed });
}

export type HallValues = {
  'name-en'?: string; 'name-vi'?: string; kind?: string; width?: string; depth?: string;
  template?: boolean; seats?: string; tables?: string; 'per-table'?: string; signers?: string;
};

/** The template's counts options, by the builder's names. */
const COUNT_OPTIONS = { seats: '--seats', tables: '--tables', perTable: '--per-table', signers: '--signers' } as const satisfies Record<keyof TemplateCounts, string>;
const optionValue = (values: HallValues, name: keyof TemplateCounts) => values[COUNT_OPTIONS[name].slice(2) as 'seats' | 'tables' | 'per-table' | 'signers'];

/** The counts given for a template: whole numbers in range, each one the template of this type takes. */
function templateCounts(values: HallValues, kind: Hall['kind']): TemplateCounts | PrepareRefusal {
  const given = (Object.keys(COUNT_OPTIONS) as (keyof TemplateCounts)[]).filter((name) => optionValue(values, name) !== undefined);
  if (given.length > 0 && !values.template) return refusal('countNeedsTemplate', { option: COUNT_OPTIONS[given[0]!] });
  if (!values.template) return {};
  if (!hasTemplate(kind)) return refusal('templateRefused', {}, { key: 'template-none', params: {} });
  const counts: TemplateCounts = {};
  for (const name of given) {
    const option = COUNT_OPTIONS[name];
    if (!TEMPLATE_COUNTS[kind].includes(name)) {
      return refusal('countNotForKind', { option, options: TEMPLATE_COUNTS[kind].map((n) => COUNT_OPTIONS[n]).join(', ') || '—' });
    }
    const text = optionValue(values, name)!;
    const read = readCount(name, text);
    if ('problem' in read) return refusal('countRefused', { option, value: text }, read.problem);
    counts[name] = read.value;
  }
  return counts;
}

/**
 * `hall`: a new hall of a type and size as the New hall dialog creates it — empty (createEntity),
 * or with `--template` furnished by its type's template (createFurnishedHall, the dialog's
 * "Start from: template"), with the counts given.
 */
export function hallChanges(document: EventDocument, values: HallValues, id: string = randomId(), ids: IdFactory = randomId): { changes: Changes; hall: Hall; elements: number; seats: number } | PrepareRefusal {
  const halls = Object.values(document.halls);
  const kind = HallKind.safeParse(values.kind ?? 'plenary');
  if (!kind.success) return refusal('badHallKind', { value: values.kind ?? '' });
  const problem = nameProblem(values['name-vi'], '--name-vi', halls) ?? nameProblem(values['name-en'], '--name-en', halls);
  if (problem) return problem;
  const widthM = metres('--width', values.width);
  const depthM = metres('--depth', values.depth);
  if (isPrepareRefusal(widthM)) return widthM;
  if (isPrepareRefusal(depthM)) return depthM;
  const counts = templateCounts(values, kind.data);
  if (isPrepareRefusal(counts)) return counts;
  const choice = { nameEn: values['name-en']!, nameVi: values['name-vi']!, kind: kind.data, widthM, depthM };
  if (!values.template) {
    const hall = newHall(halls, choice, id);
    const step = execute(document, emptyHistory(), createEntity, { collection: 'halls', row: hall });
    return { changes: step?.changes ?? noChanges(), hall, elements: 0, seats: 0 };
  }
  const made = furnishedHall(halls, choice, counts, id, ids);
  if (isTemplateRefusal(made)) return refusal('templateRefused', {}, made);
  const step = execute(document, emptyHistory(), createFurnishedHall, { ...made, ids });
  const changes = step?.changes ?? noChanges();
  return { changes, hall: made.hall, elements: made.elements.length, seats: changes.upserts.seats?.length ?? 0 };
}

export type SequenceValues = { 'name-en'?: string; 'name-vi'?: string; hall?: string; day?: string; who?: string };

/** `--who`: all (the default: every delegation but the host), states, organizations, or codes (ISO3 or organization code). */
function whoArrives(document: EventDocument, who: string | undefined): ParticipantGroup | 'all' | PrepareRefusal {
  const value = (who ?? 'all').trim();
  if (value === 'all') return 'all';
  if (value === 'states' || value === 'organizations') return { kinds: value };
  const codes = [...new Set(value.split(',').map((c) => c.trim().toUpperCase()).filter((c) => c !== ''))];
  if (codes.length === 0) return refusal('badWho', { value });
  const known = new Set(Object.values(document.delegations).map((d) => (d.kind === 'organization' ? d.orgCode : d.iso3)));
  const unknown = codes.find((c) => !known.has(c));
  return unknown ? refusal('unknownDelegationCode', { code: unknown }) : { codes };
}

/** A sequence's name in one language: given, and no other sequence's (any case). */
function sequenceNameProblem(name: string | undefined, option: string, taken: readonly string[]): PrepareRefusal | null {
  const typed = name?.trim() ?? '';
  if (typed === '') return refusal('missingArgument', { what: `${option} NAME` });
  if (taken.some((n) => n.trim().toLocaleLowerCase() === typed.toLocaleLowerCase())) return refusal('sequenceNameTaken', { name: typed });
  return Name.safeParse(typed).success ? null : refusal('badName', { option, value: typed });
}

/**
 * `sequence`: a new arrival sequence as Arrivals › New sequence makes it (createSequence, its
 * usual steps), named, on a day and a venue map if given, with who arrives stored with it.
 */
export function sequenceChanges(document: EventDocument, values: SequenceValues, ids: IdFactory = randomId): { changes: Changes; sequence: Omit<ArrivalSequence, 'id'>; who: ParticipantGroup | 'all' } | PrepareRefusal {
  const sequences = Object.values(document.sequences);
  const problem =
    sequenceNameProblem(values['name-vi'], '--name-vi', sequences.flatMap((s) => [s.nameVi, s.nameEn])) ??
    sequenceNameProblem(values['name-en'], '--name-en', sequences.flatMap((s) => [s.nameVi, s.nameEn]));
  if (problem) return problem;
  const hall = values.hall === undefined ? undefined : findHall(document, values.hall);
  if (hall === null) return refusal('unknownHall', { hall: values.hall!, halls: Object.values(document.halls).map((h) => `${h.nameEn} / ${h.nameVi}`).join('; ') });
  if (values.day !== undefined && !IsoDate.safeParse(values.day).success) return refusal('badDay', { value: values.day });
  const who = whoArrives(document, values.who);
  if (isPrepareRefusal(who)) return who;
  const row = { ...newSequence(document, { en: values['name-en']!.trim(), vi: values['name-vi']!.trim() }, hall?.id), ...(values.day ? { day: values.day } : {}) };
  const step = execute(document, emptyHistory(), createSequenceWith, { sequence: row, who, ids });
  return { changes: step?.changes ?? noChanges(), sequence: row, who };
}

/** createSequence, then who arrives (when not everyone) as the sequence's arrival setting: one command. */
const createSequenceWith: Command<{ sequence: Omit<ArrivalSequence, 'id'>; who: ParticipantGroup | 'all'; ids: IdFactory }> = {
  id: 'cli/create-sequence',
  run(draft, { sequence, who, ids }) {
    const before = new Set(Object.keys(draft.sequences));
    createSequence.run(draft, { sequence, ids });
    const id = Object.keys(draft.sequences).find((k) => !before.has(k))!;
    if (who !== 'all') {
      const settingId = ids();
      draft.settings[settingId] = { id: settingId, key: arrivalKey(id), value: { participants: who } };
    }
  },
};
