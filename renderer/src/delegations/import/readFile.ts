import { XLSX_MAX_BYTES } from '../../../../shared/ipc/contract';
import { sniffFormat } from '../../../../shared/import/sniff';
import type { Language, Params } from '../../../../shared/i18n/index';
import { formatNumber } from '../../../../shared/i18n/number';
import type { FileMessageKey } from './messages';

/** What `delegations:import` takes: CSV text, or a workbook's bytes as base64 (IPC payloads are plain JSON). */
export type ImportSource = { format: 'csv' | 'xlsx'; data: string };
export type ReadResult = { ok: true; source: ImportSource } | { ok: false; key: FileMessageKey; params: Params };

/** The file the user chose, as much of a File as this needs (tests pass a Blob with a name). */
export type PickedFile = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

/** Base64 of bytes, in chunks: a spread of 20 MB of arguments would overflow the stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/**
 * Reads a chosen file in the renderer. A zip (an XLSX workbook even when renamed .csv; an .xls,
 * which main then names) or a file named .xlsx goes as a workbook in base64; anything else must
 * be UTF-8 text (a CSV saved in a legacy code page would otherwise import with broken letters).
 */
export async function readImportFile(file: PickedFile, lang: Language = 'en'): Promise<ReadResult> {
  if (file.size > XLSX_MAX_BYTES) {
    const mb = (n: number) => formatNumber(n / 2 ** 20, lang, 1);
    return { ok: false, key: 'fileTooLarge', params: { file: file.name, sizeMb: mb(file.size), maxMb: mb(XLSX_MAX_BYTES) } };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (err) {
    return { ok: false, key: 'readFailed', params: { file: file.name, detail: err instanceof Error ? err.message : String(err) } };
  }
  // A file named .xlsx that is no workbook goes as one too: main then says so, instead of a CSV error about zip bytes.
  if (sniffFormat(bytes) !== 'text' || /\.xlsx$/i.test(file.name)) return { ok: true, source: { format: 'xlsx', data: toBase64(bytes) } };
  try {
    return { ok: true, source: { format: 'csv', data: new TextDecoder('utf-8', { fatal: true }).decode(bytes) } };
  } catch {
    return { ok: false, key: 'notUtf8', params: { file: file.name } };
  }
}
