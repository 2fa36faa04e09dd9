/**
 * The officer's choice for typed times on a DST day (the sequence's `arrival.<id>` setting):
 * a time the clocks skip refused with the reason, in both languages, or moved forward by the
 * gap; a time that happens twice the first, or the second on request — in the typed fields
 * (renderer readClockAs / skippedStartOrDeadline) and in the plan (start and deadline).
 */
import { describe, expect, it } from 'vitest';
import { ArrivalError, applySequencePlan, arrivalKey, dayClock, planSequence, readArrivalSettings } from '../../shared/arrival';
import { emptyHistory, execute } from '../../shared/document/history';
import { putSetting } from '../../shared/document/settings';
import { skippedText } from '../../shared/time';
import { sequenceView } from '../../renderer/src/arrivals/model';
import { readClockAs, skippedStartOrDeadline } from '../../renderer/src/arrivals/time';
import { ArrivalBuilder } from './arrival-fixtures';

function paris(day: string, spec: Parameters<ArrivalBuilder['sequence']>[0] = {}) {
  const b = new ArrivalBuilder(9, 'Europe/Paris');
  b.add({ iso3: 'VNM', pinned: 'host' });
  b.add({ iso3: 'FRA' }, { iso3: 'BRA' }, { iso3: 'JPN' });
  const { sequence } = b.sequence({ rule: 'alphabetical', day, deadline: null, intervalMin: 10, ...spec });
  return { b, doc: b.doc, sequence };
}
const choose = (doc: ReturnType<typeof paris>['doc'], sequenceId: string, value: Record<string, unknown>) =>
  execute(structuredClone(doc), emptyHistory(), putSetting, { key: arrivalKey(sequenceId), value: { ...readArrivalSettings(doc, sequenceId), ...value }, newId: 'setting-1' })!.document;

