import { byId } from '../compare';
import type { EventDocument } from '../model/collections';
import type { LayoutElement, Seat } from '../model/entities';
import { hallFront } from '../layout/hall-front';
import { isSeatedKind, isTableKind, parseElementProps } from '../layout/props';
import { seatsPerElement } from '../layout/seats-per-element';
import type { SeatingSettings, StrategyKind } from './settings';

/**
 * The seats of a hall in order of honour, grouped in units (the rule: honour.ts's opening
 * comment). A pure function of the layout and the strategy's settings, so kept per layout.
 */

/** A group of seats filled together: one seat, a desk, a run of a row, or a table (blocks). */
export type Unit = { elementId: string; seats: Seat[] };

type Frame = (x: number, y: number) => { u: number; v: number };

/** u: from the host's right to the host's left (the host faces the room); v: distance from the front. */
function frameOf(document: EventDocument, hallId: string): Frame {
  const front = hallFront(document, hallId);
  // People facing the front have the host's right on their left: u grows to their right.
  return front === 'top'
    ? (x, y) => ({ u: x, v: y })
    : front === 'bottom'
      ? (x, y) => ({ u: -x, v: -y })
      : front === 'left'
        ? (x, y) => ({ u: -y, v: x })
        : (x, y) => ({ u: y, v: -x });
}

/**
 * Items along a line (row, desk line, a row of desks) in order of honour: "right before left,
 * near before far" from the centre of the line, right being the host's right as the host faces
 * the room (smaller u). Odd count: the centre, then its right, its left...; even count: the seat
 * right of the centre, then left of it, outwards.
 */
function centreOut<T>(items: T[], u: (t: T) => number): T[] {
  if (items.length === 0) return [];
  const us = items.map(u);
  const mid = (Math.min(...us) + Math.max(...us)) / 2;
  const distance = (x: number) => Math.round(Math.abs(x - mid) * 1e6);
  return items
    .map((item, i) => ({ item, u: us[i]! }))
    .sort((a, b) => distance(a.u) - distance(b.u) || a.u - b.u)
    .map((x) => x.item);
}

/** A table's seats: the table host, then alternately right and left of the host, outwards. */
export function tableOrder(element: LayoutElement, seats: readonly Seat[]): Seat[] {
  if (seats.length === 0) return [];
  const host = seats.find((s) => s.isTableHost) ?? [...seats].sort((a, b) => a.order - b.order)[0]!;
  const ax = host.x - element.x;
  const ay = host.y - element.y;
  const t = (host.rotation * Math.PI) / 180;
  // The host faces (sin t, -cos t) on the plan; the right hand points to (cos t, sin t).
  const rightSign = Math.sign(ax * Math.sin(t) - ay * Math.cos(t)) || 1;
  const right: { s: Seat; a: number }[] = [];
  const left: { s: Seat; a: number }[] = [];
  const opposite: { s: Seat; a: number }[] = [];
  for (const s of seats) {
    if (s === host) continue;
    const bx = s.x - element.x;
    const by = s.y - element.y;
    const angle = Math.atan2(ax * by - ay * bx, ax * bx + ay * by);
    const abs = Math.abs(angle);
    if (Math.PI - abs < 1e-6) opposite.push({ s, a: abs });
    else (Math.sign(angle) === rightSign ? right : left).push({ s, a: abs });
  }
  const near = (p: { s: Seat; a: number }, q: { s: Seat; a: number }) => p.a - q.a || p.s.order - q.s.order;
  right.sort(near);
  left.sort(near);
  const out = [host];
  for (let k = 0; k < Math.max(right.length, left.length); k++) {
    if (right[k]) out.push(right[k]!.s);
    if (left[k]) out.push(left[k]!.s);
  }
  return [...out, ...opposite.sort(near).map((o) => o.s)];
}

/** The default elements of a strategy: banquet tables only, blocks its row and desk blocks, the others every seated element. */
function usesByDefault(strategy: StrategyKind, e: LayoutElement): boolean {
  if (!isSeatedKind(e.kind)) return false;
  if (strategy === 'banquet') return isTableKind(e.kind);
  if (strategy === 'blocks') return e.kind === 'row-block' || e.kind === 'desk-block';
  return true;
}

type LineItem = { elementId: string; line: number; u: number; seats: Seat[] };

/** The lines of a row or desk block, each cut into items (single seats, desks or runs). */
function blockItems(e: LayoutElement, seats: Seat[], frame: Frame, blocks: boolean, runLength: number): LineItem[] {
  const sorted = [...seats].sort((a, b) => a.order - b.order);
  const uOf = (s: Seat) => frame(s.x, s.y).u;
  const meanU = (list: Seat[]) => list.reduce((n, s) => n + uOf(s), 0) / list.length;
  const byU = (list: Seat[]) => [...list].sort((a, b) => uOf(a) - uOf(b));
  const items: LineItem[] = [];
  if (e.kind === 'desk-block') {
    const p = parseElementProps('desk-block', e.props);
    const stride = p.seatsAtDesk + p.seatsBehind;
    const desks = new Map<number, { front: Seat[]; behind: Seat[] }>();
    for (const s of sorted) {
      const desk = Math.floor(s.order / stride);
      const entry = desks.get(desk) ?? { front: [], behind: [] };
      (s.order % stride < p.seatsAtDesk ? entry.front : entry.behind).push(s);
      desks.set(desk, entry);
    }
    for (const [desk, { front, behind }] of desks) {
      const row = Math.floor(desk / p.desks);
      if (blocks) {
        const all = [...front, ...behind];
        items.push({ elementId: e.id, line: row, u: meanU(front.length ? front : all), seats: [...centreOut(front, uOf), ...centreOut(behind, uOf)] });
      } else {
        for (const s of front) items.push({ elementId: e.id, line: 2 * row, u: uOf(s), seats: [s] });
        for (const s of behind) items.push({ elementId: e.id, line: 2 * row + 1, u: uOf(s), seats: [s] });
      }
    }
    return items;
  }
  const p = parseElementProps('row-block', e.props);
  const rows = new Map<number, Seat[]>();
  for (const s of sorted) {
    const row = Math.floor(s.order / p.seatsPerRow);
    const list = rows.get(row);
    if (list) list.push(s);
    else rows.set(row, [s]);
  }
  for (const [row, list] of rows) {
    if (!blocks) {
      for (const s of list) items.push({ elementId: e.id, line: row, u: uOf(s), seats: [s] });
      continue;
    }
    const inLine = byU(list);
    for (let i = 0; i < inLine.length; i += runLength) {
      const run = inLine.slice(i, i + runLength);
      items.push({ elementId: e.id, line: row, u: meanU(run), seats: centreOut(run, uOf) });
    }
  }
  return items;
}

