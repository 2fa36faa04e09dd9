import { describe, expect, it } from 'vitest';
import { atEnd, createClock, cueIndexAt, jump, nextCueAfter, pause, play, setSpeed, stepToNextCue, timeOf } from '../../renderer/src/arrivals/clock';

// Sequence time in seconds since local midnight (the engine's), wall time in milliseconds.
const MIN = 60;
const START = 8.5 * 3600;
const END = START + 30 * MIN;

describe('rehearsal playback clock', () => {
  it('stands still until played, then runs at its speed', () => {
    let clock = createClock(START, END, 1000, 30);
    expect(timeOf(clock, 5000)).toBe(START);
    clock = play(clock, 5000);
    // 2 s of wall time at 30x: one minute of the sequence.
    expect(timeOf(clock, 7000)).toBe(START + MIN);
    clock = pause(clock, 7000);
    expect(timeOf(clock, 60_000)).toBe(START + MIN);
  });

  it('changes speed without a jump in the time shown', () => {
    let clock = play(createClock(START, END, 0, 1), 0);
    clock = setSpeed(clock, 60, 10_000);
    expect(timeOf(clock, 10_000)).toBe(START + 10);
    expect(timeOf(clock, 11_000)).toBe(START + 10 + MIN);
  });

  it('jumps to a time within the sequence, playing on if it was playing', () => {
    let clock = play(createClock(START, END, 0, 10), 0);
    clock = jump(clock, START + 12 * MIN, 500);
    expect(timeOf(clock, 500)).toBe(START + 12 * MIN);
    expect(timeOf(clock, 1500)).toBe(START + 12 * MIN + 10);
    expect(timeOf(jump(clock, START - 5 * MIN, 0), 0)).toBe(START);
    expect(timeOf(pause(jump(clock, END + MIN, 0), 0), 0)).toBe(END);
  });

  it('stops at the end, and plays again from the start', () => {
    let clock = play(createClock(START, END, 0, 60), 0);
    expect(atEnd(clock, 29_000)).toBe(false);
    expect(timeOf(clock, 45_000)).toBe(END);
    expect(atEnd(clock, 45_000)).toBe(true);
    clock = pause(clock, 45_000);
    clock = play(clock, 50_000);
    expect(timeOf(clock, 50_000)).toBe(START);
  });
});

describe('cues', () => {
  const cues = [START, START + MIN, START + MIN, START + 5 * MIN].map((at, i) => ({ at, i }));

  it('finds the cue happening now: the last one at or before the time', () => {
    expect(cueIndexAt(cues, START - 1)).toBe(-1);
    expect(cueIndexAt(cues, START)).toBe(0);
    expect(cueIndexAt(cues, START + MIN)).toBe(2);
    expect(cueIndexAt(cues, START + 4 * MIN)).toBe(2);
    expect(cueIndexAt(cues, END)).toBe(3);
    expect(cueIndexAt([], START)).toBe(-1);
  });

  it('finds the next cue, and steps the clock to it', () => {
    expect(nextCueAfter(cues, START)?.i).toBe(1);
    expect(nextCueAfter(cues, START + 5 * MIN)).toBeNull();
    let clock = createClock(START, END, 0);
    clock = stepToNextCue(clock, cues, 0);
    expect(timeOf(clock, 0)).toBe(START + MIN);
    clock = stepToNextCue(clock, cues, 0);
    expect(timeOf(clock, 0)).toBe(START + 5 * MIN);
    expect(timeOf(stepToNextCue(clock, cues, 0), 0)).toBe(START + 5 * MIN);
  });
});
