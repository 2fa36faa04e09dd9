import type { EventDocument } from '../model/collections';
import { printsVietnameseName } from '../seating/print-check';
import type { NamePlate, PlaceCard } from './cards';

/**
 * What a place card's or name plate's face prints (pure), and so when a printed one is out of
 * date: only when what it PRINTS changed — its texts, its flag, and where it is put (the table
 * and the seat as their labels say: a card for another seat is a card to redo, as the re-seat
 * diff says) — never its position in the list, an id that is not printed, or an option that
 * prints nothing on it (the Vietnamese name of a state whose Vietnamese name is its English
 * one; the flag of a delegation that has none). The faces (renderer/src/printing/Cards.tsx) draw
 * from these same functions, so what is compared is what is drawn. `hasFlag`: whether there is
 * a flag image for a code (the renderer's bundled flags).
 */

/** What the face shows of the two options. */
export type FaceOptions = { flags: boolean; vietnamese: boolean };
export type HasFlag = (code: string) => boolean;

/** The Vietnamese line a card or plate prints: asked for, and not the English name again (else none). */
export const vietnameseLine = (en: string, vi: string, options: FaceOptions): string | null =>
  options.vietnamese && printsVietnameseName(en, vi) ? vi : null;

/** The flag a card or plate prints: asked for, and one there is (else none). */
export const printedFlag = (code: string | null, options: FaceOptions, hasFlag: HasFlag): string | null => (options.flags && code && hasFlag(code) ? code : null);

/** Where a card or plate is put, by what the seat's labels say (a hall rebuilt with new seat ids but the same labels is the same place). */
function placement(document: EventDocument, seatId: string | null): string | null {
  const seat = seatId ? document.seats[seatId] : undefined;
  if (!seat) return null;
  const element = document.elements[seat.elementId];
  return [element?.labelEn ?? '', element?.number ?? '', seat.label].join('|');
}

export const placeCardContent = (document: EventDocument, card: PlaceCard, options: FaceOptions, hasFlag: HasFlag) => ({
  honorific: card.honorific.trim(),
  name: card.name,
  delegation: card.delegationEn,
  vietnamese: vietnameseLine(card.delegationEn, card.delegationVi, options),
  flag: printedFlag(card.flagCode, options, hasFlag),
  place: placement(document, card.seat),
});

export const namePlateContent = (document: EventDocument, plate: NamePlate, options: FaceOptions, hasFlag: HasFlag) => ({
  name: plate.nameEn,
  vietnamese: vietnameseLine(plate.nameEn, plate.nameVi, options),
  flag: printedFlag(plate.flagCode, options, hasFlag),
  place: placement(document, plate.seat),
});
