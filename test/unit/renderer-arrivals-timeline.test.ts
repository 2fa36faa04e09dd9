import { describe, expect, it } from 'vitest';
import {
  MAX_PX_PER_MIN, MIN_PX_PER_MIN, draggedStart, fitScale, layoutTimeline, ticks, timeAt, xOf, zoomScale, type Span,
} from '../../renderer/src/arrivals/timeline';
import { clockWithSeconds, readClock, shiftText } from '../../renderer/src/arrivals/time';
import { dayClock } from '../../shared/arrival/time';

const day = dayClock('2025-10-25', 'Asia/Ho_Chi_Minh');
/** Seconds since local midnight, as the engine counts. */
const at = (hhmmss: string) => hhmmss.split(':').reduce((s, part) => s * 60 + Number(part), 0);
const clockText = (s: number, withSeconds = false) => (withSeconds ? clockWithSeconds(day, s) : day.label(s));

describe('timeline scale: time <-> x', () => {
  it('maps a time to x and back, at the zoom', () => {
    const scale = { t0: at('08:30:00'), x0: 10, pxPerMin: 20 };
    expect(xOf(scale, at('08:30:00'))).toBe(10);
    expect(xOf(scale, at('08:42:30'))).toBe(10 + 12.5 * 20);
    expect(timeAt(scale, xOf(scale, at('08:51:15')))).toBe(at('08:51:15'));
  });

  it('fits the sequence with whole-minute margins, within the zoom limits', () => {
    const scale = fitScale(at('08:30:00'), at('08:55:05'), 1000);
    // Three minutes each side, so the first and last tick labels are not cut: 08:27 .. 08:59.
    expect(scale.t0).toBe(at('08:27:00'));
    expect(scale.pxPerMin).toBeCloseTo(1000 / 32);
    expect(fitScale(at('06:00:00'), at('18:00:00'), 300).pxPerMin).toBe(MIN_PX_PER_MIN);
    expect(fitScale(at('08:30:00'), at('08:30:10'), 5000).pxPerMin).toBe(MAX_PX_PER_MIN);
  });

  it('zooms about the pointer: the time under it stays under it', () => {
    const scale = { t0: at('08:30:00'), x0: 0, pxPerMin: 20 };
    const zoomed = zoomScale(scale, 2, 300);
    expect(zoomed.pxPerMin).toBe(40);
    expect(timeAt(zoomed, 300)).toBeCloseTo(timeAt(scale, 300));
  });

  it('ticks on round minutes, spaced for reading', () => {
    const scale = { t0: at('08:30:00'), x0: 0, pxPerMin: 20 };
    const { step, times } = ticks(scale, at('08:30:10'), at('08:51:00'), 56);
    expect(step).toBe(5 * 60);
    expect(times.map((t) => clockText(t))).toEqual(['08:35', '08:40', '08:45', '08:50']);
  });
});

describe('dragging a slot snaps its start to the minute', () => {
  const scale = { t0: at('08:30:00'), x0: 0, pxPerMin: 20 };
  it('rounds the dragged start to the nearest whole minute', () => {
    // 08:31:15 dragged 7 minutes and a bit right: 08:38:15 + 0.4 min -> 08:38:39 -> 08:39.
    expect(clockText(draggedStart(scale, at('08:31:15'), 7.4 * 20, true), true)).toBe('08:39:00');
    expect(clockText(draggedStart(scale, at('08:31:15'), -5, true), true)).toBe('08:31:00');
  });
  it('keeps the second when snapping is off', () => {
    expect(clockText(draggedStart(scale, at('08:31:15'), 7.4 * 20, false), true)).toBe('08:38:39');
  });
});

