import { base, type Doc } from './command-draft';

// Paint order: each element's zIndex is a fractional key (base-62 digits), so an element can be put
// between two others without renumbering the hall; keys are respread only when none fits.

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let n = 0;
    while ((a[n] ?? '0') === b[n]) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const da = a ? DIGITS.indexOf(a[0]!) : 0;
  const db = b !== null ? DIGITS.indexOf(b[0]!) : DIGITS.length;
  if (db - da > 1) return DIGITS[Math.round((da + db) / 2)]!;
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return DIGITS[da]! + midpoint(a.slice(1), null);
}

/**
 * A sort key strictly between a and b (null: unbounded), at most 64 characters; null when there
 * is none (the keys are then respread, see reorderElements).
 */
export function keyBetween(a: string | null, b: string | null): string | null {
  if (a !== null && b !== null && a >= b) return null;
  if ([a, b].some((k) => k !== null && [...k].some((c) => !DIGITS.includes(c)))) return null;
  let key: string;
  try {
    key = midpoint(a ?? '', b);
  } catch {
    return null;
  }
  const ok = (a === null || key > a) && (b === null || key < b) && key.length <= 64 && key.length > 0;
  return ok ? key : null;
}

/** n evenly spread keys of equal length ('a00', 'a01'...), in order. */
export function spreadKeys(n: number): string[] {
  const width = Math.max(2, Math.ceil(Math.log(Math.max(n, 2)) / Math.log(62)));
  return Array.from({ length: n }, (_, i) => {
    let s = '';
    let v = i;
    for (let k = 0; k < width; k++) {
      s = DIGITS[v % 62] + s;
      v = Math.floor(v / 62);
    }
    return `a${s}`;
  });
}

/** Keys above every element of the hall, for n new elements. */
export function keysOnTop(draft: Doc, hallId: string, n: number): string[] {
  let top: string | null = null;
  for (const e of Object.values(base(draft.elements))) if (e.hallId === hallId && (top === null || e.zIndex > top)) top = e.zIndex;
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = keyBetween(top, null);
    if (k === null) throw new Error('no sort key above the top element');
    keys.push(k);
    top = k;
  }
  return keys;
}
