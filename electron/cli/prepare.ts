import { createEntity } from '../../shared/document/commands';
import { emptyHistory, execute } from '../../shared/document/history';
import { randomId } from '../../shared/ids';
import { newHall } from '../../shared/layout/newHall';
import { noChanges } from '../../shared/document/changes';
import type { Changes, EventDocument } from '../../shared/model/collections';
import { HallKind, type Hall } from '../../shared/model/entities';
import { Name } from '../../shared/model/primitives';

/**
 * The CLI's verbs that prepare an event from a script. Each makes the rows the app makes for the
 * same choices (the same shared builder and command as its dialog), as changes the CLI writes
 * through doc:apply; a bad argument is a refusal, said by key in the user's language.
 */
export type PrepareRefusal = { refused: string; params: Record<string, string> };
const refusal = (refused: string, params: Record<string, string> = {}): PrepareRefusal => ({ refused, params });
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

export type HallValues = { 'name-en'?: string; 'name-vi'?: string; kind?: string; width?: string; depth?: string };

/** `hall`: a new, empty hall of a type and size, as the New hall dialog creates it (createEntity). */
export function hallChanges(document: EventDocument, values: HallValues, id: string = randomId()): { changes: Changes; hall: Hall } | PrepareRefusal {
  const halls = Object.values(document.halls);
  const kind = HallKind.safeParse(values.kind ?? 'plenary');
  if (!kind.success) return refusal('badHallKind', { value: values.kind ?? '' });
  const problem = nameProblem(values['name-vi'], '--name-vi', halls) ?? nameProblem(values['name-en'], '--name-en', halls);
  if (problem) return problem;
  const widthM = metres('--width', values.width);
  const depthM = metres('--depth', values.depth);
  if (isPrepareRefusal(widthM)) return widthM;
  if (isPrepareRefusal(depthM)) return depthM;
  const hall = newHall(halls, { nameEn: values['name-en']!, nameVi: values['name-vi']!, kind: kind.data, widthM, depthM }, id);
  const step = execute(document, emptyHistory(), createEntity, { collection: 'halls', row: hall });
  return { changes: step?.changes ?? noChanges(), hall };
}
