/**
 * The rehearsal's markers and cues, and the run-of-show export. The fixture's venue points lie
 * on a line 10 m apart (x = 0, 10, 20, 30, 40); the steps last 60, 60, 30, 30, 60 s.
 */
import { describe, expect, it } from 'vitest';
import { emptyHistory, execute } from '../../shared/document/history';
import { applySequencePlan, createRehearsal, logActual, markerPosition, planSequence, sequenceCsv, sequenceTable, sequenceXlsx, updateSlot } from '../../shared/arrival';
import { readFirstSheet } from '../../shared/import/xlsx';
import { ArrivalBuilder } from './arrival-fixtures';

function planned() {
  const b = new ArrivalBuilder(5);
  b.add({ iso3: 'VNM', pinned: 'host' });
  const [fra, bra] = b.add({ iso3: 'FRA' }, { iso3: 'BRA' }) as [string, string];
  const { sequence, steps } = b.sequence({ rule: 'alphabetical' });
  const doc = execute(structuredClone(b.doc), emptyHistory(), applySequencePlan, { plan: planSequence(b.doc, sequence.id), ids: b.ids })!.document;
  const slotOf = (d: string) => Object.values(doc.slots).find((s) => s.delegationId === d)!;
  return { doc, sequence, steps, fra, bra, slotOf, ids: b.ids };
}

const T0 = 8.5 * 3600; // Brazil arrives at 08:30, France at 08:32

describe('markers on the venue map', () => {
  it('interpolate between the venue points by the step times; the escort ends in the holding room', () => {
    const { doc, sequence, bra, fra, slotOf } = planned();
    const r = createRehearsal(doc, sequence.id);
    expect(r.start).toBe(T0);
    expect(r.end).toBe(T0 + 120 + 240);
    const at = (t: number) => r.markersAt(t).map((m) => [m.phase, m.x === null ? null : Math.round(m.x * 100) / 100]);
    expect(at(T0 - 1)).toEqual([['waiting', null], ['waiting', null]]);
    // Brazil: drop-off (x 0) at 0 s -> carpet start (10) at 60 s -> greeting (20) at 120 s -> photo (30) at 150 s -> holding room (40) at 240 s.
    expect(at(T0 + 30)).toEqual([['on-site', 5], ['waiting', null]]);
    // France, 2 min later: 15 s into its drive-in (x 2.5), then 80 s in (between 10 at 60 s and 20 at 120 s: 13.33).
    expect(at(T0 + 135)).toEqual([['on-site', 25], ['on-site', 2.5]]);
    expect(at(T0 + 200)).toEqual([['on-site', 35.56], ['on-site', 13.33]]);
    expect(at(T0 + 240)).toEqual([['done', 40], ['on-site', 20]]);
    expect(r.markersAt(T0 + 130)[0]!.stepId).toBe(Object.values(doc.steps).find((s) => s.kind === 'greeting')!.id);
    expect(markerPosition(doc, sequence.id, slotOf(fra).id, T0 + 120 + 30)).toMatchObject({ delegationId: fra, phase: 'on-site', x: 5 });
    expect(r.markersAt(T0)[0]!.delegationId).toBe(bra);
  });

  it('follow the actual times once logged (live)', () => {
    const { doc, sequence, steps, bra, slotOf } = planned();
    const late = execute(doc, emptyHistory(), logActual, { slotId: slotOf(bra).id, stepId: steps[0]!.id, actualAt: '2025-10-25T08:31:00+07:00' })!.document;
    const r = createRehearsal(late, sequence.id);
    // Arrived at 08:31, the walk still planned for 08:31: on the drop-off until then, then at the carpet start at 08:31.
    expect(r.markersAt(T0 + 30)[0]).toMatchObject({ phase: 'waiting' });
    expect(r.markersAt(T0 + 60)[0]).toMatchObject({ phase: 'on-site', x: 0 });
  });

  it('200 markers a frame', () => {
    const b = new ArrivalBuilder(8);
    const { sequence } = b.sequence({ intervalMin: 1, startTime: '06:00', deadline: null });
    const states = ['FRA', 'BRA', 'JPN', 'KEN', 'DEU', 'ITA', 'ESP', 'IND', 'CHN', 'USA'];
    for (const iso3 of states) b.add({ iso3 });
    const doc = execute(b.doc, emptyHistory(), applySequencePlan, { plan: planSequence(b.doc, sequence.id), ids: b.ids })!.document;
    const r = createRehearsal(doc, sequence.id);
    expect(r.markersAt(6 * 3600 + 150).filter((m) => m.phase === 'on-site')).toHaveLength(3);
  });
});

