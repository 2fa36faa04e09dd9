import type { Db } from '../sqlite';

/**
 * One step of the file format. `up` runs inside a transaction with foreign keys off (so a
 * migration may rebuild a table, SQLite's documented way to change constraints); the runner
 * checks foreign keys before committing. `up` must be deterministic: open() replays the
 * migrations on an empty in-memory database to know exactly which schema a file must hold.
 */
export type Migration = {
  readonly version: number;
  readonly name: string;
  readonly up: string | ((db: Db) => void);
};
