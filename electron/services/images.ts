import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/i18n/index';
import { formatNumber } from '../../shared/i18n/number';
import type { IdFactory } from '../../shared/ids';
import type { PickedImage } from '../../shared/ipc/contract';
import type { Asset } from '../../shared/model/entities';

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * What an image file really is, from its first bytes, never its name: a renamed document must
 * not become a "floor plan". SVG is accepted as text whose first element is <svg>; it is only
 * ever drawn as an image, where scripts inside it do not run.
 */
export function sniffImage(bytes: Uint8Array): Asset['mime'] | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const firstTag = head
    .replace(/<\?xml[\s\S]*?\?>/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>]*>/i, '')
    .trimStart();
  return /^<svg[\s>]/i.test(firstTag) ? 'image/svg+xml' : null;
}

/** Reads and checks an image the user picked, as an Asset row ready for a command to add. */
export function readImage(path: string, ids: IdFactory, lang: Language = 'en'): PickedImage {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError('file-not-found', { path });
  }
  if (size > MAX_BYTES) {
    throw new AppError('image-too-large', { path, sizeMb: formatNumber(size / 2 ** 20, lang, 1), maxMb: MAX_BYTES / 2 ** 20 });
  }
  const bytes = readFileSync(path);
  const mime = sniffImage(bytes);
  if (!mime) throw new AppError('image-unsupported', { path });
  return {
    name: basename(path),
    asset: {
      id: ids(),
      mime,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      dataBase64: bytes.toString('base64'),
    },
  };
}