describe('cues', () => {
  it('say what happens now and next, with the car and the liaison officer at the arrival, in both languages', () => {
    const { doc, sequence, bra, slotOf } = planned();
    const edited = execute(doc, emptyHistory(), updateSlot, { slotId: slotOf(bra).id, fields: { carNumber: 'VIP-03', liaisonOfficer: 'Nguyễn Thị Lan' } })!.document;
    const r = createRehearsal(edited, sequence.id);
    const { now, next } = r.cuesAt(T0 + 10, 'en', 2);
    expect(now.map((c) => c.text)).toEqual(['08:30 — Brazil: motorcade at drop-off point; car VIP-03; liaison officer Nguyễn Thị Lan']);
    // At 08:32 Brazil's greeting and France's arrival begin together: in arrival order.
    expect(next.map((c) => c.text)).toEqual(['08:31 — Brazil: walk on the red carpet from red-carpet-start point', '08:32 — President of Viet Nam greets Brazil at greeting point']);
    expect(r.cuesAt(T0 + 125, 'vi').now.map((c) => c.text)).toEqual([
      '08:32 — President of Viet Nam đón Đoàn Bra-xin tại điểm greeting',
      '08:32 — Đoàn xe Pháp đến điểm drop-off',
    ]);
    expect(r.cues('en')).toHaveLength(10);
  });
});

describe('run-of-show export', () => {
  it('one row per slot in arrival order, each step’s time to the second, actual times, in the reader’s language', () => {
    const { doc, sequence, bra, slotOf, steps } = planned();
    const edited = execute(doc, emptyHistory(), updateSlot, { slotId: slotOf(bra).id, fields: { carNumber: '=HYPERLINK("x")', notes: 'Wheelchair' } })!.document;
    const logged = execute(edited, emptyHistory(), logActual, { slotId: slotOf(bra).id, stepId: steps[0]!.id, actualAt: '2025-10-25T08:30:40+07:00' })!.document;
    const table = sequenceTable(logged, sequence.id, 'en');
    expect(table[0]!.slice(0, 10)).toEqual(['No.', 'Arrival', 'Delegation', 'Head of delegation', 'Entrance', 'Car', 'Liaison officer', 'Escort', 'Greeter', 'Motorcade arrival (drop-off point)']);
    expect(table[1]!.slice(0, 3)).toEqual(['1', '08:30:00', 'Brazil']);
    expect(table[1]!.slice(9, 15)).toEqual(['08:30:00', '08:31:00', '08:32:00', '08:32:30', '08:33:00', '08:30:40']);
    expect(table[2]!.slice(0, 3)).toEqual(['2', '08:32:00', 'France']);
    expect(sequenceTable(logged, sequence.id, 'vi')[0]!.slice(0, 3)).toEqual(['STT', 'Giờ đến', 'Đoàn']);
    const csv = sequenceCsv(logged, sequence.id, 'en');
    expect(csv.startsWith('\uFEFFNo.,Arrival,Delegation')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`); // neutralised, never run by a spreadsheet
  });

  it('as a workbook of text cells with the same rows', async () => {
    const { doc, sequence } = planned();
    const read = await readFirstSheet(await sequenceXlsx(doc, sequence.id, 'vi'));
    expect(read.ok && read.sheet).toBe('Lễ đón');
    expect(read.ok && read.records[1]!.fields.slice(0, 3)).toEqual(['1', '08:30:00', 'Bra-xin']);
  });
});
