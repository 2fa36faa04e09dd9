/**
 * Import fuzzing through the service main runs (`delegations:import`, a plan that writes nothing;
 * its changes are then written as doc:apply writes them, the CLI's path) on a real event file: CSV text drawn from the CSV grammar (quotes, both separators, BOMs, CR / LF /
 * CRLF, huge fields, unknown columns, rows too short or too long, formula-looking values) and
 * random workbook bytes. Whatever comes in, the service answers with a report and never throws;
 * a file with any error leaves the event file byte for byte; a clean file imports every row.
 */
import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { EventFile } from '../../electron/store';
import { importDelegations, type ImportContext } from '../../electron/services/import';
import { seededIds } from '../../shared/ids';
import { fixtureDocument } from '../fixtures/document';
import { xlsxBytes } from '../../shared/import/xlsx';
import { folderSnapshot } from './helpers';

let dir: string;
let file: EventFile;
beforeAll(() => {
  dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'preseance-import-fuzz-'));
  file = EventFile.create(nodePath.join(dir, 'event.preseance'), fixtureDocument());
});
afterAll(() => {
  file?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const context = (lang: 'vi' | 'en'): ImportContext => ({ file, reference: referenceData, lang, ids: seededIds(Date.now()) });
/** The event file as a user's disk holds it: every file of its folder (the -wal too), with its hash. */
const onDisk = () => folderSnapshot(dir);

const COLUMNS = ['kind', 'name_en', 'iso3', 'org_code', 'head_name', 'head_title', 'rank', 'in_office_since', 'members'];
const ISO3 = referenceData.states.filter((s) => s.status === 'member-state').map((s) => s.iso3);
const RANKS = ['head-of-state', 'head-of-government', 'foreign-minister', 'minister', 'vice-minister', 'ambassador'];

/** Text a person's name or title may hold, with what CSV must quote (separators, quotes, line breaks). */
const nameText = fc
  .array(fc.constantFrom('Nguyễn', 'Thị', 'Ánh', 'O’Brien', 'Smith, Jr.', 'Said "the Elder"', 'Đặng;Văn', 'Øster', 'Ω'), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(' '));
/** A field as a fuzzer would write it: anything the grammar allows, and what it does not. */
const oddField = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '"', '""', '"unterminated', 'a"b', '=1+1', '+1', '-1', '@SUM(1)', '\t=x', '\uFEFF', '\r', '\r\n', ';', ',', '\u202E', '\uD800'),
  fc.constant('x'.repeat(300_000)), // a huge field
);

type Row = string[];
const validRow: fc.Arbitrary<Row> = fc
  .record({ iso3: fc.constantFrom(...ISO3), head: nameText, title: nameText, rank: fc.constantFrom(...RANKS), since: fc.constantFrom('', '2021-03-04'), members: fc.constantFrom('', 'An Nguyễn | Adviser; Bình Trần | Counsellor') })
  .map((r) => ['state', '', r.iso3, '', r.head, r.title, r.rank, r.since, r.members]);
const oddRow: fc.Arbitrary<Row> = fc.oneof(
  fc.array(oddField, { minLength: 0, maxLength: 12 }), // too short, too long, anything in it
  fc.tuple(validRow, fc.nat({ max: 8 }), oddField).map(([row, i, value]) => row.map((v, c) => (c === i ? value : v))),
);

/** One CSV file: optional BOM, either separator, any line ending, fields quoted as needed (or not, when `raw`). */
function csvText(header: Row, rows: Row[], sep: string, eol: string, bom: boolean, raw: boolean): string {
  const quote = (v: string) => (!raw && /["\r\n,;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return (bom ? '\uFEFF' : '') + [header, ...rows].map((row) => row.map(quote).join(sep)).join(eol) + eol;
}

const cleanFile = fc
  .record({ rows: fc.uniqueArray(validRow, { minLength: 1, maxLength: 8, selector: (r) => r[2] }), sep: fc.constantFrom(',', ';'), eol: fc.constantFrom('\n', '\r\n'), bom: fc.boolean() })
  .map(({ rows, sep, eol, bom }) => ({ clean: true, text: csvText(COLUMNS, rows, sep, eol, bom, false) }));
const hostileFile = fc
  .record({
    header: fc.oneof(fc.constant(COLUMNS), fc.shuffledSubarray([...COLUMNS, 'unknown', 'password', '__proto__', ''], { minLength: 1 })),
    rows: fc.array(fc.oneof(validRow, oddRow), { minLength: 0, maxLength: 8 }),
    sep: fc.constantFrom(',', ';', '\t', '|'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    raw: fc.boolean(),
  })
  .map(({ header, rows, sep, eol, bom, raw }) => ({ clean: false, text: csvText(header, rows, sep, eol, bom, raw) }));

// 60 runs of the whole service each: about 35 s on a quiet machine, over the store project's 60 s
// on a busy one. A time limit here would test the machine, not the import (speed is the
// benchmarks' to measure): a generous one, so that only a hang fails.
const FUZZ_TIMEOUT_MS = 300_000;

describe('import fuzzing through the service, on a real event file', () => {
  it('CSV from the grammar: a report, never a throw; refused leaves the file untouched; clean imports every row', async () => {
    let applied = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(cleanFile, hostileFile), fc.constantFrom<'vi' | 'en'>('vi', 'en'), async ({ clean, text }, lang) => {
        const before = onDisk();
        const delegationsBefore = file.counts().delegations;
        const result = await importDelegations({ format: 'csv', data: text }, context(lang));
        expect(onDisk()).toEqual(before); // a plan: only doc:apply writes
        if (result.errors.length > 0) {
          refused++;
          expect(clean, JSON.stringify(result.errors.slice(0, 2))).toBe(false);
          for (const issue of result.errors) expect(issue.reason.length).toBeGreaterThan(0);
          return;
        }
        applied++;
        file.apply(result.changes); // what doc:apply does with the plan (the CLI's write)
        // All or nothing: every created delegation is in the file, and nothing else appeared.
        const after = file.loadDocument();
        const names = new Set(Object.values(after.delegations).map((d) => d.nameEn));
        for (const name of result.created) expect(names.has(name), name).toBe(true);
        expect(Object.keys(after.delegations).length).toBe(delegationsBefore + result.created.length);
      }),
      { numRuns: 60 },
    );
    expect(applied).toBeGreaterThan(5);
    expect(refused).toBeGreaterThan(5);
  }, FUZZ_TIMEOUT_MS);

  it('workbook bytes: random, truncated or bit-flipped workbooks get a report and leave the file untouched', async () => {
    const good = await xlsxBytes([{ name: 'delegations', rows: [COLUMNS, ['state', '', 'XXX', '', 'A', 'B', 'minister', '', '']] }]);
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 4096 }),
      fc.nat({ max: good.byteLength - 1 }).map((n) => good.slice(0, n)),
      fc.array(fc.tuple(fc.nat({ max: good.byteLength - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 20 }).map((flips) => {
        const copy = good.slice();
        for (const [at, bits] of flips) copy[at]! ^= bits;
        return copy;
      }),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (data) => {
        const before = onDisk();
        const result = await importDelegations({ format: 'xlsx', data: Buffer.from(data).toString('base64') }, context('vi'));
        // A flipped bit may land in a cell and leave a valid workbook; the unknown country XXX still refuses it.
        expect(result.errors.length).toBeGreaterThan(0);
        expect(onDisk()).toEqual(before);
      }),
      { numRuns: 60 },
    );
  }, FUZZ_TIMEOUT_MS);
});
