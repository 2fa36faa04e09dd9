import type { EventDocument } from '../model/collections';
import { type Language, pickLang } from '../i18n/index';
import { csvText } from '../import/csv';
import { xlsxBytes } from '../import/xlsx';
import { describeArrival, stepLabel } from './messages';
import { headNames, sequenceOf, slotsOf, stepsOf, timesBySlot } from './model';
import { sequenceClock, type DayClock } from './time';

/** "08:31:15", with " (+1)" on the next day: a run-of-show is read to the second. */
function cellTime(clock: DayClock, iso: string): string {
  const s = clock.toSeconds(iso);
  const label = clock.label(s);
  return `${clock.toIso(s).slice(11, 19)}${label.slice(5)}`;
}

/**
 * The run-of-show of a sequence as rows of text, header first, in arrival order: order, arrival,
 * delegation, head of delegation, entrance, car, liaison officer, escort, greeter, the planned
 * time of each step (named with its venue point), the actual times logged, notes. In the
 * reader's language; cells are text (the CSV and XLSX writers neutralise formula-like ones).
 */
export function sequenceTable(document: EventDocument, sequenceId: string, lang: Language): string[][] {
  sequenceOf(document, sequenceId);
  const clock = sequenceClock(document, sequenceId);
  const steps = stepsOf(document, sequenceId);
  const times = timesBySlot(document);
  const heads = headNames(document);
  const t = (key: Parameters<typeof describeArrival>[0]['key'], params: Record<string, string> = {}) => describeArrival({ key, params }, lang);
  const stepName = (i: number) => {
    const point = steps[i]!.venuePointId ? document.venuePoints[steps[i]!.venuePointId!] : undefined;
    const step = stepLabel(steps[i]!.kind, lang);
    return point ? t('col-step', { step, point: pickLang(lang, { vi: point.nameVi, en: point.nameEn }) }) : step;
  };
  const header = [
    t('col-order'), t('col-arrival'), t('col-delegation'), t('col-head'), t('col-entrance'), t('col-car'), t('col-liaison'), t('col-escort'), t('col-greeter'),
    ...steps.map((_, i) => stepName(i)),
    ...steps.map((s) => t('col-actual', { step: stepLabel(s.kind, lang) })),
    t('col-notes'),
  ];
  const rows = slotsOf(document, sequenceId).map((slot, n) => {
    const own = times.get(slot.id);
    const planned = steps.map((s) => (own?.get(s.id) ? cellTime(clock, own.get(s.id)!.plannedAt) : ''));
    const actual = steps.map((s) => (own?.get(s.id)?.actualAt ? cellTime(clock, own.get(s.id)!.actualAt!) : ''));
    const d = document.delegations[slot.delegationId];
    const greeter = slot.greeterId ? document.greeters[slot.greeterId] : undefined;
    return [
      String(n + 1), planned[0] ?? '', d ? pickLang(lang, { vi: d.nameVi, en: d.nameEn }) : slot.delegationId, heads.get(slot.delegationId) ?? '',
      slot.entrance, slot.carNumber, slot.liaisonOfficer, slot.escort, greeter?.name ?? '',
      ...planned, ...actual, slot.notes,
    ];
  });
  return [header, ...rows];
}

/** The run-of-show as CSV (UTF-8 with BOM, CRLF; formula-like cells neutralised, as every export). */
export function sequenceCsv(document: EventDocument, sequenceId: string, lang: Language): string {
  return csvText(sequenceTable(document, sequenceId, lang));
}

/** The run-of-show as an Excel workbook of text cells (never formulas), one sheet. */
export function sequenceXlsx(document: EventDocument, sequenceId: string, lang: Language): Promise<Uint8Array> {
  const rows = sequenceTable(document, sequenceId, lang);
  const widths = rows[0]!.map((_, c) => Math.min(50, Math.max(8, ...rows.map((r) => (r[c] ?? '').length + 2))));
  return xlsxBytes([{ name: describeArrival({ key: 'sheet-name', params: {} }, lang), rows, widths }]);
}
