import { bySortKey } from '../compare';
import type { EventDocument } from '../model/collections';
import type { Hall } from '../model/entities';

const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');

/**
 * A hall by its id, or by its English or Vietnamese name (case and surrounding spaces ignored,
 * accents kept: "Phòng tiệc" is not "Phong tiec"); null when none matches. Two halls of the same
 * name: the first in the halls' order.
 */
export function findHall(document: EventDocument, query: string): Hall | null {
  const byId = document.halls[query.trim()];
  if (byId) return byId;
  const wanted = fold(query);
  const halls = Object.values(document.halls).sort(bySortKey);
  return halls.find((h) => fold(h.nameEn) === wanted || fold(h.nameVi) === wanted) ?? null;
}
