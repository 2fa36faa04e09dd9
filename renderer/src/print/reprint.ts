import type { EventDocument } from '../../../shared/model/collections';
import type { NamePlate, PlaceCard } from './data';
import { flagUrl } from './flags';
import { contentHash } from './printLog';
import { printsVietnameseName } from '../../../shared/seating/print-check';

/**
 * When a printed card or plate is out of date: only when what it PRINTS changed — its texts,
 * its flag, and where it is put (the table and the seat as their labels say: a card for another
 * seat is a card to redo, as the re-seat diff says) — never its position in the list, an id
 * that is not printed, or an option that prints nothing on it (the Vietnamese name of a state
 * whose Vietnamese name is its English one; the flag of a delegation that has none). The faces
 * (Cards.tsx) draw from these same functions, so what is compared is what is drawn.
 */

/** What the face shows of the two options. */
export type FaceOptions = { flags: boolean; vietnamese: boolean };

/** The Vietnamese line a card or plate prints: asked for, and not the English name again (else none). */
export const vietnameseLine = (en: string, vi: string, options: FaceOptions): string | null =>
  options.vietnamese && printsVietnameseName(en, vi) ? vi : null;

/** The flag a card or plate prints: asked for, and one there is (else none). */
export const printedFlag = (code: string | null, options: FaceOptions): string | null => (options.flags && flagUrl(code) ? code : null);

/** Where a card or plate is put, by what the seat's labels say (a hall rebuilt with new seat ids but the same labels is the same place). */
function placement(document: EventDocument, seatId: string | null): string | null {
  const seat = seatId ? document.seats[seatId] : undefined;
  if (!seat) return null;
  const element = document.elements[seat.elementId];
  return [element?.labelEn ?? '', element?.number ?? '', seat.label].join('|');
}

export const placeCardContent = (document: EventDocument, card: PlaceCard, options: FaceOptions) => ({
  honorific: card.honorific.trim(),
  name: card.name,
  delegation: card.delegationEn,
  vietnamese: vietnameseLine(card.delegationEn, card.delegationVi, options),
  flag: printedFlag(card.flagCode, options),
  place: placement(document, card.seat),
});

export const namePlateContent = (document: EventDocument, plate: NamePlate, options: FaceOptions) => ({
  name: plate.nameEn,
  vietnamese: vietnameseLine(plate.nameEn, plate.nameVi, options),
  flag: printedFlag(plate.flagCode, options),
  place: placement(document, plate.seat),
});

/** The hash the print log keeps for a card or plate: of its printed content only. */
export const cardHash = (document: EventDocument, item: PlaceCard | NamePlate, options: FaceOptions): string =>
  contentHash('delegationEn' in item ? placeCardContent(document, item, options) : namePlateContent(document, item, options));
