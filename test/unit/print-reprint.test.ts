import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../renderer/src/i18n/format';
import { buildJob, type JobSpec } from '../../renderer/src/printing/jobs';
import type { Measure } from '../../renderer/src/printing/layout';
import { printT } from '../../renderer/src/printing/messages';
import { pageSize, PAPERS } from '../../renderer/src/printing/paper';
import type { PrintLogEntry } from '../../renderer/src/printing/printLog';
import { printedFlag } from '../../renderer/src/printing/reprint';
import { emptyHistory, execute } from '../../shared/document/history';
import { seededIds } from '../../shared/ids';
import type { EventDocument } from '../../shared/model/collections';
import { applySeating, lateChangeDiff } from '../../shared/seating';
import { SAMPLE_SEED, buildSampleDocument } from '../../shared/sample/hanoi2025';
import { referenceData } from '../../resources/reference/load';

/**
 * "Only what changed since the last print" (issue 13, item 6): a card is out of date only when
 * what it prints changed — its texts, its flag, and the seat it is put on — as the re-seat diff
 * says; never because of an option that prints nothing on it, nor an id that is not printed.
 */
const sample = buildSampleDocument(referenceData, seededIds(SAMPLE_SEED));
const banquet = Object.values(sample.halls).find((h) => h.kind === 'banquet')!;
const plenary = Object.values(sample.halls).find((h) => h.kind === 'plenary')!;
const half: Measure = (text) => text.length * 0.5;
type Face = { flags: boolean; vietnamese: boolean };

function cardsJob(doc: EventDocument, hallId: string, face: Face, log: PrintLogEntry[], output: 'place-cards' | 'name-plates' = 'place-cards') {
  const spec: JobSpec = {
    output, hallId, sequenceId: null, size: pageSize(PAPERS.A4, false), stock: 'card-100x70', cards: face, onlyChanged: log.length > 0,
    stamp: { status: 'draft', revision: 1, printedAt: new Date('2025-10-25T08:00:00Z') }, chart: { mode: 'fit' },
  };
  return buildJob(doc, spec, log, { t: printT('en'), i18n: translatorFor('en'), measure: half });
}
/** The print log after printing every card of the hall with these options. */
function printed(doc: EventDocument, hallId: string, face: Face, output: 'place-cards' | 'name-plates' = 'place-cards'): PrintLogEntry[] {
  const kind = output === 'place-cards' ? 'place-card' : 'name-plate';
  return [{ kind, hallId, at: '2025-10-25T08:00:00.000Z', status: 'draft', revision: 1, action: 'pdf', items: cardsJob(doc, hallId, face, [], output).items }];
}
const listed = (job: ReturnType<typeof cardsJob>) => new Set((job.changed ?? []).map((c) => c.id));
const hostHead = (doc: EventDocument) => Object.values(doc.people).find((p) => p.role === 'head' && doc.delegations[p.delegationId]!.pinnedRole === 'host')!;

