import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyDocument, isEmptyChanges, type Changes, type EventDocument } from '../../shared/model/collections';
import { execute, undo, emptyHistory } from '../../shared/document/history';
import { seededIds } from '../../shared/ids';
import { AppError } from '../../shared/errors';
import { applyImportChanges } from '../../shared/import/apply';
import { exportDelegationsCsv, planDelegationImport } from '../../shared/import/delegations';
import { exportDelegationsXlsx } from '../../shared/import/files';
import { readFirstSheet } from '../../shared/import/xlsx';
import { importDelegations } from '../../electron/services/import';
import { exportDelegations, withSpreadsheetExtension } from '../../electron/services/export';
import type { EventFile } from '../../electron/store/eventFile';
import { readImportFile, toBase64 } from '../../renderer/src/delegations/import/readFile';
import { testReference } from '../fixtures/import/reference';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'preseance-import-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The event file as the import service sees it: a document to read, and writes it records. */
function fakeFile(document: EventDocument) {
  const writes: Changes[] = [];
  const file = { loadDocument: () => document, apply: (changes: Changes) => void writes.push(changes) } as unknown as EventFile;
  return { file, writes };
}

const sampleEvent = () => {
  const { changes } = planDelegationImport({ text: fixture('delegations-comma-bom-crlf.csv'), document: emptyDocument(), reference: testReference, lang: 'en', ids: seededIds(1) });
  const run = execute(emptyDocument(), emptyHistory(), applyImportChanges, changes)!;
  return run.document;
};

// Each import starts a worker thread, which loads the planner's modules: seconds on a busy machine.
describe('delegations:import (the service)', { timeout: 60_000 }, () => {
  const context = (file: EventFile) => ({ file, reference: testReference, lang: 'vi' as const, ids: seededIds(5) });

  it('returns the plan and writes nothing: the app and the CLI apply its changes through doc:apply', async () => {
    const text = fixture('delegations-semicolon.csv');
    const target = fakeFile(emptyDocument());
    const planned = await importDelegations({ format: 'csv', data: text }, context(target.file));
    expect(planned).not.toHaveProperty('applied');
    expect(planned.created).toHaveLength(5);
    expect(planned.changes.upserts.delegations).toHaveLength(5);
    expect(target.writes).toEqual([]);
  });

  it('reads a workbook sent as base64, and refuses bytes that are not one in the user’s language, writing nothing', async () => {
    const bytes = await exportDelegationsXlsx(sampleEvent());
    const target = fakeFile(emptyDocument());
    const result = await importDelegations({ format: 'xlsx', data: Buffer.from(bytes).toString('base64') }, context(target.file));
    expect(result.errors).toEqual([]);
    expect(result.created).toHaveLength(5);

    const bad = fakeFile(emptyDocument());
    const refused = await importDelegations({ format: 'xlsx', data: Buffer.from('not a workbook').toString('base64') }, context(bad.file));
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors[0]!.reason).toContain('không phải là sổ tính Excel');
    expect(isEmptyChanges(refused.changes)).toBe(true);
    expect(bad.writes).toEqual([]);
  });
});

