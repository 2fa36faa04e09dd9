/**
 * The arrival engine on small hand-built events (arrival-fixtures.ts): every expected order and
 * time below is worked out on paper from the rules, the template (drive-in 60 s, walk 60 s,
 * greeting 30 s, photo 30 s, escort 60 s: 4 min from the drop-off to the holding room) and the
 * options, not copied from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import { referenceData } from '../../resources/reference/load';
import { emptyHistory, execute, undo } from '../../shared/document/history';
import {
  ArrivalError, applySequencePlan, describeArrival, describeConflict, diffSequence, documentWithPlan, planConflicts, planDelay, planFromActual, planSequence,
  sequenceConflicts, type SequencePlan,
} from '../../shared/arrival';
import type { EventDocument } from '../../shared/model/collections';
import { ArrivalBuilder, namesOf, wall, type SequenceSpec } from './arrival-fixtures';

/** Host Viet Nam; France and Brazil heads of state, Japan head of government, Kenya a minister, the UN. */
function fiveGuests(spec: SequenceSpec = {}) {
  const b = new ArrivalBuilder();
  b.add({ iso3: 'VNM', pinned: 'host' });
  const [fra, bra, jpn, ken, un] = b.add(
    { iso3: 'FRA', rank: 'head-of-state' },
    { iso3: 'BRA', rank: 'head-of-state' },
    { iso3: 'JPN', rank: 'head-of-government' },
    { iso3: 'KEN', rank: 'minister' },
    { org: 'UN' },
  ) as [string, string, string, string, string];
  const s = b.sequence(spec);
  return { b, doc: b.doc, ...s, fra, bra, jpn, ken, un };
}

const order = (doc: EventDocument, plan: SequencePlan) => namesOf(doc, plan.slots.map((p) => p.delegationId));
const starts = (plan: SequencePlan) => plan.slots.map((p) => wall(p.times[0]!.plannedAt));

function applied(doc: EventDocument, plan: SequencePlan, seed = 99) {
  let n = seed * 1000;
  const ids = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  // A copy: immer freezes what it shares with its result, and the tests edit the documents they build.
  return execute(structuredClone(doc), emptyHistory(), applySequencePlan, { plan, ids })!;
}

