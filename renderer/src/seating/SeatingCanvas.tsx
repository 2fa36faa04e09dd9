import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import type Konva from 'konva';
import type { Seat } from '../../../shared/model/entities';
import { useDoc } from '../app/context';
import { useElementSize } from '../app/useElementSize';
import { useI18n } from '../i18n/I18n';
import { centreOn, fitRect, toWorld, ZOOM_STEP, zoomAt as zoomCamera, type Camera } from '../../../shared/camera';
import { compareZ, hallRect } from '../../../shared/layout/geometry';
import type { Point } from '../../../shared/rect';
import { drawHallBase, drawSeats, SEAT_COLORS, SEAT_RADIUS_M } from '../halls/view/draw';
import { seatingT } from './messages';
import { seatAt } from './hit';
import { drawSeatLabels } from './labels';

/** The drag payload of a person dragged from the list onto a seat. */
export const PERSON_MIME = 'application/x-preseance-person';

const FOCUS_PX_PER_M = 60;


export type SeatMark = 'selected' | 'problem' | 'moved';

type Props = {
  hallId: string;
  /** Seats to ring, by why (the selection, problems, seats a proposed re-seating changes). */
  marks: ReadonlyMap<string, SeatMark>;
  /** Centre the view on this seat whenever `focus.nonce` changes. */
  focus: { seatId: string; nonce: number } | null;
  onSeatClick(seat: Seat | null): void;
  onDropPerson(personId: string, seat: Seat): void;
};

const MARK_COLORS: Record<SeatMark, string> = { selected: '#f0a500', problem: '#b42318', moved: '#7c3aed' };
const LOCKED_RING = '#0f172a';

/**
 * The hall as the seating officer sees it: seats coloured free / taken / blocked, locked seats
 * ringed dark, the delegation's code on each taken seat and the person's name once legible.
 * Click a seat to select it; drop a person from the list on a seat to seat them there.
 */