function buildUnits(document: EventDocument, hallId: string, settings: SeatingSettings, seatsByElement: ReadonlyMap<string, readonly Seat[]>): Unit[] {
  const frame = frameOf(document, hallId);
  const chosen = settings.elementIds ? new Set(settings.elementIds) : null;
  const elements = Object.values(document.elements).filter(
    (e) => e.hallId === hallId && isSeatedKind(e.kind) && (chosen ? chosen.has(e.id) : usesByDefault(settings.strategy, e)),
  );
  const blocks = settings.strategy === 'blocks';
  const free = (e: LayoutElement) => (seatsByElement.get(e.id) ?? []).filter((s) => !s.blocked);
  const units: Unit[] = [];

  const tables = elements.filter((e) => isTableKind(e.kind));
  const at = (e: LayoutElement) => frame(e.x, e.y);
  tables.sort(
    (a, b) =>
      (a.props.headTable === true ? 0 : 1) - (b.props.headTable === true ? 0 : 1) ||
      (a.number ?? Infinity) - (b.number ?? Infinity) ||
      at(a).v - at(b).v || at(a).u - at(b).u || byId(a, b),
  );
  for (const t of tables) {
    // Blocked seats are skipped after the alternation, so the others keep their side of the host.
    const ordered = tableOrder(t, seatsByElement.get(t.id) ?? []).filter((s) => !s.blocked);
    if (ordered.length === 0) continue;
    if (blocks) units.push({ elementId: t.id, seats: ordered });
    else for (const s of ordered) units.push({ elementId: t.id, seats: [s] });
  }

  // Bands of blocks side by side, from the front.
  const lineElements = elements
    .filter((e) => !isTableKind(e.kind))
    .map((e) => {
      const seats = free(e);
      return { e, seats, front: Math.min(...seats.map((s) => frame(s.x, s.y).v)) };
    })
    .filter((x) => x.seats.length > 0)
    .sort((a, b) => a.front - b.front || byId(a.e, b.e));
  const bands: (typeof lineElements)[] = [];
  for (const x of lineElements) {
    const band = bands.at(-1);
    if (band && x.front - band[0]!.front <= 1.0) band.push(x);
    else bands.push([x]);
  }
  const rowByRow = blocks && settings.blocksOrder === 'row-by-row';
  for (const band of bands) {
    const items = band.flatMap(({ e, seats }) => blockItems(e, seats, frame, blocks, settings.seatsPerDelegation));
    const lines = new Map<number, LineItem[]>();
    for (const item of items) {
      const list = lines.get(item.line);
      if (list) list.push(item);
      else lines.set(item.line, [item]);
    }
    for (const line of [...lines.keys()].sort((a, b) => a - b)) {
      const sorted = lines.get(line)!.sort((a, b) => a.u - b.u || (a.seats[0]!.id < b.seats[0]!.id ? -1 : 1));
      const ordered = rowByRow ? sorted : centreOut(sorted, (i) => i.u);
      for (const item of ordered) units.push({ elementId: item.elementId, seats: item.seats });
    }
  }
  return units;
}

// The seats' order depends on the layout alone (the seats, the elements, the halls) and on the
// strategy's settings. An edit of people, delegations or assignments leaves those collections
// the same frozen objects (immer shares what it does not change), so the order is kept per
// layout: re-planning or validating after a late change does not sort 5,000 seats again. Only
// frozen collections are kept: one that can still be mutated in place could change under the key.
type Layout = Pick<EventDocument, 'seats' | 'elements' | 'halls'>;
const unitsByLayout = new WeakMap<Layout['seats'], WeakMap<Layout['elements'], WeakMap<Layout['halls'], Map<string, Unit[]>>>>();

export function layoutUnits(document: EventDocument, hallId: string, settings: SeatingSettings): Unit[] {
  // Every seat by its element, the index the hall editor shares (built once per frozen seats record).
  const build = () => buildUnits(document, hallId, settings, seatsPerElement(document.seats));
  if (!Object.isFrozen(document.seats) || !Object.isFrozen(document.elements) || !Object.isFrozen(document.halls)) return build();
  const level = <K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V => {
    let value = map.get(key);
    if (value === undefined) map.set(key, (value = make()));
    return value;
  };
  const byHall = level(level(level(unitsByLayout, document.seats, () => new WeakMap()), document.elements, () => new WeakMap()), document.halls, () => new Map<string, Unit[]>());
  const key = JSON.stringify([hallId, settings.strategy, settings.blocksOrder, settings.seatsPerDelegation, settings.elementIds]);
  let units = byHall.get(key);
  if (!units) byHall.set(key, (units = build()));
  return units;
}