describe('generation, one rule at a time', () => {
  it('reverse precedence: the highest-ranking arrives last, every 2 min from 08:30', () => {
    const { doc, sequence } = fiveGuests();
    const plan = planSequence(doc, sequence.id);
    // Precedence (host excluded): Brazil, France (heads of state, UN alphabetical from the lot AFG),
    // Japan (head of government), Kenya (minister), then the United Nations (organizations last).
    expect(order(doc, plan)).toEqual(['United Nations', 'Kenya', 'Japan', 'France', 'Brazil']);
    expect(starts(plan)).toEqual(['08:30:00', '08:32:00', '08:34:00', '08:36:00', '08:38:00']);
    // Brazil's steps: the drop-off at 08:38, walk 08:39, greeting 08:40, photo 08:40:30, escort 08:41, in the holding room 08:42.
    expect(plan.slots[4]!.times.map((t) => t.plannedAt)).toEqual([
      '2025-10-25T08:38:00+07:00', '2025-10-25T08:39:00+07:00', '2025-10-25T08:40:00+07:00', '2025-10-25T08:40:30+07:00', '2025-10-25T08:41:00+07:00',
    ]);
    expect(plan.impossible).toBeNull();
    expect(describeArrival(plan.explanation[0]!, 'en')).toBe('Order: reverse precedence, the highest-ranking delegation arriving last (5 delegations).');
    expect(plan.explanation.map((r) => describeArrival(r, 'vi'))).toContain('Đoàn đầu tiên đến lúc 08:30, cách nhau 2 phút; khách cuối cùng vào phòng chờ lúc 08:42.');
  });

  it('precedence: the highest-ranking first', () => {
    const { doc, sequence } = fiveGuests({ rule: 'precedence' });
    expect(order(doc, planSequence(doc, sequence.id))).toEqual(['Brazil', 'France', 'Japan', 'Kenya', 'United Nations']);
  });

  it('alphabetical: UN English short names, states then organizations', () => {
    const { doc, sequence } = fiveGuests();
    expect(order(doc, planSequence(doc, sequence.id, { rule: 'alphabetical' }))).toEqual(['Brazil', 'France', 'Japan', 'Kenya', 'United Nations']);
  });

  it('by lot: UN alphabetical from the country drawn, wrapping around; a lot country not attending is placed by its name', () => {
    const { doc, sequence } = fiveGuests({ rule: 'lot' });
    expect(order(doc, planSequence(doc, sequence.id, { lot: 'JPN' }))).toEqual(['Japan', 'Kenya', 'Brazil', 'France', 'United Nations']);
    // Germany does not attend: from G, so Japan first; France wraps around after Brazil.
    const germany = planSequence(doc, sequence.id, { lot: 'DEU', states: referenceData.states });
    expect(order(doc, germany)).toEqual(['Japan', 'Kenya', 'Brazil', 'France', 'United Nations']);
    expect(describeArrival(germany.explanation[0]!, 'vi')).toBe(
      'Thứ tự: theo thứ tự chữ cái của Liên hợp quốc tính từ nước bốc thăm Đức, hết danh sách thì quay lại từ đầu (5 đoàn).',
    );
    // Without the lot setting the event's own lot (AFG, before every name) applies: plain alphabetical.
    expect(order(doc, planSequence(doc, sequence.id))).toEqual(['Brazil', 'France', 'Japan', 'Kenya', 'United Nations']);
  });

  it('waves: heads of state and government last as a group, ministers and organizations before, 5 min between waves', () => {
    const { doc, sequence } = fiveGuests({
      settings: {
        waves: [
          { nameEn: 'Organizations', nameVi: 'Các tổ chức', members: ['organization'] },
          { nameEn: 'Ministers', nameVi: 'Các Bộ trưởng', members: ['minister'] },
          { nameEn: 'Leaders', nameVi: 'Lãnh đạo', members: ['head-of-state', 'head-of-government'] },
        ],
        waveGapMin: 5,
      },
    });
    const plan = planSequence(doc, sequence.id);
    expect(order(doc, plan)).toEqual(['United Nations', 'Kenya', 'Japan', 'France', 'Brazil']);
    // 08:30 UN; +2 +5 -> 08:37 Kenya; +2 +5 -> 08:44 Japan; 08:46 France; 08:48 Brazil.
    expect(starts(plan)).toEqual(['08:30:00', '08:37:00', '08:44:00', '08:46:00', '08:48:00']);
    expect(plan.slots.map((p) => p.wave)).toEqual([0, 1, 2, 2, 2]);
  });

  it('back from the deadline: the last guest is in the holding room at 09:00 less the end buffer', () => {
    const { doc, sequence } = fiveGuests({ settings: { anchor: 'end', endBufferMin: 2 } });
    const plan = planSequence(doc, sequence.id);
    // 5 arrivals 2 min apart span 8 min, plus 4 min of steps: 12 min before 08:58 -> 08:46.
    expect(starts(plan)).toEqual(['08:46:00', '08:48:00', '08:50:00', '08:52:00', '08:54:00']);
    expect(plan.slots.at(-1)!.end - plan.slots[0]!.start).toBe(12 * 60);
    expect(plan.impossible).toBeNull();
  });

  it('spaces arrivals by the minimum gap when the interval is shorter, and says so', () => {
    const { doc, sequence } = fiveGuests({ intervalMin: 0.5, minGapMin: 1.5 });
    const plan = planSequence(doc, sequence.id);
    expect(starts(plan)).toEqual(['08:30:00', '08:31:30', '08:33:00', '08:34:30', '08:36:00']);
    expect(plan.explanation.map((r) => describeArrival(r, 'en'))).toContain('Arrivals 1.5 min apart, not 0.5: the minimum gap at the drop-off is 1.5 min.');
  });

  it('refuses an unknown sequence, a sequence without steps, a start time missing', () => {
    const { doc, sequence } = fiveGuests({ startTime: null });
    expect(() => planSequence(doc, 'nope')).toThrow('No arrival sequence is called “nope”. The sequences: Official welcome / Lễ đón chính thức.');
    expect(() => planSequence(doc, sequence.id)).toThrow(ArrivalError);
    try {
      planSequence(doc, sequence.id);
    } catch (err) {
      expect((err as ArrivalError).messageIn('vi')).toBe('Lễ đón chính thức chưa có giờ bắt đầu: hãy nhập giờ bắt đầu, hoặc giờ kết thúc để tính ngược.');
    }
  });
});

