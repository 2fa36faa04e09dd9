import { AppError } from '../../shared/errors';
import type { Changes } from '../../shared/model/collections';
import type { RowKey } from './replica';
import type { Db } from './sqlite';
import type { Writer } from './writer';

/** A row an edit wrote: its value after the edit (null: deleted) and before it (null: created by it). */
export type OutboxWrite = RowKey & { data: Record<string, unknown> | null; before: Record<string, unknown> | null };

/** One edit as it will be sent to the team server, without the versions (see OutboxBase). */
export type OutboxCommand = { label: string | null; writes: OutboxWrite[]; reads: RowKey[]; requires: RowKey[] };

/**
 * The server's version of a row as the edit found it, or — for a row an earlier edit still
 * waiting in the outbox had changed — that edit's command id: its number is known only once the
 * server has applied it, and then replaces the id.
 */
export type OutboxBase = RowKey & ({ version: number } | { after: string });

export type OutboxEntry = { commandId: string; position: number; command: OutboxCommand; base: OutboxBase[]; createdAt: string };
/** A refused command, kept with the refusal (plain JSON: electron/team/conflicts.ts reads it). */
export type ConflictEntry = OutboxEntry & { refusal: Record<string, unknown> };

type StoredRow = { position: number; command_id: string; command: string; base: string; created_at: string; refusal?: string };

const entryOf = (row: StoredRow): OutboxEntry => ({
  commandId: row.command_id,
  position: row.position,
  command: JSON.parse(row.command) as OutboxCommand,
  base: JSON.parse(row.base) as OutboxBase[],
  createdAt: row.created_at,
});

const NO_CHANGES: Changes = { upserts: {}, deletes: {} };

/**
 * The team outbox and conflicts of an event file (migration 005). Each move is one transaction
 * of the file, with the rows it changes: an edit and its entry, an applied entry and the
 * versions it gave its rows, a refused entry and the undoing of its rows. So a kill at any
 * moment leaves either the move done or not begun.
 */
export class Outbox {
  constructor(
    private readonly db: () => Db,
    private readonly writer: Writer,
    private readonly path: string,
  ) {}

  /** The edits waiting to be sent, in the order they were made. */
  entries(): OutboxEntry[] {
    const rows = this.db().prepare('SELECT * FROM team_outbox ORDER BY position').all() as StoredRow[];
    return rows.map(entryOf);
  }

  /** The first edit waiting, or null. */
  first(): OutboxEntry | null {
    const row = this.db().prepare('SELECT * FROM team_outbox ORDER BY position LIMIT 1').get() as StoredRow | undefined;
    return row ? entryOf(row) : null;
  }

  conflicts(): ConflictEntry[] {
    const rows = this.db().prepare('SELECT * FROM team_conflicts ORDER BY position').all() as StoredRow[];
    return rows.map((row) => ({ ...entryOf(row), refusal: JSON.parse(row.refusal!) as Record<string, unknown> }));
  }

  counts(): { waiting: number; conflicts: number } {
    const count = (table: string) => this.db().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return { waiting: count('team_outbox'), conflicts: count('team_conflicts') };
  }

  /**
   * Writes an edit's rows and its outbox entry in one transaction. `resolves` names a conflict
   * this edit re-applies: it leaves the conflicts in the same transaction.
   */
  add(changes: Changes, entry: Omit<OutboxEntry, 'position'> | null, resolves?: string): void {
    this.#transaction(changes, (db) => {
      if (entry) {
        db.prepare('INSERT INTO team_outbox (position, command_id, command, base, created_at) VALUES ((SELECT coalesce(max(position), 0) + 1 FROM team_outbox), ?, ?, ?, ?)')
          .run(entry.commandId, JSON.stringify(entry.command), JSON.stringify(entry.base), entry.createdAt);
      }
      if (resolves !== undefined) this.#removeConflict(db, resolves);
    });
  }

  /**
   * The server applied `commandId` as change `seq`: its rows now stand at that version, later
   * edits that built on it get the number, and the entry goes.
   */
  applied(commandId: string, seq: number): void {
    this.#transaction(NO_CHANGES, (db) => {
      const entries = this.entries();
      const entry = entries.find((e) => e.commandId === commandId);
      if (!entry) return; // noted already
      const setVersion = db.prepare(
        'INSERT INTO team_versions (kind, id, version) VALUES (?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET version = excluded.version',
      );
      for (const { kind, id } of entry.command.writes) setVersion.run(kind, id, seq);
      const setBase = db.prepare('UPDATE team_outbox SET base = ? WHERE command_id = ?');
      for (const later of entries) {
        if (!later.base.some((b) => 'after' in b && b.after === commandId)) continue;
        const base = later.base.map((b) => ('after' in b && b.after === commandId ? { kind: b.kind, id: b.id, version: seq } : b));
        setBase.run(JSON.stringify(base), later.commandId);
      }
      db.prepare('DELETE FROM team_outbox WHERE command_id = ?').run(commandId);
    });
  }

  /**
   * Refused entries move to the conflicts with their refusals, and `undo` (their rows as they
   * were before them) is written in the same transaction.
   */
  refused(moves: readonly { commandId: string; refusal: Record<string, unknown> }[], undo: Changes, at: string): void {
    this.#transaction(undo, (db) => {
      const move = db.prepare(
        `INSERT INTO team_conflicts (position, command_id, command, base, refusal, created_at)
         SELECT (SELECT coalesce(max(position), 0) + 1 FROM team_conflicts), command_id, command, base, ?, ? FROM team_outbox WHERE command_id = ?`,
      );
      const remove = db.prepare('DELETE FROM team_outbox WHERE command_id = ?');
      for (const { commandId, refusal } of moves) {
        if (move.run(JSON.stringify(refusal), at, commandId).changes !== 1) throw new Error(`command ${commandId} is not in the outbox`);
        remove.run(commandId);
      }
    });
  }

  /** Drops a conflict: the officer chose not to re-apply it. */
  discard(commandId: string): void {
    this.#transaction(NO_CHANGES, (db) => this.#removeConflict(db, commandId));
  }

  #removeConflict(db: Db, commandId: string): void {
    const { changes } = db.prepare('DELETE FROM team_conflicts WHERE command_id = ?').run(commandId);
    if (changes !== 1) throw new AppError('invalid-input', { path: this.path, detail: `there is no conflict ${commandId}` });
  }

  #transaction(changes: Changes, alongside: (db: Db) => void): void {
    const db = this.db();
    this.writer.apply(changes, () => alongside(db));
  }
}
