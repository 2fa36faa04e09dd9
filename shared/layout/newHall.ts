import type { Hall } from '../model/entities';

/** A sort key above every one given (keys compare as strings). */
export function keyAfter(keys: readonly string[]): string {
  let max = '';
  for (const k of keys) if (k > max) max = k;
  if (max === '') return 'a0';
  const last = max.charCodeAt(max.length - 1);
  if (max.length < 64 && last >= 0x7a /* z */) return `${max}0`;
  if (last < 0x7a) {
    const next = last < 0x30 ? 0x30 : last === 0x39 ? 0x61 : last + 1;
    return max.slice(0, -1) + String.fromCharCode(next);
  }
  return `${max.slice(0, 63)}`; // 64 chars of z: cannot happen in practice (one per added element)
}

/** The size of a new hall, in metres, when none is given (the New hall dialog's). */
export const NEW_HALL_SIZE = { widthM: 40, depthM: 30 } as const;

export type NewHallChoice = { nameEn: string; nameVi: string; kind: Hall['kind']; widthM?: number; depthM?: number };

/**
 * A new, empty hall as the New hall dialog and the CLI's `hall` verb make it: named in both
 * languages (trimmed), of a type (which chooses how it is seated), listed after the others.
 */
export function newHall(halls: readonly Pick<Hall, 'sortKey'>[], choice: NewHallChoice, id: string): Hall {
  return {
    id, nameEn: choice.nameEn.trim(), nameVi: choice.nameVi.trim(), kind: choice.kind,
    widthM: choice.widthM ?? NEW_HALL_SIZE.widthM, depthM: choice.depthM ?? NEW_HALL_SIZE.depthM,
    sortKey: keyAfter(halls.map((h) => h.sortKey)), gridM: 0.5, snap: true, backgroundAssetId: null,
    backgroundX: 0, backgroundY: 0, backgroundScale: 0.01, backgroundOpacity: 0.5, backgroundLocked: true,
  };
}
