import type { Person } from '../model/entities';
import type { SeatingSettings, WhoSits } from './settings';


/**
 * Who a strategy seats when the officer has not chosen. A plenary seats whole delegations at
 * their desks. A banquet seats whole delegations too: a state banquet gives every member of an
 * invited delegation a place, by rank (round by round, see guestOrder), so the tables fill in
 * order of honour instead of leaving most of them empty; when the tables are too few, the
 * screen says so before seating and the officer chooses heads + N. Elsewhere (a head table, a
 * signing room) the heads only.
 */
export function whoOf(settings: Pick<SeatingSettings, 'who' | 'strategy'>): WhoSits {
  return settings.who ?? (settings.strategy === 'blocks' || settings.strategy === 'banquet' ? 'delegations' : 'heads');
}

/**
 * Whether a delegation's people are kept together (and a split warned about) when the officer
 * has not chosen: everywhere but at a banquet, where members are placed by their own rank
 * across the tables.
 */
export function keepTogetherOf(settings: Pick<SeatingSettings, 'keepTogether' | 'strategy'>): boolean {
  return settings.keepTogether ?? settings.strategy !== 'banquet';
}

/** One delegation in the hall's order, with its people present, the head (or representative) first. */
export type DelegationPeople<E> = { entry: E; people: Person[] };

/**
 * The people to seat, in order, each with their delegation's entry and whether they lead it:
 * - blocks, or members kept together: delegation by delegation, the head then the members;
 * - otherwise (a banquet; members not kept together): the heads first, then the members round
 *   by round (each delegation's first member in the hall's order, then each one's second...),
 *   so that no member takes a more honourable seat than any head.
 * heads-plus stops each delegation after its N members.
 */
export function guestOrder<E>(
  lists: readonly DelegationPeople<E>[],
  settings: Pick<SeatingSettings, 'who' | 'strategy' | 'keepTogether' | 'membersPerDelegation'>,
): { entry: E; person: Person; isHead: boolean }[] {
  const who = whoOf(settings);
  const headOf = (people: Person[]) => (people[0]?.role === 'head' ? people[0] : null);
  const membersOf = (people: Person[]) => {
    const members = headOf(people) ? people.slice(1) : people;
    return who === 'heads' ? [] : who === 'heads-plus' ? members.slice(0, settings.membersPerDelegation) : members;
  };
  const out: { entry: E; person: Person; isHead: boolean }[] = [];
  const together = settings.strategy === 'blocks' || keepTogetherOf(settings);
  if (together) {
    for (const { entry, people } of lists) {
      const head = headOf(people);
      if (head) out.push({ entry, person: head, isHead: true });
      for (const p of membersOf(people)) out.push({ entry, person: p, isHead: false });
    }
    return out;
  }
  for (const { entry, people } of lists) {
    const head = headOf(people);
    if (head) out.push({ entry, person: head, isHead: true });
  }
  const members = lists.map((l) => membersOf(l.people));
  const rounds = Math.max(0, ...members.map((m) => m.length));
  for (let k = 0; k < rounds; k++) {
    lists.forEach(({ entry }, i) => {
      const p = members[i]![k];
      if (p) out.push({ entry, person: p, isHead: false });
    });
  }
  return out;
}