describe('deadlines that cannot be met', () => {
  function many(count: number, spec: SequenceSpec = {}) {
    const b = new ArrivalBuilder();
    b.add({ iso3: 'VNM', pinned: 'host' });
    const states = referenceData.states.filter((s) => s.iso3 !== 'VNM' && s.status === 'member-state').slice(0, count);
    b.add(...states.map((s) => ({ iso3: s.iso3, rank: 'head-of-state' as const })));
    const { sequence } = b.sequence(spec);
    return { doc: b.doc, sequence };
  }

  it('40 arrivals every 2 min from 08:30 cannot end by 09:00: 52 min late, and no interval fits', () => {
    const { doc, sequence } = many(40);
    const plan = planSequence(doc, sequence.id);
    // The 40th arrives 39 x 2 = 78 min after 08:30, at 09:48, and is in the holding room at 09:52.
    expect(plan.impossible).toEqual({ deadline: '09:00', endsAt: '09:52', overByS: 52 * 60, maxIntervalMin: null });
    // 30 min less 4 min of steps leaves 26 min for 39 intervals: 40 s, under the 1 min minimum gap.
    expect(describeArrival(plan.explanation.at(-1)!, 'en')).toBe(
      'The deadline cannot be met: the last guest reaches the holding room at 09:52, 52 min after 09:00. No interval fits: start earlier, or move delegations to another sequence.',
    );
    expect(describeArrival(plan.explanation.at(-1)!, 'vi')).toContain('chậm 52 phút so với 09:00');
  });

  it('20 arrivals every 2 min: 12 min late; at most 1.36 min between arrivals would fit', () => {
    const { doc, sequence } = many(20);
    const plan = planSequence(doc, sequence.id);
    // Last arrival 08:30 + 38 min = 09:08, holding room 09:12. Fit: (1800 - 240) / 19 = 82.1 s -> 82 s = 1.36 min.
    expect(plan.impossible).toEqual({ deadline: '09:00', endsAt: '09:12', overByS: 12 * 60, maxIntervalMin: 1.36 });
    const fits = planSequence(doc, sequence.id, { intervalMin: 82 / 60 });
    expect(fits.impossible).toBeNull();
    expect(fits.slots.at(-1)!.end).toBeLessThanOrEqual(9 * 3600);
  });

  it('planning back from the end before the start time is reported the same way', () => {
    const { doc, sequence } = many(20, { settings: { anchor: 'end' } });
    const plan = planSequence(doc, sequence.id);
    // 38 min of intervals + 4 min of steps = 42 min before 09:00: 08:18, 12 min before 08:30.
    expect(plan.impossible).toMatchObject({ overByS: 12 * 60, maxIntervalMin: 1.36 });
    expect(describeArrival(plan.explanation.at(-1)!, 'en')).toBe(
      'To end by 09:00, the first arrival would be at 08:18, 12 min before the start time 08:30. An interval of at most 1.36 min between arrivals would fit.',
    );
  });
});