describe('a typed time the clocks skip (Paris, 30 Mar 2025, 02:00 → 03:00)', () => {
  const { doc, sequence } = paris('2025-03-30');

  it('is refused by default, with the reason, in English and Vietnamese', () => {
    const view = sequenceView(doc, sequence.id)!;
    expect(view.times).toEqual({ skipped: 'reject', repeated: 'earlier' });
    const read = readClockAs('2.30', view.clock, view.times);
    expect(read.ok).toBe(false);
    if (read.ok || !read.skipped) throw new Error('expected a skipped time');
    expect(skippedText(read.skipped, 'en')).toBe(
      '02:30 does not exist on 30 Mar 2025 in Europe/Paris: the clocks go forward from 02:00 to 03:00. Type a time outside that gap, or choose “Move forward by the gap” for times that do not exist.',
    );
    expect(skippedText(read.skipped, 'vi')).toBe(
      'Giờ 02:30 không tồn tại ngày 30/03/2025 theo múi giờ Europe/Paris: đồng hồ nhảy từ 02:00 lên 03:00. Hãy nhập giờ ngoài khoảng đó, hoặc chọn “Dời lên sau khoảng nhảy giờ” cho giờ không tồn tại.',
    );
    expect(skippedStartOrDeadline(view, '02:30', 'startTime', null, 'en')).toContain('does not exist on 30 Mar 2025');
    // Times either side of the gap are taken.
    expect(readClockAs('01:59', view.clock, view.times)).toEqual({ ok: true, seconds: 7140, movedS: 0 });
    expect(readClockAs('03:00', view.clock, view.times)).toEqual({ ok: true, seconds: 7200, movedS: 0 });
    expect(readClockAs('8h70', view.clock, view.times)).toEqual({ ok: false, skipped: null });
  });

  it('the engine refuses to plan from it (the app, the CLI alike), saying why in both languages', () => {
    let error: unknown = null;
    try {
      planSequence(doc, sequence.id, { startTime: '02:30' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ArrivalError);
    const refused = error as ArrivalError;
    expect(refused.messageIn('en')).toBe(
      'Official welcome: 02:30 does not exist on 30 Mar 2025 in Europe/Paris: the clocks go forward from 02:00 to 03:00. Choose another time, or “Move forward by the gap” in the set-up.',
    );
    expect(refused.messageIn('vi')).toContain('Lễ đón chính thức: giờ 02:30 không tồn tại ngày 30/03/2025 theo múi giờ Europe/Paris');
    // A deadline the clocks skip, planned back from.
    expect(() => planSequence(doc, sequence.id, { startTime: null, deadline: '02:15', anchor: 'end' })).toThrow('02:15 does not exist on 30 Mar 2025');
    // A deadline after midnight of the next day, where 02:30 exists, is taken.
    expect(planSequence(doc, sequence.id, { startTime: '23:00', deadline: '02:30' }).impossible).toBeNull();
  });

  it('a deadline before the start is on the next day, where 02:30 exists', () => {
    const view = sequenceView(doc, sequence.id)!;
    expect(skippedStartOrDeadline(view, '02:30', 'deadline', '23:00', 'en')).toBeNull();
    expect(skippedStartOrDeadline(view, '02:30', 'deadline', '01:00', 'en')).toContain('does not exist');
  });

  it('is moved forward by the gap once the officer chose so, and a plan from it starts at 03:30', () => {
    const chosen = choose(doc, sequence.id, { skippedTime: 'forward' });
    const view = sequenceView(chosen, sequence.id)!;
    expect(readClockAs('02:30', view.clock, view.times)).toEqual({ ok: true, seconds: 2.5 * 3600, movedS: 3600 });
    expect(view.clock.toIso(2.5 * 3600)).toBe('2025-03-30T03:30:00+02:00');
    expect(skippedStartOrDeadline(view, '02:30', 'startTime', null, 'en')).toBeNull();
    const plan = planSequence(chosen, sequence.id, { startTime: '02:30' });
    expect(plan.slots[0]!.times[0]!.plannedAt).toBe('2025-03-30T03:30:00+02:00');
  });
});

describe('a typed time that happens twice (Paris, 26 Oct 2025, 03:00 → 02:00)', () => {
  const { doc, sequence } = paris('2025-10-26', { startTime: '02:30' });

  it('is the first by default and the second on request, in the fields and in the plan', () => {
    const view = sequenceView(doc, sequence.id)!;
    const first = readClockAs('02:30', view.clock, view.times);
    expect(first).toEqual({ ok: true, seconds: 2.5 * 3600, movedS: 0 });
    expect(planSequence(doc, sequence.id).slots[0]!.times[0]!.plannedAt).toBe('2025-10-26T02:30:00+02:00');

    const chosen = choose(doc, sequence.id, { repeatedTime: 'later' });
    const later = sequenceView(chosen, sequence.id)!;
    expect(readClockAs('02:30', later.clock, later.times)).toEqual({ ok: true, seconds: 3.5 * 3600, movedS: 0 });
    expect(planSequence(chosen, sequence.id).slots[0]!.times[0]!.plannedAt).toBe('2025-10-26T02:30:00+01:00');
  });

  it('the choice survives generating and applying a plan (the stored settings keep it)', () => {
    const chosen = choose(doc, sequence.id, { repeatedTime: 'later', skippedTime: 'forward' });
    const plan = planSequence(chosen, sequence.id, { intervalMin: 5 });
    const applied = execute(chosen, emptyHistory(), applySequencePlan, { plan })!.document;
    expect(readArrivalSettings(applied, sequence.id)).toMatchObject({ repeatedTime: 'later', skippedTime: 'forward' });
  });

  it('settings that predate the choice read as refuse and the first', () => {
    expect(readArrivalSettings(doc, sequence.id)).toMatchObject({ skippedTime: 'reject', repeatedTime: 'earlier' });
    expect(dayClock('2025-10-26', 'Europe/Paris').fromClock('02:30')).toBe(2.5 * 3600);
  });
});
