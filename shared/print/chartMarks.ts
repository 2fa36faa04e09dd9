import type { EventDocument } from '../model/collections';
import type { Delegation } from '../model/entities';
import { byId, byUnName, thenBy } from '../compare';

/**
 * What a chart says of each delegation seated in the hall (pure): its number on the chart's key
 * (UN alphabetical order of the hall's delegations), its code (ISO 3166 alpha-3, else the
 * organization's code), its short name and its names in both languages. Where each goes and
 * which of them fits is the renderer's layout (renderer/src/printing/chartLabels.ts).
 */

/** A delegation on the chart's key: its number (UN alphabetical order of the hall's delegations), code and names. */
export type Mark = { delegationId: string; number: number; code: string; short: string; nameEn: string; nameVi: string };

/** "Bolivia (Plurinational State of)" → "Bolivia": the UN short name without its bracketed part. */
export const abbreviate = (name: string) => name.replace(/\s*\(.*\)\s*$/, '').trim() || name;

export function delegationMarks(document: EventDocument, delegationIds: Iterable<string>): Mark[] {
  return [...new Set(delegationIds)]
    .flatMap((id) => (document.delegations[id] ? [document.delegations[id]!] : []))
    .sort(thenBy<Delegation>(byUnName((d) => d.nameEn), byId))
    .map((d, i) => ({ delegationId: d.id, number: i + 1, code: d.iso3 ?? d.orgCode ?? '', short: abbreviate(d.nameEn), nameEn: d.nameEn, nameVi: d.nameVi }));
}
