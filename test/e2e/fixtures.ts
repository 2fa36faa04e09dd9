import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import type { Hall } from '../../shared/model/entities';
import type { EventDocument } from '../../shared/model/collections';
import { referenceData } from '../../resources/reference/load';
import { buildSampleDocument, SAMPLE_SEED } from '../../shared/sample/hanoi2025';
import { seededIds } from '../../shared/ids';
import { cli } from './cli-run';

/** A temporary folder for one test file's event files, removed after its last test. */
export function tempFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `preseance-e2e-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The bundled Hanoi 2025 sample, built afresh (callers may change it). */
export const sampleDocument = (): EventDocument => buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));

/** The document's first hall of a kind (the sample has one of each). */
export const hallOfKind = (doc: EventDocument, kind: Hall['kind']): Hall => Object.values(doc.halls).find((h) => h.kind === kind)!;

/** A delegation import file (the template's columns) with the given rows. */
export const delegationsCsv = (...rows: string[]): string =>
  ['kind,name_en,iso3,org_code,head_name,head_title,rank,in_office_since,members', ...rows].join('\n');

/** Rows of delegationsCsv: heads of the delegations the import tests bring in. */
export const CSV_ROW = {
  FRA: 'state,,FRA,,Jean Exemple,President of the Republic,head-of-state,,',
  VNM: 'state,,VNM,,Nguyen Van Exemple,President,head-of-state,,',
} as const;

/** A new event file in `dir` with the delegations of `csv` imported, both by the command line as an officer would; its path. */
export function newEventWith(dir: string, csv: string): string {
  const file = join(dir, 'new.preseance');
  const csvFile = join(dir, 'delegations.csv');
  writeFileSync(csvFile, csv);
  expect(cli('new', file).code).toBe(0);
  expect(cli('import', file, csvFile).code).toBe(0);
  return file;
}