describe('delegations:export (the service)', () => {
  it('writes the delegations as CSV and XLSX, and the template in both formats', async () => {
    const doc = sampleEvent();
    const csvPath = join(work, 'Đoàn.csv');
    expect(await exportDelegations({ content: 'delegations', format: 'csv', path: csvPath }, () => doc)).toEqual({ path: csvPath });
    expect(readFileSync(csvPath, 'utf8')).toBe(exportDelegationsCsv(doc));

    const xlsxPath = join(work, 'delegations.XLSX');
    await exportDelegations({ content: 'delegations', format: 'xlsx', path: xlsxPath }, () => doc);
    const read = await readFirstSheet(new Uint8Array(readFileSync(xlsxPath)));
    expect(read.ok && read.records.length).toBe(6);

    const templateCsv = join(work, 'template.csv');
    await exportDelegations({ content: 'template', format: 'csv', path: templateCsv }, () => {
      throw new Error('the template needs no event');
    });
    expect(readFileSync(templateCsv)).toEqual(readFileSync(new URL('../../resources/templates/delegations-template.csv', import.meta.url)));
    const templateXlsx = join(work, 'template.xlsx');
    await exportDelegations({ content: 'template', format: 'xlsx', path: templateXlsx }, () => doc);
    const template = await readFirstSheet(new Uint8Array(readFileSync(templateXlsx)));
    expect(template.ok && template.records[1]!.fields.slice(0, 3)).toEqual(['state', '', 'CIV']);
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a path without the format’s extension (never an event file), and says when a folder cannot be written', async () => {
    const event = join(work, 'event.preseance');
    writeFileSync(event, 'precious');
    await expect(exportDelegations({ content: 'delegations', format: 'csv', path: event }, () => emptyDocument())).rejects.toMatchObject({
      code: 'export-extension',
    });
    expect(readFileSync(event, 'utf8')).toBe('precious');

    const missing = join(work, 'no-such-folder', 'x.csv');
    const error = await exportDelegations({ content: 'delegations', format: 'csv', path: missing }, () => emptyDocument()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('export-failed');
    expect((error as AppError).messageIn('vi')).toContain('Không ghi được');
    if (process.getuid?.() !== 0) {
      const locked = join(work, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      await expect(exportDelegations({ content: 'delegations', format: 'csv', path: join(locked, 'x.csv') }, () => emptyDocument())).rejects.toMatchObject({ code: 'export-failed' });
      expect(readdirSync(locked)).toEqual([]);
    }
  });

  it('gives a chosen path the format’s extension only when it has none of the allowed ones', () => {
    expect(withSpreadsheetExtension('/x/list', ['csv'])).toBe('/x/list.csv');
    expect(withSpreadsheetExtension('/x/list.XLSX', ['csv', 'xlsx'])).toBe('/x/list.XLSX');
    expect(withSpreadsheetExtension('/x/list.csv', ['xlsx'])).toBe('/x/list.csv.xlsx');
  });
});

describe('applying an import in the app: one command, one undo step', () => {
  it('adds every planned row at once, and one undo puts the document back exactly', () => {
    const before = sampleEvent();
    const { changes } = planDelegationImport({
      text: 'kind,iso3,head_name,rank,members\nstate,AUS,Jane Citizen,minister,A B | Adviser\nstate,VNM,Nguyễn Văn Bình,head-of-state,\n',
      document: before,
      reference: testReference,
      lang: 'en',
      ids: seededIds(9),
    });
    expect(changes.deletes.people).toHaveLength(2); // Viet Nam's two members leave
    const step = execute(before, emptyHistory(), applyImportChanges, changes)!;
    expect(step.history.past).toHaveLength(1);
    expect(Object.keys(step.document.delegations)).toHaveLength(6);
    expect(step.changes.upserts.people).toHaveLength(changes.upserts.people!.length);
    expect(step.changes.deletes.people?.sort()).toEqual([...changes.deletes.people!].sort());
    const back = undo(step.document, step.history)!;
    expect(back.document).toEqual(before);
  });
});

describe('reading the chosen file in the renderer', () => {
  const picked = (bytes: Uint8Array | string, name = 'file.csv') => {
    const blob = new Blob([bytes as BlobPart]);
    return { name, size: blob.size, arrayBuffer: () => blob.arrayBuffer() };
  };

  it('sends CSV as text (without its byte-order mark) and a workbook, whatever its name, as base64', async () => {
    const text = 'kind;name_en\r\nstate;Việt Nam\r\n';
    expect(await readImportFile(picked('\uFEFF' + text))).toEqual({ ok: true, source: { format: 'csv', data: text } });
    const bytes = await exportDelegationsXlsx(sampleEvent());
    const read = await readImportFile(picked(bytes, 'renamed.csv'));
    expect(read).toEqual({ ok: true, source: { format: 'xlsx', data: Buffer.from(bytes).toString('base64') } });
    // Named .xlsx but not a workbook: sent as one, so main says it is not a readable workbook.
    expect(await readImportFile(picked('kind,name_en', 'list.xlsx'))).toMatchObject({ ok: true, source: { format: 'xlsx' } });
  });

  it('refuses text that is not UTF-8 (a legacy code page), and a file over the size limit', async () => {
    const latin1 = new Uint8Array([0x6b, 0x69, 0x6e, 0x64, 0x0a, 0x4e, 0x67, 0x75, 0x79, 0xea, 0x6e]); // "Nguyên" in Windows-1252
    expect(await readImportFile(picked(latin1, 'old.csv'))).toEqual({ ok: false, key: 'notUtf8', params: { file: 'old.csv' } });
    const huge = { name: 'big.xlsx', size: 21 * 2 ** 20, arrayBuffer: () => Promise.reject(new Error('must not be read')) };
    expect(await readImportFile(huge)).toMatchObject({ ok: false, key: 'fileTooLarge', params: { sizeMb: '21', maxMb: '20' } });
    const larger = { ...huge, size: 20.5 * 2 ** 20 };
    expect(await readImportFile(larger, 'vi')).toMatchObject({ ok: false, key: 'fileTooLarge', params: { sizeMb: '20,5', maxMb: '20' } });
  });

  it('encodes base64 in chunks, byte for byte', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
