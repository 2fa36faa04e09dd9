import { Unzip, UnzipInflate, unzipSync, zipSync, type UnzipFile } from 'fflate';

/**
 * Unzipping a workbook before read-excel-file sees it, for two reasons found by the import
 * fuzz tests. The zip format is fflate's; what is decided here is what to refuse.
 *
 * - Zip bombs. read-excel-file has no limit: a few kilobytes of XLSX can inflate to gigabytes
 *   and take main down. A list of 400 delegations unzips to well under a megabyte. The limit
 *   is 8 MB, not more, because read-excel-file's XML parsing falls off a cliff just above it
 *   (measured here: an 8 MB sheet reads in 0.6 s, a 10 MB one had not finished after a minute,
 *   a 20 MB one took 77 s and then failed). Both what the zip declares (its central directory,
 *   listed by fflate's filter without inflating anything) and what its entries really inflate
 *   to are checked, since a crafted file can declare small sizes: the entries are inflated by
 *   fflate's streaming Unzip, fed a slice at a time, and feeding stops as soon as the total
 *   passes the limit (fflate's one-call unzipSync would inflate a lying entry whole).
 * - Hangs. read-excel-file/universal unzips with fflate's async `unzip`, which inflates any
 *   entry over 512 KB in a worker; under Node that promise sometimes never settles (seen with
 *   sheets of 6 MB and more, about one read in five), and the import would wait forever. The
 *   entries are inflated here instead, synchronously, and handed on as a zip of stored entries
 *   (zipSync at level 0), which fflate copies out synchronously.
 */

export const XLSX_MAX_UNZIPPED_MB = 8;
const MAX_ENTRIES = 10_000; // a workbook has a dozen; the count bounds the work of a hostile one
// Compressed bytes fed to the inflater at a time: deflate expands at most ~1,032 times, so the
// output overshoots the limit by at most ~8 MB before feeding stops.
const SLICE = 8 * 1024;

export type Unzipped = { ok: true; entries: Map<string, Uint8Array>; bytes: number } | { ok: false; problem: 'not-xlsx' | 'too-large' };

/** The parts read-excel-file reads (XML and relationships): images and printer settings are skipped. */
const isRead = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

const TOO_LARGE = { ok: false, problem: 'too-large' } as const;
const NOT_XLSX = { ok: false, problem: 'not-xlsx' } as const;
class Refused extends Error {}

/** What the central directory declares: refused past `limitBytes` or MAX_ENTRIES, or when it is damaged. */
function checkDeclared(bytes: Uint8Array, limitBytes: number): Unzipped | null {
  let declared = 0;
  let count = 0;
  try {
    // The filter sees every entry's declared size and takes none: nothing is inflated here.
    unzipSync(bytes, {
      filter: (file) => {
        declared += file.originalSize;
        if (++count > MAX_ENTRIES || declared > limitBytes) throw new Refused();
        return false;
      },
    });
  } catch (err) {
    return err instanceof Refused ? TOO_LARGE : NOT_XLSX;
  }
  return count === 0 ? NOT_XLSX : null;
}

/**
 * The XML parts of a workbook, inflated, or why not: not a zip we can read, or more than
 * `limitBytes` once unzipped (declared by all entries, or inflated by the parts read).
 */
export function unzipWorkbook(bytes: Uint8Array, limitBytes = XLSX_MAX_UNZIPPED_MB * 1024 * 1024): Unzipped {
  const declared = checkDeclared(bytes, limitBytes);
  if (declared) return declared;

  const parts: { name: string; chunks: Uint8Array[]; done: boolean }[] = [];
  let total = 0;
  let problem: 'not-xlsx' | 'too-large' | null = null;
  const unzip = new Unzip((file: UnzipFile) => {
    if (!isRead(file.name) || problem) return;
    if (file.compression !== 0 && file.compression !== 8) {
      problem = 'not-xlsx';
      return;
    }
    const part = { name: file.name, chunks: [] as Uint8Array[], done: false };
    parts.push(part);
    file.ondata = (err, chunk, final) => {
      if (err) problem ??= 'not-xlsx';
      if (err || problem) return;
      part.chunks.push(chunk);
      total += chunk.byteLength;
      if (total > limitBytes) problem = 'too-large';
      if (final) part.done = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.byteLength && !problem; at += SLICE) {
      const end = Math.min(at + SLICE, bytes.byteLength);
      unzip.push(bytes.subarray(at, end), end === bytes.byteLength);
    }
  } catch {
    problem ??= 'not-xlsx';
  }
  const failed = problem as 'not-xlsx' | 'too-large' | null; // set by the callbacks above
  if (failed) return failed === 'too-large' ? TOO_LARGE : NOT_XLSX;
  // A part cut short (a truncated file) never ends: the workbook is damaged.
  if (parts.some((p) => !p.done)) return NOT_XLSX;
  const entries = new Map(parts.map((p) => [p.name, concat(p.chunks)]));
  return { ok: true, entries, bytes: total };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** A zip of stored (uncompressed) entries: what read-excel-file reads without inflating anything. */
export function storedZip(entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(entries), { level: 0 });
}