describe('apply and diff', () => {
  it('a first plan creates one slot per delegation with its five times, stores the options, and undoes in one step', () => {
    const { doc, sequence, greeter } = fiveGuests();
    const plan = planSequence(doc, sequence.id, { rule: 'precedence', intervalMin: 3 });
    const diff = diffSequence(doc, sequence.id, plan);
    expect(diff.added).toHaveLength(5);
    expect(diff.moves.map((m) => [m.fromTime, wall(m.toTime)])).toEqual([
      [null, '08:30:00'], [null, '08:33:00'], [null, '08:36:00'], [null, '08:39:00'], [null, '08:42:00'],
    ]);
    const step = applied(doc, plan);
    expect(Object.values(step.document.slots)).toHaveLength(5);
    expect(Object.values(step.document.slotTimes)).toHaveLength(25);
    expect(Object.values(step.document.slots).every((s) => s.greeterId === greeter.id)).toBe(true);
    expect(step.document.sequences[sequence.id]).toMatchObject({ rule: 'precedence', intervalMin: 3 });
    expect(step.history.past).toHaveLength(1);
    const back = undo(step.document, step.history)!;
    expect(back.document).toEqual(doc);
    // Planning again the same way: nothing to change.
    expect(diffSequence(step.document, sequence.id, planSequence(step.document, sequence.id))).toEqual({ sequenceId: sequence.id, moves: [], added: [], removed: [] });
  });

  it('a changed rule moves the slots it reorders and keeps their fields', () => {
    const { doc, sequence, fra } = fiveGuests();
    const first = structuredClone(applied(doc, planSequence(doc, sequence.id)).document);
    const slotFra = Object.values(first.slots).find((s) => s.delegationId === fra)!;
    first.slots[slotFra.id] = { ...slotFra, carNumber: 'VIP-07', liaisonOfficer: 'Nguyễn Văn An' };
    const plan = planSequence(first, sequence.id, { rule: 'precedence' });
    const diff = diffSequence(first, sequence.id, plan);
    // Reverse UN, Kenya, Japan, France, Brazil -> Brazil, France, Japan, Kenya, UN: Japan stays at 08:34.
    expect(namesOf(first, diff.moves.map((m) => m.delegationId))).toEqual(['Brazil', 'France', 'Kenya', 'United Nations']);
    expect(diff.moves.find((m) => m.delegationId === fra)).toMatchObject({ fromOrder: 3, toOrder: 1, shiftS: -4 * 60 });
    const after = applied(first, plan).document;
    expect(after.slots[slotFra.id]).toMatchObject({ carNumber: 'VIP-07', liaisonOfficer: 'Nguyễn Văn An', order: 1 });
  });

  it('the conflict preview sees exactly the document the command would write', () => {
    const { doc, sequence, jpn } = fiveGuests();
    const first = applied(doc, planSequence(doc, sequence.id)).document;
    const delay = planDelay(first, sequence.id, jpn, 5, 'ripple');
    expect(documentWithPlan(first, delay.plan)).toEqual(applied(first, delay.plan).document);
  });

  it('a stale plan is refused and changes nothing', () => {
    const { doc, sequence } = fiveGuests();
    const plan = planSequence(doc, sequence.id);
    const other = structuredClone(doc);
    delete other.delegations[plan.slots[0]!.delegationId];
    expect(() => applied(other, plan)).toThrow('The arrival plan is out of date');
  });
});

/** The fixture planned and applied: UN 08:30, Kenya 08:32, Japan 08:34, France 08:36, Brazil 08:38. */
function planned(spec: SequenceSpec = {}) {
  const f = fiveGuests(spec);
  const doc = structuredClone(applied(f.doc, planSequence(f.doc, f.sequence.id)).document); // mutable, for the tests' edits
  const slotOf = (delegationId: string) => Object.values(doc.slots).find((s) => s.delegationId === delegationId)!;
  const timeOf = (d: EventDocument, delegationId: string, stepIndex = 0) =>
    wall(Object.values(d.slotTimes).find((t) => t.slotId === slotOf(delegationId).id && t.stepId === f.steps[stepIndex]!.id)!.plannedAt);
  return { ...f, doc, slotOf, timeOf };
}

