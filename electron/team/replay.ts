import type pg from 'pg';
import { rowKeyOf as keyOf, type EventFile, type OutboxEntry, type OutboxWrite } from '../store';
import type { Changes } from '../../shared/model/collections';
import type { ConflictRefusal, TeamRefusal } from '../../shared/team/refusal';
import { applyCommand, wireCommand } from './command';
import { TeamError } from './errors';

export type ReplayResult = {
  applied: number;
  /** Commands moved to Conflicts (refused, or built on a refused one). */
  refused: number;
  /** Why the replay stopped before the outbox was empty (the server out of reach): the rest waits. */
  error: unknown;
};

/**
 * The command apply_command takes for an outbox entry: its versions, and its id (sent again,
 * applied once). By the time an entry is sent, the commands it built on have given it their
 * numbers (Outbox.applied) or taken it to Conflicts with them (a row they wrote is one it touches).
 */
export function sendable(entry: OutboxEntry): object {
  const { writes, reads, requires, label } = entry.command;
  const version = new Map(entry.base.map((b) => [keyOf(b.kind, b.id), 'version' in b ? b.version : 0]));
  const rows = { writes: writes.map(({ kind, id, data }) => ({ kind, id, data })), reads, requires };
  return wireCommand(rows, [...writes, ...reads].map(({ kind, id }) => version.get(keyOf(kind, id)) ?? 0), label, entry.commandId);
}

/**
 * Sends the outbox in order, one command at a time, before the replica pulls (issue 16, item 5):
 * an applied command leaves the outbox (its rows take the new version, later commands that built
 * on it get the number); a refused one moves to Conflicts with the refusal, and so does every
 * later one that touches a row it wrote (sent alone it would be judged on a state that never
 * was), and their rows go back to what they were before them, so that the replica again holds
 * the server's state plus the edits waiting. Anything else (the connection lost) stops the
 * replay: the entry stays and is sent again later — the server applies a command id once, so a
 * reply lost or a kill between the server's commit and the local note never applies it twice.
 */
export async function replay(file: EventFile, client: pg.Client): Promise<ReplayResult> {
  const outbox = file.outbox;
  const result: ReplayResult = { applied: 0, refused: 0, error: null };
  for (let entry = outbox.first(); entry; entry = outbox.first()) {
    let seq: number;
    try {
      seq = await applyCommand(client, sendable(entry));
    } catch (error) {
      if (!(error instanceof TeamError)) return { ...result, error };
      result.refused += refuse(file, entry, error.refusal);
      continue;
    }
    outbox.applied(entry.commandId, seq);
    result.applied++;
  }
  return result;
}

/** Moves `entry` and the later entries that depend on it to Conflicts, undoing their rows; returns how many. */
function refuse(file: EventFile, entry: OutboxEntry, refusal: ConflictRefusal): number {
  const cause: TeamRefusal = refusal.reason === 'depends' ? refusal.cause : refusal;
  const refused = [entry];
  const written = new Set(entry.command.writes.map(({ kind, id }) => keyOf(kind, id)));
  const ids = new Set([entry.commandId]);
  for (const later of file.outbox.entries()) {
    if (ids.has(later.commandId)) continue;
    const { writes, reads, requires } = later.command;
    const touches = [...writes, ...reads, ...requires].some(({ kind, id }) => written.has(keyOf(kind, id)));
    if (!touches) continue;
    refused.push(later);
    ids.add(later.commandId);
    for (const { kind, id } of writes) written.add(keyOf(kind, id));
  }
  const moves = refused.map((e, i) => ({
    commandId: e.commandId,
    refusal: (i === 0 ? refusal : { reason: 'depends', on: entry.commandId, cause }) as Record<string, unknown>,
  }));
  file.outbox.refused(moves, undoOf(refused), new Date().toISOString());
  return refused.length;
}

/** Each row as it was before the first of these commands wrote it. */
function undoOf(entries: readonly OutboxEntry[]): Changes {
  const first = new Map<string, OutboxWrite>();
  for (const entry of entries) {
    for (const write of entry.command.writes) if (!first.has(keyOf(write.kind, write.id))) first.set(keyOf(write.kind, write.id), write);
  }
  const upserts: Record<string, unknown[]> = {};
  const deletes: Record<string, string[]> = {};
  for (const { kind, id, before } of first.values()) {
    if (before) (upserts[kind] ??= []).push(before);
    else (deletes[kind] ??= []).push(id);
  }
  return { upserts, deletes } as Changes;
}
