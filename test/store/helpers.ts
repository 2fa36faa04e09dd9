import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { afterEach, expect } from 'vitest';
import { AppError, type ErrorCode } from '../../shared/errors';

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

export function sha256(path: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(path)).digest('hex');
}

/** Everything in a folder, recursively, with sizes: what a user would see in a file manager. */
export function listing(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .sort()
    .map((name) => `${name} ${fs.statSync(nodePath.join(dir, name)).size}`);
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