describe('conflicts, one of each', () => {
  it('a clean plan has none', () => {
    const { doc } = planned();
    expect(sequenceConflicts(doc)).toEqual([]);
  });

  it('two arrivals at one drop-off closer than the minimum gap', () => {
    const { doc, sequence, jpn, ken, slotOf, steps } = planned();
    // Japan's car moved from 08:34 to 08:32:30, 30 s after Kenya's (08:32); the minimum gap is 1 min.
    const t = Object.values(doc.slotTimes).find((x) => x.slotId === slotOf(jpn).id && x.stepId === steps[0]!.id)!;
    doc.slotTimes[t.id] = { ...t, plannedAt: '2025-10-25T08:32:30+07:00' };
    const conflicts = sequenceConflicts(doc).filter((c) => c.key === 'conflict-min-gap');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ severity: 'error', sequenceId: sequence.id, delegationIds: [ken, jpn] });
    expect(describeConflict(conflicts[0]!, 'en')).toBe('Kenya (08:32) and Japan (08:32:30) arrive at drop-off point 0.5 min apart; the minimum gap is 1 min.');
    expect(describeConflict(conflicts[0]!, 'vi')).toBe('Đoàn Kê-ni-a (08:32) và đoàn Nhật Bản (08:32:30) đến điểm drop-off cách nhau 0,5 phút; khoảng cách tối thiểu là 1 phút.');
  });

  it('arrivals at two entrances are at two drop-offs: no gap conflict between them', () => {
    const { doc, jpn, ken, slotOf, steps } = planned();
    const t = Object.values(doc.slotTimes).find((x) => x.slotId === slotOf(jpn).id && x.stepId === steps[0]!.id)!;
    doc.slotTimes[t.id] = { ...t, plannedAt: '2025-10-25T08:32:30+07:00' };
    doc.slots[slotOf(ken).id] = { ...slotOf(ken), entrance: 'Gate B' };
    expect(sequenceConflicts(doc).filter((c) => c.key === 'conflict-min-gap')).toEqual([]);
  });

  it('one greeter greeting two delegations at once', () => {
    const { doc, jpn, ken, slotOf, steps } = planned();
    // Japan's greeting moved to 08:34:20, while Kenya's (08:34:00-08:34:30) is under way.
    const t = Object.values(doc.slotTimes).find((x) => x.slotId === slotOf(jpn).id && x.stepId === steps[2]!.id)!;
    expect(wall(t.plannedAt)).toBe('08:36:00');
    doc.slotTimes[t.id] = { ...t, plannedAt: '2025-10-25T08:34:20+07:00' };
    const conflicts = sequenceConflicts(doc).filter((c) => c.key === 'conflict-greeter-overlap');
    expect(conflicts.map((c) => describeConflict(c, 'en'))).toEqual(['President of Viet Nam would be greeting Kenya (08:34) and Japan (08:34:20) at the same time.']);
    expect(conflicts[0]!.delegationIds).toEqual([ken, jpn]);
  });

  it('one greeter, by name, expected in two places at once (two sequences)', () => {
    const f = fiveGuests();
    // A second welcome at another venue, the same greeter (typed differently), heads of state only, from 08:34.
    const side = f.b.sequence({ nameEn: 'Side entrance', nameVi: 'Lối vào phụ', greeter: ' president of Viet Nam ', startTime: '08:34', rule: 'precedence' });
    const main = applied(f.doc, planSequence(f.doc, f.sequence.id)).document;
    const both = applied(main, planSequence(main, side.sequence.id, { participants: ['head-of-state'] }), 7).document;
    // Greetings are 2 min after the arrival. Side entrance: Brazil 08:34 -> greeted 08:36, France 08:36 -> 08:38.
    // Main: Japan 08:34 -> 08:36, France 08:36 -> 08:38, Brazil 08:38 -> 08:40.
    const conflicts = sequenceConflicts(both).filter((c) => c.key === 'conflict-greeter-two-places');
    expect(conflicts.map((c) => describeConflict(c, 'en'))).toEqual([
      'President of Viet Nam is expected at greeting point (Official welcome: Japan, 08:36) and at greeting point (Side entrance: Brazil, 08:36) at the same time.',
      'President of Viet Nam is expected at greeting point (Official welcome: France, 08:38) and at greeting point (Side entrance: France, 08:38) at the same time.',
    ]);
  });

  it('a delegation expected without a slot', () => {
    const { doc, sequence, jpn, slotOf } = planned();
    const gone = slotOf(jpn);
    delete doc.slots[gone.id];
    for (const t of Object.values(doc.slotTimes)) if (t.slotId === gone.id) delete doc.slotTimes[t.id];
    const conflicts = sequenceConflicts(doc, sequence.id).filter((c) => c.key === 'conflict-no-slot');
    expect(conflicts.map((c) => describeConflict(c, 'en'))).toEqual(['Japan has no slot in Official welcome.']);
    expect(describeConflict(conflicts[0]!, 'vi')).toBe('Đoàn Nhật Bản chưa có lượt trong Lễ đón chính thức.');
  });

  it('a sequence ending after its deadline, by how much', () => {
    const { doc, sequence } = planned({ deadline: '08:40' });
    const conflicts = sequenceConflicts(doc).filter((c) => c.key === 'conflict-deadline');
    // Brazil reaches the holding room at 08:42; France at 08:40 (not late).
    expect(conflicts.map((c) => describeConflict(c, 'en'))).toEqual(['Official welcome ends at 08:42, 2 min after its deadline 08:40.']);
    expect(conflicts[0]!.delegationIds).toHaveLength(1);
    expect(sequence.deadline).toBe('08:40');
  });

  it('a liaison officer on two slots whose times overlap, names compared without case or extra spaces', () => {
    const { doc, fra, bra, un, slotOf } = planned();
    doc.slots[slotOf(fra).id] = { ...slotOf(fra), liaisonOfficer: 'Nguyễn Văn An' };
    doc.slots[slotOf(bra).id] = { ...slotOf(bra), liaisonOfficer: ' nguyễn  văn an' };
    doc.slots[slotOf(un).id] = { ...slotOf(un), liaisonOfficer: 'Nguyễn Văn An' }; // 08:30-08:34: free again by 08:36
    const conflicts = sequenceConflicts(doc).filter((c) => c.key === 'conflict-liaison-double-booked');
    expect(conflicts.map((c) => describeConflict(c, 'en'))).toEqual([
      'Liaison officer Nguyễn Văn An is booked with France (Official welcome, 08:36–08:40) and with Brazil (Official welcome, 08:38–08:42) at overlapping times.',
    ]);
    expect(describeConflict(conflicts[0]!, 'vi')).toContain('Liên lạc viên Nguyễn Văn An được phân công cho đoàn Pháp');
  });

  it('a slot missing a step time, and settings that do not parse', () => {
    const { doc, sequence, ken, slotOf, steps } = planned();
    const t = Object.values(doc.slotTimes).find((x) => x.slotId === slotOf(ken).id && x.stepId === steps[3]!.id)!;
    delete doc.slotTimes[t.id];
    const setting = Object.values(doc.settings).find((x) => x.key === `arrival.${sequence.id}`)!;
    doc.settings[setting.id] = { ...setting, value: { anchor: 'middle' } };
    const messages = sequenceConflicts(doc).map((c) => describeConflict(c, 'en'));
    expect(messages).toContain('Kenya has no planned time for the step “Photo” in Official welcome.');
    expect(messages.some((m) => m.startsWith('Official welcome: the arrival settings are not valid: anchor'))).toBe(true);
  });
});