describe('only what changed since the last print', () => {
  it('after a late change lists exactly the cards the re-seat diff says are out of date, not the host', () => {
    const face = { flags: true, vietnamese: true };
    const log = printed(sample, banquet.id, face);
    // A late change: a president sends a minister; the banquet is re-seated.
    const after = structuredClone(sample);
    const seated = new Set(Object.values(sample.assignments).filter((a) => a.hallId === banquet.id).map((a) => a.personId));
    const head = Object.values(after.people).find((p) => p.role === 'head' && p.rank === 'head-of-state' && seated.has(p.id) && after.delegations[p.delegationId]!.pinnedRole === 'none')!;
    head.rank = 'minister';
    const { plan, diff } = lateChangeDiff(sample, after, banquet.id);
    const reseated = execute(after, emptyHistory(), applySeating, { hallId: banquet.id, plan, ids: seededIds(7) })!.document;
    const outdated = new Set(diff.outdated.filter((o) => o.kind === 'place-card').map((o) => o.id));
    expect(diff.moves.length).toBeGreaterThan(1);
    expect(outdated.size).toBe(diff.moves.length);

    const job = cardsJob(reseated, banquet.id, face, log);
    expect(listed(job)).toEqual(outdated);
    expect(listed(job).has(hostHead(reseated).id)).toBe(false);
    expect(job.pages.length).toBe(Math.ceil(outdated.size / 4));
  });

  it('a card whose Vietnamese name is its English one, or without a flag, is not out of date when that option changes', () => {
    // Every state has a Vietnamese form in the reference; an organisation known by its English
    // name (or a name the officer kept in English) prints no second line.
    const doc = structuredClone(sample);
    const firstCard = cardsJob(doc, banquet.id, { flags: true, vietnamese: false }, []).items[0]!.id;
    const english = doc.delegations[doc.people[firstCard]!.delegationId]!;
    english.nameVi = english.nameEn;
    const log = printed(doc, banquet.id, { flags: true, vietnamese: false });
    const cards = cardsJob(doc, banquet.id, { flags: true, vietnamese: false }, []).items.map((i) => i.id);
    const withVietnameseLine = (personId: string) => {
      const d = doc.delegations[doc.people[personId]!.delegationId]!;
      return d.nameVi.trim() !== '' && d.nameVi !== d.nameEn;
    };
    const job = cardsJob(doc, banquet.id, { flags: true, vietnamese: true }, log);
    // Only the cards that now print a Vietnamese line are new cards.
    expect(listed(job)).toEqual(new Set(cards.filter(withVietnameseLine)));
    expect(listed(job).has(firstCard)).toBe(false);

    // Flags off: only the cards that had a flag on them change.
    const noFlag = structuredClone(doc);
    const someone = cards.find((id) => id !== firstCard)!;
    noFlag.delegations[noFlag.people[someone]!.delegationId]!.flagCode = null;
    const flagLog = printed(noFlag, banquet.id, { flags: true, vietnamese: false });
    const flagless = cardsJob(noFlag, banquet.id, { flags: false, vietnamese: false }, flagLog);
    expect(listed(flagless).has(someone)).toBe(false);
    const flagPrinted = (id: string) => printedFlag(noFlag.delegations[noFlag.people[id]!.delegationId]!.flagCode, { flags: true, vietnamese: false }) !== null;
    expect(listed(flagless)).toEqual(new Set(cards.filter(flagPrinted)));
    expect(cards.filter(flagPrinted).length).toBeGreaterThan(cards.length / 2);
  });

  it('ids that are not printed and positions in the list do not outdate a card; a new name or honorific does', () => {
    const face = { flags: true, vietnamese: true };
    const log = printed(sample, banquet.id, face);
    const doc = structuredClone(sample);
    // The hall's seats rebuilt with new ids (same tables, same labels), people reordered in their delegation.
    const assignments = Object.values(doc.assignments).filter((a) => a.hallId === banquet.id);
    for (const a of assignments) {
      const seat = doc.seats[a.seatId]!;
      const copy = { ...seat, id: `new-${seat.id}` };
      delete doc.seats[seat.id];
      doc.seats[copy.id] = copy;
      a.seatId = copy.id;
    }
    for (const p of Object.values(doc.people)) p.order = -p.order;
    expect(listed(cardsJob(doc, banquet.id, face, log))).toEqual(new Set());

    const renamed = assignments[3]!.personId;
    doc.people[renamed]!.name = 'Élise Marchetti-Đoàn';
    const honoured = assignments[5]!.personId;
    doc.people[honoured]!.honorific = 'H.E.';
    if (sample.people[honoured]!.honorific === 'H.E.') doc.people[honoured]!.honorific = 'Dr.';
    expect(listed(cardsJob(doc, banquet.id, face, log))).toEqual(new Set([renamed, honoured]));
  });

  it('name plates: a plate for a delegation whose names print the same is not reprinted', () => {
    const face = { flags: true, vietnamese: false };
    const log = printed(sample, plenary.id, face, 'name-plates');
    const job = cardsJob(sample, plenary.id, { flags: true, vietnamese: true }, log, 'name-plates');
    const plates = cardsJob(sample, plenary.id, face, [], 'name-plates').items.map((i) => i.id);
    const differs = (id: string) => sample.delegations[id]!.nameVi !== sample.delegations[id]!.nameEn;
    expect(listed(job)).toEqual(new Set(plates.filter(differs)));
  });
});
