import crypto from 'node:crypto';
import { rowKeyOf as keyOf, type EventFile, type OutboxBase, type RowKey } from '../store';
import { isEmptyChanges, type Changes } from '../../shared/model/collections';
import { commandRows } from './command';

export type EditOptions = { label?: string; reads?: readonly RowKey[] };

/**
 * A local edit in team mode (issue 16, item 5): the rows written to the replica and the command
 * waiting for the server, in one transaction of the file — a kill loses neither, nor leaves one
 * without the other. The app keeps working on the replica with the server out of reach; replay()
 * sends the outbox in order when it is back. Each row written or read keeps the server version
 * it was found at; a row an edit still waiting had changed keeps that edit's id instead (its
 * version is known once the server has applied it). `resolves` names a conflict this edit
 * re-applies (conflicts.ts), which leaves the conflicts in the same transaction. Returns the
 * command id, or null when the change writes nothing.
 */
export function recordEdit(file: EventFile, changes: Changes, options: EditOptions = {}, resolves?: string): string | null {
  if (!file.replica.state()) throw new Error(`${file.path} is not the replica of a team event`);
  const outbox = file.outbox;
  if (isEmptyChanges(changes)) {
    if (resolves !== undefined) outbox.add(changes, null, resolves);
    return null;
  }
  const rows = commandRows(file.replica, changes, options.reads);
  const before = file.replica.rows(rows.writes);
  const waiting = new Map<string, string>();
  for (const entry of outbox.entries()) {
    for (const { kind, id } of entry.command.writes) waiting.set(keyOf(kind, id), entry.commandId);
  }
  const keys = [...rows.writes, ...rows.reads];
  const versions = file.replica.versions(keys);
  const base = keys.map(({ kind, id }, i): OutboxBase => {
    const after = waiting.get(keyOf(kind, id));
    return after ? { kind, id, after } : { kind, id, version: versions[i]! };
  });
  const commandId = crypto.randomUUID();
  const command = {
    label: options.label ?? null,
    writes: rows.writes.map((write, i) => ({ ...write, before: before[i] ?? null })),
    reads: rows.reads,
    requires: rows.requires,
  };
  outbox.add(changes, { commandId, command, base, createdAt: new Date().toISOString() }, resolves);
  return commandId;
}
