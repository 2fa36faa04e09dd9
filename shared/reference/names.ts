import { boundedCache } from '../cache';

// Every sort by name folds each name at every comparison: the few hundred names, folded once.
const foldings = boundedCache<string>();

/**
 * Names compare and sort as the UN does: by the English short name with accents folded, so
 * "Türkiye" falls between "Tunisia" and "Turkmenistan" and "Côte d'Ivoire" among the C's.
 */
export function foldName(name: string): string {
  return foldings(name, () => fold(name));
}

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const collator = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: false });

export function compareUnNames(a: string, b: string): number {
  return collator.compare(foldName(a), foldName(b));
}

/** Two spellings of one name are the same when they differ only in accents, case or spacing. */
export function sameName(a: string, b: string): boolean {
  return foldName(a) === foldName(b);
}
