import type { Language } from '../../../../shared/i18n/index';
import { translatorFor } from '../../i18n/format';

/**
 * Every number the hall editor draws or shows (rulers, scale bar, sizes, angles, refusals), in the
 * UI language: "2,5 m" in Vietnamese, "2.5 m" in English. One formatter, the app's translator,
 * so the canvas and the rest of the UI never disagree.
 */
export type EditorNumbers = {
  /** A plain number with at most `digits` decimals ("2,5"). */
  number(value: number, digits?: number): string;
  /** A length in metres, to the centimetre ("2,5 m"). */
  metres(value: number): string;
  /** Width × depth in metres ("4,2 × 0,9 m"). */
  size(width: number, depth: number): string;
  /** An angle in degrees ("37,5°"). */
  degrees(value: number): string;
  /** A ruler mark at a multiple of `step` metres, with just the decimals the step needs. */
  ruler(value: number, step: number): string;
};

/** Decimals a ruler step of 1, 2 or 5 × 10^n metres needs (0.5 → 1, 0.05 → 2, 10 → 0). */
export const stepDigits = (step: number) => Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));

const cache = new Map<Language, EditorNumbers>();

export function editorNumbers(lang: Language): EditorNumbers {
  const cached = cache.get(lang);
  if (cached) return cached;
  const n = translatorFor(lang).number;
  // Rounded first, and + 0 turns -0 into 0: a value just below zero is "0", never "-0".
  const number = (value: number, digits = 3) => n(Math.round(value * 10 ** digits) / 10 ** digits + 0, digits);
  const numbers: EditorNumbers = {
    number,
    metres: (value) => `${number(value, 2)} m`,
    size: (width, depth) => `${number(width, 2)} × ${number(depth, 2)} m`,
    degrees: (value) => `${number(value, 1)}°`,
    ruler: (value, step) => number(value, stepDigits(step)),
  };
  cache.set(lang, numbers);
  return numbers;
}