export function SeatingCanvas({ hallId, marks, focus, onSeatClick, onDropPerson }: Props) {
  const i18n = useI18n();
  const t = seatingT(i18n.lang);
  const hall = useDoc((d) => d.halls[hallId]);
  const allElements = useDoc((d) => d.elements);
  const allSeats = useDoc((d) => d.seats);
  const assignments = useDoc((d) => d.assignments);
  const people = useDoc((d) => d.people);
  const delegations = useDoc((d) => d.delegations);

  const elements = useMemo(
    () => Object.values(allElements).filter((e) => e.hallId === hallId).sort(compareZ),
    [allElements, hallId],
  );
  const seats = useMemo(() => Object.values(allSeats).filter((s) => s.hallId === hallId), [allSeats, hallId]);
  const taken = useMemo(() => {
    const map = new Map<string, { code: string; name: string; locked: boolean }>();
    for (const a of Object.values(assignments)) {
      if (a.hallId !== hallId) continue;
      const person = people[a.personId];
      const delegation = person ? delegations[person.delegationId] : undefined;
      map.set(a.seatId, {
        code: delegation?.iso3 ?? delegation?.orgCode ?? '',
        name: person?.familyName || person?.name || '',
        locked: a.locked,
      });
    }
    return map;
  }, [assignments, people, delegations, hallId]);
  const takenIds = useMemo(() => new Set(taken.keys()), [taken]);

  const [containerRef, size] = useElementSize();
  const stageBox = useRef<HTMLDivElement | null>(null);
  const [camera, setCamera] = useState<Camera | null>(null);
  const fitted = useMemo(() => (hall && size.width > 0 ? fitRect(hallRect(hall), size, 24) : null), [hall, size]);
  const view = camera ?? fitted;

  // A new focus request moves the camera once (adjusted while rendering, not in an effect).
  const [focusedNonce, setFocusedNonce] = useState<number | null>(null);
  if (focus && focus.nonce !== focusedNonce && size.width > 0) {
    setFocusedNonce(focus.nonce);
    const seat = allSeats[focus.seatId];
    if (seat) setCamera(centreOn({ scale: Math.max(FOCUS_PX_PER_M, fitted?.scale ?? 0) }, size, seat));
  }

  const toHall = (screen: Point): Point | null => (view ? toWorld(view, screen) : null);
  const pickRadius = view ? Math.max(SEAT_RADIUS_M * 1.4, 6 / view.scale) : SEAT_RADIUS_M;

  const zoomAt = (factor: number, at: Point) => {
    if (!view) return;
    setCamera(zoomCamera(view, factor, at, { minScale: (fitted?.scale ?? 1) * 0.5, maxScale: 400 }));
  };

  const onDragOver = (e: DragEvent<HTMLDivElement>) => {
    if (e.dataTransfer.types.includes(PERSON_MIME)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
    }
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    const personId = e.dataTransfer.getData(PERSON_MIME);
    if (!personId) return;
    e.preventDefault();
    const box = e.currentTarget.getBoundingClientRect();
    const point = toHall({ x: e.clientX - box.left, y: e.clientY - box.top });
    const seat = point && seatAt(seats, point, pickRadius);
    if (seat) onDropPerson(personId, seat);
  };

  const sceneFunc = useCallback(
    (context: Konva.Context, shape: Konva.Shape) => {
      if (!hall) return;
      const { ctx, px } = drawHallBase(context, shape, hall, elements, i18n.lang);
      drawSeats(ctx, seats, takenIds, px);
      const r = Math.max(SEAT_RADIUS_M, 1.5 * px);
      // Locked seats: a dark ring; marks (selection, problems, moves) a wider coloured ring.
      ctx.beginPath();
      for (const s of seats) {
        if (!taken.get(s.id)?.locked) continue;
        ctx.moveTo(s.x + r + px, s.y);
        ctx.arc(s.x, s.y, r + px, 0, Math.PI * 2);
      }
      ctx.strokeStyle = LOCKED_RING;
      ctx.lineWidth = 2 * px;
      ctx.stroke();
      for (const [seatId, mark] of marks) {
        const s = allSeats[seatId];
        if (!s || s.hallId !== hallId) continue;
        ctx.beginPath();
        ctx.arc(s.x, s.y, r + 4 * px, 0, Math.PI * 2);
        ctx.strokeStyle = MARK_COLORS[mark];
        ctx.lineWidth = 3 * px;
        ctx.stroke();
      }
      const labels = drawSeatLabels(ctx, seats, taken, r, px);
      // Published for tests and assistive checks: which labels the plan shows now.
      const el = stageBox.current;
      if (el) {
        el.dataset.seatLabels = String(labels.length);
        el.dataset.seatLabelList = labels.slice(0, 50).join('|');
      }
    },
    [hall, elements, seats, taken, takenIds, marks, allSeats, hallId, i18n.lang],
  );

  if (!hall) return null;
  return (
    <div
      className="seating-canvas"
      ref={(el) => {
        stageBox.current = el;
        containerRef(el);
      }} data-testid="seating-canvas" data-camera={view ? `${view.scale} ${view.x} ${view.y}` : ''} onDragOver={onDragOver} onDrop={onDrop}>
      {view && size.width > 0 && (
        <Stage
          width={size.width}
          height={size.height}
          scaleX={view.scale}
          scaleY={view.scale}
          x={view.x}
          y={view.y}
          draggable
          onDragEnd={(e: Konva.KonvaEventObject<globalThis.DragEvent>) => {
            const stage = e.target.getStage();
            if (stage && e.target === stage) setCamera({ scale: view.scale, x: stage.x(), y: stage.y() });
          }}
          onWheel={(e: Konva.KonvaEventObject<WheelEvent>) => {
            e.evt.preventDefault();
            const pointer = e.target.getStage()?.getPointerPosition();
            if (pointer) zoomAt(e.evt.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP, pointer);
          }}
          onClick={(e: Konva.KonvaEventObject<MouseEvent>) => {
            const pointer = e.target.getStage()?.getPointerPosition();
            const point = pointer && toHall(pointer);
            onSeatClick(point ? seatAt(seats, point, pickRadius) : null);
          }}
        >
          <Layer listening={false}>
            <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />
          </Layer>
        </Stage>
      )}
      <ul className="legend seating-canvas__legend" aria-label={i18n.t('legend')}>
        {(
          [
            [SEAT_COLORS.free, i18n.t('legendFree'), 'dot'],
            [SEAT_COLORS.assigned, i18n.t('legendAssigned'), 'dot'],
            [SEAT_COLORS.blocked, i18n.t('legendBlocked'), 'dot'],
            [LOCKED_RING, t('legendLocked'), 'ring'],
            [MARK_COLORS.problem, t('legendProblem'), 'ring'],
          ] as const
        ).map(([color, label, kind]) => (
          <li key={label}>
            <span className={`legend__dot${kind === 'ring' ? ' legend__dot--ring' : ''}`} style={kind === 'ring' ? { borderColor: color } : { background: color, borderColor: SEAT_COLORS.stroke }} />
            {label}
          </li>
        ))}
      </ul>
      <div className="seating-canvas__tools">
        <button type="button" className="button button--small" data-testid="seating-zoom-out" aria-label={i18n.t('zoomOut')} title={i18n.t('zoomOut')} onClick={() => zoomAt(1 / ZOOM_STEP, { x: size.width / 2, y: size.height / 2 })}>
          −
        </button>
        <button type="button" className="button button--small" data-testid="seating-zoom-in" aria-label={i18n.t('zoomIn')} title={i18n.t('zoomIn')} onClick={() => zoomAt(ZOOM_STEP, { x: size.width / 2, y: size.height / 2 })}>
          +
        </button>
        <button type="button" className="button button--small" data-testid="seating-fit" onClick={() => setCamera(null)}>
          {i18n.t('fitPlan')}
        </button>
      </div>
    </div>
  );
}
