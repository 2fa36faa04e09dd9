import { type Language, pickLang } from '../../../shared/i18n/index';
import type { EventDocument } from '../../../shared/model/collections';
import { delegationSheets, guestIndex, signingRows, tablePlans, type DelegationSheet, type IndexRow, type SigningRow, type TablePlan } from '../../../shared/print/lists';
import { referenceStates } from '../reference';
import type { Output } from './jobs';
import type { PrintT } from './messages';

/**
 * The lists as spreadsheet tables (pure): a header row in the reader's language, then one row
 * per line of the printed list, the same texts as the pages. Main writes them as CSV or XLSX
 * (`print:exportList`), neutralising any cell a spreadsheet would run as a formula (= + - @).
 */
export type SheetTable = string[][];

/** The alphabetical guest index: name, delegation, hall, table or block, seat. */
export function guestIndexTable(rows: readonly IndexRow[], t: PrintT): SheetTable {
  return [[t('colName'), t('colDelegation'), t('colHall'), t('colPlace'), t('colSeat')], ...rows.map((r) => [r.name, r.delegation, r.hall, r.place, r.seat])];
}

/** Table plans of a hall: every seat of every table in seat order, who sits there, the table's host marked. */
export function tablePlansTable(plans: readonly TablePlan[], t: PrintT): SheetTable {
  const header = [t('colPlace'), t('colSeat'), t('colName'), t('legendHost'), `${t('colDelegation')} (English)`, `${t('colDelegation')} (Tiếng Việt)`];
  return [header, ...plans.flatMap((plan) => plan.rows.map((r) => [plan.name, r.seat, r.name, r.host ? t('yes') : '', r.delegation[0], r.delegation[1]]))];
}

/** The signing order of a hall: position, delegation in both languages, who signs and their title. */
export function signingTable(rows: readonly SigningRow[], t: PrintT): SheetTable {
  return [
    [t('colPosition'), `${t('colDelegation')} (English)`, `${t('colDelegation')} (Tiếng Việt)`, t('colSignatory'), t('colTitle')],
    ...rows.map((r) => [String(r.position), r.delegationEn, r.delegationVi, r.signatory, r.title]),
  ];
}

/**
 * The delegation sheets: one row per member and hall they sit in (someone seated nowhere: one
 * row, "not seated"), delegations in UN order, members in the delegation's order; the
 * delegation, hall and title in the reader's language.
 */
export function delegationSheetsTable(sheets: readonly DelegationSheet[], t: PrintT, lang: Language): SheetTable {
  const pick = (both: readonly [string, string]) => pickLang(lang, { vi: both[1], en: both[0] });
  return [
    [t('colDelegation'), t('colName'), t('colRole'), t('colTitle'), t('colHall'), t('colPlace'), t('colSeat')],
    ...sheets.flatMap((sheet) => sheet.rows.map((r) => [pick(sheet.name), r.name, t(r.role === 'head' ? 'colHead' : 'roleMember'), pick(r.title), pick(r.hall), r.place, r.seat])),
  ];
}

/**
 * The table of a list output as the Printing screen shows it (the hall's, for table plans and a
 * signing order); null when it has none (no hall, not a signing hall, not a list).
 */
export function listTable(document: EventDocument, output: Output, hallId: string | null, ctx: { t: PrintT; lang: Language; collator: Intl.Collator }): SheetTable | null {
  const { t, lang } = ctx;
  switch (output) {
    case 'index':
      return guestIndexTable(guestIndex(document, lang, t('notSeated'), ctx.collator), t);
    case 'table-plans':
      return hallId && document.halls[hallId] ? tablePlansTable(tablePlans(document, hallId, lang), t) : null;
    case 'delegation-sheets':
      return delegationSheetsTable(delegationSheets(document, lang, t('notSeated')), t, lang);
    case 'signing': {
      const rows = hallId && document.halls[hallId] ? signingRows(document, hallId, lang, referenceStates()) : null;
      return rows ? signingTable(rows, t) : null;
    }
    default:
      return null;
  }
}
