import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect } from 'vitest';
import { AppError, type ErrorCode } from '../../shared/errors';
import { emptyHistory, execute, undo, type Command, type History } from '../../shared/document/history';
import type { EventDocument } from '../../shared/model/collections';
import { APPLICATION_ID, EventFile, migrate, MIGRATIONS } from '../../electron/store';
import { readHeader } from '../../electron/store/header';

/** Fresh temporary folders for one test file; removed after each test. */
export function useTempDirs(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'preseance-store-'));
    made.push(dir);
    return dir;
  };
}

/**
 * A new event file as version `version` of the app made it (its first `version` migrations),
 * open for the test to write rows with the columns that version had; the caller closes it.
 */
export function fileOfVersion(path: string, version: number): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, MIGRATIONS.slice(0, version));
  return db;
}

/** Opens a file an earlier version wrote: `version` on disk before, the current version once open. */
export function openUpgraded(path: string, version: number): EventFile {
  expect(readHeader(path)!.userVersion).toBe(version);
  const file = EventFile.open(path);
  expect(file.schemaVersion).toBe(MIGRATIONS.length);
  return file;
}

export function sha256(path: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(path)).digest('hex');
}

/** Everything in a folder, recursively, with sizes: what a user would see in a file manager. */
export function listing(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .sort()
    .map((name) => `${name} ${fs.statSync(nodePath.join(dir, name)).size}`);
}

/** Every file of a folder with its size and sha256: compare two to prove nothing on disk changed. */
export function folderSnapshot(dir: string): string[] {
  return listing(dir).map((entry) => {
    const path = nodePath.join(dir, entry.split(' ')[0]!);
    return fs.statSync(path).isFile() ? `${entry} ${sha256(path)}` : entry;
  });
}

/** Runs `action`, which must throw an AppError with `code`; returns it for further checks. */
export function expectAppError(action: () => unknown, code: ErrorCode): AppError {
  let thrown: unknown;
  try {
    action();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `expected AppError ${code}`).toBeInstanceOf(AppError);
  const error = thrown as AppError;
  expect({ code: error.code, message: error.message }).toMatchObject({ code });
  return error;
}

export async function expectAppErrorAsync(action: () => Promise<unknown>, code: ErrorCode): Promise<AppError> {
  let thrown: unknown;
  try {
    await action();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `expected AppError ${code}`).toBeInstanceOf(AppError);
  expect((thrown as AppError).code).toBe(code);
  return thrown as AppError;
}

/**
 * Commands run on a document and written to a real event file the way the app saves them; after
 * each, the file must reload as exactly the document. `undoAll` undoes every step, in order,
 * written the same way.
 */
export function commandsOnFile(file: EventFile, start: EventDocument) {
  let doc = start;
  let history: History = emptyHistory();
  return {
    get doc() {
      return doc;
    },
    get history() {
      return history;
    },
    run<A>(command: Command<A>, args: A) {
      const step = execute(doc, history, command, args);
      if (!step) throw new Error(`${command.id} changed nothing`);
      file.apply(step.changes);
      doc = step.document;
      history = step.history;
      expect(file.loadDocument(), command.id).toEqual(doc);
    },
    undoAll() {
      while (history.past.length > 0) {
        const step = undo(doc, history)!;
        file.apply(step.changes);
        doc = step.document;
        history = step.history;
      }
    },
  };
}
