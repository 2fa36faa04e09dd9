import type { ConflictEntry, EventFile } from '../store';
import { sameValue } from '../../shared/equal';
import type { Changes } from '../../shared/model/collections';
import type { ConflictRefusal } from '../../shared/team/refusal';
import { recordEdit } from './outbox';

// The Conflicts list (issue 16, item 4): commands the server refused, kept in the event file
// with the refusal until the officer re-applies or discards them — never dropped.

export type Conflict = Omit<ConflictEntry, 'refusal'> & { refusal: ConflictRefusal };

export function conflicts(file: EventFile): Conflict[] {
  return file.outbox.conflicts() as Conflict[];
}

/**
 * Re-applies a conflict on the replica's state now (after the pull that brought the other
 * officer's change): a new command of only the fields it changed, on each row as it is now;
 * a row it created, or one deleted since, is written whole; a row it deleted is deleted if still
 * there. The new command joins the outbox and the conflict leaves the list in one transaction
 * (a refused rewrite leaves the conflict as it was). Returns the new command id, or null when
 * the rows already hold what it wanted.
 */
export function reapplyConflict(file: EventFile, commandId: string): string | null {
  const conflict = conflicts(file).find((c) => c.commandId === commandId);
  if (!conflict) throw new Error(`there is no conflict ${commandId}`);
  const document = file.loadDocument() as unknown as Record<string, Record<string, Record<string, unknown>>>;
  const upserts: Record<string, unknown[]> = {};
  const deletes: Record<string, string[]> = {};
  for (const { kind, id, data, before } of conflict.command.writes) {
    const now = document[kind]![id];
    if (!data) {
      if (now) (deletes[kind] ??= []).push(id);
      continue;
    }
    const changed = Object.fromEntries(Object.entries(data).filter(([field, value]) => !before || !sameValue(value, before[field])));
    const next = now ? { ...now, ...changed } : data;
    if (!now || !sameValue(next, now)) (upserts[kind] ??= []).push(next);
  }
  const changes = { upserts, deletes } as Changes;
  return recordEdit(file, changes, { label: conflict.command.label ?? undefined, reads: conflict.command.reads }, commandId);
}

/** Drops a conflict: the officer keeps the other officer's change. */
export function discardConflict(file: EventFile, commandId: string): void {
  file.outbox.discard(commandId);
}
