/**
 * Unzipping a workbook before read-excel-file sees it, for two reasons found by the import
 * fuzz tests:
 *
 * - Zip bombs. read-excel-file has no limit: a few kilobytes of XLSX can inflate to gigabytes
 *   and take main down. A list of 400 delegations unzips to well under a megabyte. The limit
 *   is 8 MB, not more, because read-excel-file's XML parsing falls off a cliff just above it
 *   (measured here: an 8 MB sheet reads in 0.6 s, a 10 MB one had not finished after a minute,
 *   a 20 MB one took 77 s and then failed). Both what the zip declares (its central directory)
 *   and what its entries really inflate to are checked, since a crafted file can declare small
 *   sizes; inflating stops as soon as the total passes the limit.
 * - Hangs. read-excel-file/universal unzips with fflate's async `unzip`, which inflates any
 *   entry over 512 KB in a worker; under Node that promise sometimes never settles (seen with
 *   sheets of 6 MB and more, about one read in five), and the import would wait forever. The
 *   entries are inflated here instead (DecompressionStream, a web and Node global: no
 *   dependency, so this stays in shared/) and handed on as a zip of stored entries, which
 *   fflate copies out synchronously.
 */

export const XLSX_MAX_UNZIPPED_MB = 8;
const MAX_ENTRIES = 10_000; // a workbook has a dozen; the count bounds the work of a hostile one

export type Unzipped = { ok: true; entries: Map<string, Uint8Array>; bytes: number } | { ok: false; problem: 'not-xlsx' | 'too-large' };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** The parts read-excel-file reads (XML and relationships): images and printer settings are skipped. */
const isRead = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

/**
 * The XML parts of a workbook, inflated, or why not: not a zip we can read, or more than
 * `limitBytes` once unzipped (declared by all entries, or inflated by the parts read).
 */
export async function unzipWorkbook(bytes: Uint8Array, limitBytes = XLSX_MAX_UNZIPPED_MB * 1024 * 1024): Promise<Unzipped> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => (at >= 0 && at + 2 <= bytes.byteLength ? view.getUint16(at, true) : -1);
  const u32 = (at: number) => (at >= 0 && at + 4 <= bytes.byteLength ? view.getUint32(at, true) : -1);
  const notXlsx = { ok: false, problem: 'not-xlsx' } as const;
  const tooLarge = { ok: false, problem: 'too-large' } as const;

  // The end-of-central-directory record: the last 22 bytes, or before a comment of up to 64 KB.
  let eocd = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return notXlsx;
  const count = u16(eocd + 10);
  const directory = u32(eocd + 16);
  // ZIP64 (more than 65,535 entries or 4 GB): no workbook of delegations is that big.
  if (count === 0xffff || directory === 0xffffffff || count > MAX_ENTRIES) return tooLarge;

  const parts: { name: string; method: number; data: Uint8Array }[] = [];
  let declared = 0;
  for (let i = 0, at = directory; i < count; i++) {
    if (u32(at) !== CENTRAL) return notXlsx;
    const [method, compressed, size] = [u16(at + 10), u32(at + 20), u32(at + 24)];
    const [nameLength, extraLength, commentLength, local] = [u16(at + 28), u16(at + 30), u16(at + 32), u32(at + 42)];
    if (size === 0xffffffff || compressed === 0xffffffff) return tooLarge;
    declared += size;
    if (declared > limitBytes) return tooLarge;
    if (at + 46 + nameLength > bytes.byteLength || u32(local) !== LOCAL) return notXlsx;
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const start = local + 30 + u16(local + 26) + u16(local + 28);
    if (start + compressed > bytes.byteLength) return notXlsx;
    if (isRead(name)) parts.push({ name, method, data: bytes.subarray(start, start + compressed) });
    at += 46 + nameLength + extraLength + commentLength;
  }

  const entries = new Map<string, Uint8Array>();
  let total = 0;
  for (const part of parts) {
    let data: Uint8Array | null;
    if (part.method === STORED) data = part.data;
    else if (part.method === DEFLATED) data = await inflate(part.data, limitBytes - total);
    else return notXlsx;
    if (data === null) return notXlsx;
    total += data.byteLength;
    if (total > limitBytes) return tooLarge;
    entries.set(part.name, data);
  }
  return { ok: true, entries, bytes: total };
}

/** Raw deflate data inflated, stopped just past `budget` (then longer than it); null if damaged. */
async function inflate(data: Uint8Array, budget: number): Promise<Uint8Array | null> {
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.byteLength;
      if (total > budget) {
        await reader.cancel().catch(() => undefined);
        break;
      }
    }
  } catch {
    return null;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of stored (uncompressed) entries: what read-excel-file reads without inflating anything. */
export function storedZip(entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const encoder = new TextEncoder();
  const files = [...entries].map(([name, data]) => ({ name: encoder.encode(name), data, crc: crc32(data) }));
  const localSize = files.reduce((n, f) => n + 30 + f.name.length + f.data.length, 0);
  const centralSize = files.reduce((n, f) => n + 46 + f.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const f of files) {
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    view.setUint16(at + 4, 20, true); // version needed
    view.setUint16(at + 6, 0x0800, true); // names in UTF-8
    view.setUint32(at + 14, f.crc, true);
    view.setUint32(at + 18, f.data.length, true);
    view.setUint32(at + 22, f.data.length, true);
    view.setUint16(at + 26, f.name.length, true);
    out.set(f.name, at + 30);
    out.set(f.data, at + 30 + f.name.length);
    at += 30 + f.name.length + f.data.length;
  }
  const directory = at;
  files.forEach((f, i) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x0800, true);
    view.setUint32(at + 16, f.crc, true);
    view.setUint32(at + 20, f.data.length, true);
    view.setUint32(at + 24, f.data.length, true);
    view.setUint16(at + 28, f.name.length, true);
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(f.name, at + 46);
    at += 46 + f.name.length;
  });
  view.setUint32(at, EOCD, true);
  view.setUint16(at + 8, files.length, true);
  view.setUint16(at + 10, files.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}
