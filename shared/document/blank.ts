import { emptyDocument, type EventDocument } from '../model/collections';
import type { IdFactory } from '../ids';

/** A new, empty event: one event row, named in both languages, dated today (local date). */
export function blankDocument(ids: IdFactory, today: string): EventDocument {
  const document = emptyDocument();
  const id = ids();
  document.events[id] = {
    id,
    nameEn: 'New event',
    nameVi: 'Sự kiện mới',
    venueEn: '',
    venueVi: '',
    startsOn: today,
    endsOn: today,
    timeZone: 'Asia/Ho_Chi_Minh',
    hostIso3: 'VNM',
  };
  return document;
}