describe('lane layout', () => {
  const scale = { t0: at('08:30:00'), x0: 100, pxPerMin: 10 };
  const span = (slotId: string, laneKey: string, from: string, to: string): Span => ({ slotId, stepId: `${slotId}-${laneKey}`, laneKey, start: at(from), end: at(to) });

  it('stacks lanes in order, one track each when nothing overlaps', () => {
    const { lanes, bars, height } = layoutTimeline(
      [
        { key: 'p:drop', kind: 'point', id: 'drop' },
        { key: 'g:president', kind: 'greeter', id: 'president' },
      ],
      [span('a', 'p:drop', '08:30:00', '08:31:00'), span('b', 'p:drop', '08:31:00', '08:32:00'), span('a', 'g:president', '08:32:00', '08:32:30')],
      scale,
      { trackHeight: 20, gap: 2, padding: 4 },
    );
    expect(lanes.map((l) => [l.key, l.y, l.height, l.tracks])).toEqual([
      ['p:drop', 0, 28, 1],
      ['g:president', 28, 28, 1],
    ]);
    expect(height).toBe(56);
    const a = bars.find((b) => b.slotId === 'a' && b.laneKey === 'p:drop')!;
    expect([a.x, a.width, a.y, a.track]).toEqual([100, 10, 4, 0]);
    // Touching spans share a track.
    expect(bars.find((b) => b.slotId === 'b')!.track).toBe(0);
    expect(bars.find((b) => b.laneKey === 'g:president')!.y).toBe(32);
  });

  it('puts overlapping arrivals on separate tracks, so a clash is visible', () => {
    const { lanes, bars } = layoutTimeline(
      [{ key: 'p:drop', kind: 'point', id: 'drop' }],
      [span('a', 'p:drop', '08:30:00', '08:31:00'), span('b', 'p:drop', '08:30:30', '08:31:30'), span('c', 'p:drop', '08:31:10', '08:32:00')],
      scale,
      { trackHeight: 20, gap: 2, padding: 4 },
    );
    expect(lanes[0]!.tracks).toBe(2);
    expect(lanes[0]!.height).toBe(4 + 20 + 2 + 20 + 4);
    expect(Object.fromEntries(bars.map((b) => [b.slotId, b.track]))).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('draws a zero-length step as a thin bar, and leaves out spans of unknown lanes', () => {
    const { bars } = layoutTimeline([{ key: 'p:drop', kind: 'point', id: 'drop' }], [span('a', 'p:drop', '08:30:00', '08:30:00'), span('b', 'p:gone', '08:30:00', '08:31:00')], scale);
    expect(bars).toHaveLength(1);
    expect(bars[0]!.width).toBe(3);
  });
});

describe('times typed and shown: 24-hour, the event zone', () => {
  it('shows seconds when the inspector needs them, keeping the next-day mark', () => {
    expect(clockWithSeconds(day, at('08:42:30'))).toBe('08:42:30');
    expect(clockWithSeconds(day, at('24:05:00'))).toBe('00:05:00 (+1)');
  });

  it('reads typed times on the sequence day; refuses what is not a 24-hour time', () => {
    expect(readClock('08:42', day)).toBe(at('08:42:00'));
    expect(readClock('8:42:30', day)).toBe(at('08:42:30'));
    expect(readClock(' 08h42 ', day)).toBe(at('08:42:00'));
    for (const bad of ['', '24:00', '8:7', '08:60', '8.42 am', 'noon', '08:42:61']) expect(readClock(bad, day)).toBeNull();
    // Daylight saving: New York on 2 November 2025, 09:00 is 10 hours after midnight (02:00 happened twice).
    expect(readClock('09:00', dayClock('2025-11-02', 'America/New_York'))).toBe(10 * 3600);
  });

  it('writes a shift with its sign and units in the UI language', () => {
    expect(shiftText(7 * 60, 'en')).toBe('+7 min');
    expect(shiftText(-3 * 60, 'vi')).toBe('−3 phút');
    expect(shiftText(90, 'en')).toBe('+1 min 30 s');
    expect(shiftText(-20, 'vi')).toBe('−20 giây');
  });
});
