/**
 * Zip bombs: a workbook of a few kilobytes that unzips to more than 8 MB is refused
 * before read-excel-file unzips it, with a clear message in the user's language — whether the
 * zip declares its true sizes or lies about them. Real workbooks, and damaged ones, are
 * measured without a throw.
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { emptyDocument, isEmptyChanges } from '../../shared/model/collections';
import { seededIds } from '../../shared/ids';
import { translate, type Language } from '../../shared/i18n/index';
import { planDelegationFile } from '../../shared/import/files';
import { importMessages } from '../../shared/import/messages';
import { XLSX_MAX_UNZIPPED_MB, unzipWorkbook } from '../../shared/import/unzip';
import { testReference } from '../fixtures/import/reference';
import { rawWorkbook } from '../fixtures/import/xlsx';

const HEADER = ['kind', 'name_en', 'iso3', 'org_code', 'head_name', 'head_title', 'rank', 'in_office_since', 'members'];
const ROW = ['state', '', 'VNM', '', 'Lương Cường', 'President', 'head-of-state', '', ''];
const MB = 1024 * 1024;

/** A real workbook (Excel's layout) whose sheet XML carries `padding` bytes of whitespace between rows. */
function paddedWorkbook(padding: number): Uint8Array {
  const files = unzipSync(rawWorkbook({ 1: HEADER, 2: ROW }));
  const xml = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
  const [head, tail] = xml.split('<row r="2">') as [string, string];
  files['xl/worksheets/sheet1.xml'] = strToU8(`${head}${' '.repeat(padding)}<row r="2">${tail}`);
  return zipSync(files, { level: 9 });
}

/** Rewrites every size a zip declares (local headers and central directory) as `size`. */
function declaring(zip: Uint8Array, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  for (let at = 0; at + 4 <= bytes.length; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x04034b50) view.setUint32(at + 22, size, true);
    if (sig === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return bytes;
}

const plan = (bytes: Uint8Array, lang: Language) =>
  planDelegationFile({ format: 'xlsx', bytes }, { document: emptyDocument(), reference: testReference, lang, ids: seededIds(1) });

// Megabytes of XML per test: seconds on a loaded 2-core machine, where 5 s is not enough; a hang still fails.
describe('zip bombs: a workbook that unzips past the limit is refused before it is unzipped', { timeout: 60_000 }, () => {
  const bomb = paddedWorkbook(30 * MB);

  it('is small on disk and would unzip to 30 MB', () => {
    expect(bomb.byteLength).toBeLessThan(200_000);
  });

  it.each<Language>(['vi', 'en'])('refuses it with a clear message (%s), on line 1, importing nothing', async (lang) => {
    const { report, changes } = await plan(bomb, lang);
    expect(report.errors).toEqual([{ line: 1, column: '', reason: translate(importMessages, lang, 'too-large', { limit: String(XLSX_MAX_UNZIPPED_MB) }) }]);
    expect(report.errors[0]!.reason).toContain('8 MB');
    expect(isEmptyChanges(changes)).toBe(true);
  });

  it('refuses it also when the zip lies and declares small sizes (the inflated bytes are counted)', async () => {
    const liar = declaring(bomb, 100);
    expect(await unzipWorkbook(liar)).toEqual({ ok: false, problem: 'too-large' });
    expect((await plan(liar, 'en')).report.errors[0]!.reason).toMatch(/^This workbook unzips to more than 8 MB/);
  });

  it('refuses a zip that declares more than the limit, without inflating it', async () => {
    const small = paddedWorkbook(0);
    expect(await unzipWorkbook(declaring(small, 0xfffffffe))).toEqual({ ok: false, problem: 'too-large' });
    expect(await unzipWorkbook(declaring(small, 0xffffffff))).toEqual({ ok: false, problem: 'too-large' });
  });

  it('reads a 7 MB sheet, and measures a real workbook exactly', async () => {
    const small = rawWorkbook({ 1: HEADER, 2: ROW });
    // The parts read-excel-file reads (XML), as fflate unzips them.
    const parts = Object.entries(unzipSync(small)).filter(([name]) => /\.xml(\.rels)?$/.test(name));
    const total = parts.reduce((n, [, f]) => n + f.byteLength, 0);
    expect(await unzipWorkbook(small)).toEqual({ ok: true, bytes: total, entries: new Map(parts) });
    const { report } = await plan(paddedWorkbook(7 * MB), 'en');
    expect(report.errors).toEqual([]);
    expect(report.created).toEqual(['Viet Nam']);
  });

  it('reads large sheets every time (read-excel-file alone sometimes never settled on a sheet over 6 MB)', async () => {
    const large = paddedWorkbook(6 * MB);
    for (let i = 0; i < 4; i++) expect((await plan(large, 'en')).report.created).toEqual(['Viet Nam']);
  });

  // The cause of "not an Excel workbook" for a valid 7 MB file on a busy machine: read-excel-file
  // halves its XML chunk whenever one takes over 7 ms, recursing once per chunk; busy enough, the
  // chunk shrank to nothing and the stack overflowed (patches/read-excel-file+9.3.17.patch).
  // A clock that moves 10 ms at every look is that busy machine, every time.
  it('reads a 6 MB sheet on a machine so busy that every chunk of XML takes 10 ms', async () => {
    let now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 10));
    try {
      const { report } = await plan(paddedWorkbook(6 * MB), 'en');
      expect(report.errors).toEqual([]);
      expect(report.created).toEqual(['Viet Nam']);
    } finally {
      clock.mockRestore();
    }
  });

  it('property: truncated or bit-flipped workbooks are measured or refused, never a throw', async () => {
    const good = paddedWorkbook(1000);
    const damaged = fc.oneof(
      fc.nat({ max: good.byteLength - 1 }).map((n) => good.slice(0, n)),
      fc.array(fc.tuple(fc.nat({ max: good.byteLength - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
        const copy = good.slice();
        for (const [at, bits] of flips) copy[at]! ^= bits;
        return copy;
      }),
      fc.uint8Array({ maxLength: 512 }).map((tail) => new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...tail])),
    );
    await fc.assert(
      fc.asyncProperty(damaged, async (bytes) => {
        const unzipped = await unzipWorkbook(bytes);
        if (unzipped.ok) expect(unzipped.bytes).toBeLessThanOrEqual(XLSX_MAX_UNZIPPED_MB * MB);
        else expect(['not-xlsx', 'too-large']).toContain(unzipped.problem);
      }),
      { numRuns: 200 },
    );
  });
});