describe('delays', () => {
  it('ripple: Japan 5 min late moves to 08:39, France and Brazil after it shift by 5 min; one undo step', () => {
    const { doc, sequence, jpn, timeOf, fra, bra, un, ken } = planned();
    const delay = planDelay(doc, sequence.id, jpn, 5, 'ripple');
    expect(namesOf(doc, delay.diff.moves.map((m) => m.delegationId))).toEqual(['Japan', 'France', 'Brazil']);
    expect(delay.diff.moves.map((m) => m.shiftS)).toEqual([300, 300, 300]);
    expect(describeArrival(delay.plan.explanation[0]!, 'en')).toBe('Japan is 5 min late: its arrival moves to 08:39, and the 2 delegations after it shift by as much.');
    const step = applied(doc, delay.plan);
    expect([un, ken, jpn, fra, bra].map((d) => timeOf(step.document, d))).toEqual(['08:30:00', '08:32:00', '08:39:00', '08:41:00', '08:43:00']);
    expect(timeOf(step.document, jpn, 2)).toBe('08:41:00'); // the greeting follows
    expect(undo(step.document, step.history)!.document).toEqual(doc);
    expect(delay.conflicts).toEqual([]); // no deadline broken: Brazil in at 08:47
  });

  it('re-slot: Kenya 3 min late moves into the free gap at 08:35; nobody else moves', () => {
    const { doc, sequence, ken } = planned();
    // Wanted 08:35: Japan (08:34) and France (08:36) are 1 min away, the minimum gap is 1 min and a
    // greeting 30 s: 08:35 itself is free. Japan's number in the order changes, not its time.
    const delay = planDelay(doc, sequence.id, ken, 3, 're-slot');
    expect(delay.diff.moves.map((m) => [doc.delegations[m.delegationId]!.nameEn, m.toTime && wall(m.toTime)])).toEqual([['Kenya', '08:35:00']]);
    expect(namesOf(doc, delay.plan.slots.map((s) => s.delegationId))).toEqual(['United Nations', 'Japan', 'Kenya', 'France', 'Brazil']);
  });

  it('re-slot with a 2-min minimum gap: no gap is wide enough between arrivals 2 min apart, so after the last', () => {
    const { doc, sequence, ken } = planned({ minGapMin: 2 });
    const delay = planDelay(doc, sequence.id, ken, 3, 're-slot');
    // Wanted 08:35; 08:34 and 08:36 are taken, each needs 2 min on both sides: first free 08:40 (Brazil 08:38 + 2).
    expect(delay.diff.moves.filter((m) => m.delegationId === ken).map((m) => wall(m.toTime))).toEqual(['08:40:00']);
    expect(describeArrival(delay.plan.explanation[0]!, 'vi')).toBe('Đoàn Kê-ni-a đến muộn 3 phút: chuyển vào khoảng trống kế tiếp, lúc 08:40; các đoàn khác giữ nguyên.');
    expect(delay.conflicts).toEqual([]);
  });

  it('live: France logged at 08:39 (3 min late) re-plans Brazil by ripple and logs the actual time', () => {
    const { doc, sequence, fra, bra, slotOf, steps, timeOf } = planned();
    const delay = planFromActual(doc, sequence.id, slotOf(fra).id, '2025-10-25T08:39:00+07:00');
    const after = applied(doc, delay.plan).document;
    expect(timeOf(after, fra)).toBe('08:39:00');
    expect(timeOf(after, bra)).toBe('08:41:00');
    const logged = Object.values(after.slotTimes).find((t) => t.slotId === slotOf(fra).id && t.stepId === steps[0]!.id)!;
    expect(logged.actualAt).toBe('2025-10-25T08:39:00+07:00');
    // Re-planning again leaves France where it arrived: the delay is used up.
    const again = planFromActual(after, sequence.id, slotOf(fra).id, '2025-10-25T08:39:00+07:00');
    expect(again.diff.moves).toEqual([]);
  });

  it('live re-slot: only the arrivals crowded by the late one move', () => {
    const { doc, sequence, jpn, fra, bra, slotOf } = planned({ minGapMin: 2 });
    // Japan arrives at 08:37 instead of 08:34: France (08:36) and Brazil (08:38) are within 2 min.
    const delay = planFromActual(doc, sequence.id, slotOf(jpn).id, '2025-10-25T08:37:00+07:00', 're-slot');
    const at = (id: string) => wall(delay.plan.slots.find((s) => s.delegationId === id)!.times[0]!.plannedAt);
    expect([at(jpn), at(fra), at(bra)]).toEqual(['08:37:00', '08:39:00', '08:41:00']);
    expect(planConflicts(doc, delay.plan)).toEqual([]);
  });

  it('an arrived delegation never moves in a ripple', () => {
    const { doc, sequence, jpn, fra, slotOf, steps } = planned();
    const t = Object.values(doc.slotTimes).find((x) => x.slotId === slotOf(fra).id && x.stepId === steps[0]!.id)!;
    doc.slotTimes[t.id] = { ...t, actualAt: '2025-10-25T08:36:00+07:00' };
    const delay = planDelay(doc, sequence.id, jpn, 5, 'ripple');
    expect(namesOf(doc, delay.diff.moves.map((m) => m.delegationId))).toEqual(['Japan', 'Brazil']);
  });

  it('refuses a delegation without a slot', () => {
    const { doc, sequence } = planned();
    const other = Object.values(doc.delegations).find((d) => d.iso3 === 'VNM')!;
    expect(() => planDelay(doc, sequence.id, other.id, 5, 'ripple')).toThrow('Viet Nam has no slot in Official welcome.');
  });
});
