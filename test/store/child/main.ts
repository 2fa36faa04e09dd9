import fs from 'node:fs';
import { EventFile } from '../../../electron/store/eventFile';
import { AppError } from '../../../shared/errors';
import { FIXTURE_IDS } from '../../fixtures/document';
import { crashEdit, lastEdit } from './edits';
import { openedAs } from './opened';

// A separate process that writes an event file, for tests that kill it or starve it of disk,
// or that opens one as another user.
// Lines go to stdout synchronously, so a line the parent reads is a write that has returned.

function say(line: string): void {
  const bytes = Buffer.from(`${line}\n`);
  for (let offset = 0; offset < bytes.length; ) {
    try {
      offset += fs.writeSync(1, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Edits forever in bursts, printing `committed N` after each apply returns, until killed. */
async function crash(path: string): Promise<void> {
  const file = EventFile.open(path);
  let document = file.loadDocument();
  let n = lastEdit(document);
  say(`ready ${n}`);
  for (;;) {
    const burst = 1 + (n % 5);
    for (let i = 0; i < burst; i++) {
      const edit = crashEdit(document, n + 1);
      file.apply(edit.changes);
      n += 1;
      document = edit.document;
      say(`committed ${n}`);
    }
    await pause(n % 3);
  }
}

/** Under a file size limit: a large edit must fail as disk-full, and a small one still succeed. */
function diskFull(path: string): void {
  const file = EventFile.open(path);
  const outcome = (action: () => void) => {
    try {
      action();
      return 'ok';
    } catch (error) {
      return error instanceof AppError ? error.code : `unexpected: ${String(error)}`;
    }
  };
  const huge = {
    id: '99999999-9999-4999-8999-999999999999', mime: 'image/png' as const, sha256: '0'.repeat(64),
    dataBase64: Buffer.alloc(3_000_000, 7).toString('base64'),
  };
  const large = outcome(() => file.apply({ upserts: { assets: [huge] }, deletes: {} }));
  const document = file.loadDocument();
  const renamed = { ...document.delegations[FIXTURE_IDS.fra]!, nameEn: 'French Republic' };
  const small = outcome(() => file.apply({ upserts: { delegations: [renamed] }, deletes: {} }));
  file.close();
  say(JSON.stringify({ large, small }));
}

/**
 * Tries to open the file (run as another user) and an edit, and prints the outcome: the
 * AppError, or what opened (read-only or not, the edit's outcome, what the document holds).
 */
function open(path: string): void {
  try {
    say(JSON.stringify(openedAs(path)));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    say(JSON.stringify({ code: error.code, message: error.message, params: error.params }));
  }
}

const [mode, path] = process.argv.slice(2);
if (mode === 'crash') await crash(path!);
else if (mode === 'disk-full') diskFull(path!);
else if (mode === 'open') open(path!);
else throw new Error(`unknown mode ${mode}`);
