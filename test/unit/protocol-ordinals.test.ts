import { describe, expect, it } from 'vitest';
import { describeReason } from '../../shared/protocol/precedence';

// A place inside a class, as the reason of the order says it: the catalogue's ordinal by the
// language's ordinal rule (11th, 12th and 13th are not "11st", 21st is not "21th").
const placed = (position: number, lang: 'en' | 'vi') =>
  describeReason({ key: 'manual-moved', params: { requested: 1, placed: position }, also: [] }, lang);

describe('ordinals in the reasons of the order', () => {
  it('says English ordinals with their suffix', () => {
    const said = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map((n) => /placed (\S+)/.exec(placed(n, 'en'))![1]);
    expect(said).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th']);
  });

  it('says Vietnamese ordinals: "thứ nhất", then "thứ n"', () => {
    expect(placed(1, 'vi')).toContain('thứ nhất');
    for (const n of [2, 3, 4, 11, 21]) expect(placed(n, 'vi')).toContain(`thứ ${n}`);
    expect(placed(21, 'vi')).not.toContain('nhất');
  });
});
