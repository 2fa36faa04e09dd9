import { useCallback, useMemo, useState, type PointerEvent } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import type Konva from 'konva';
import type { Hall, LayoutElement, SequenceStep, VenuePoint } from '../../../shared/model/entities';
import { useElementSize } from '../app/useElementSize';
import { fitRect } from '../../../shared/camera';
import { hallRect } from '../../../shared/layout/geometry';
import { drawHallBase } from '../halls/view/draw';
import { useI18n } from '../i18n/I18n';
import { drawPointRing, drawRoute, POINT_HIT_PX } from './mapDraw';

type Props = {
  hall: Hall;
  elements: readonly LayoutElement[];
  /** The sequence's venue points on this hall. */
  points: readonly VenuePoint[];
  steps: readonly SequenceStep[];
  label: string;
  readOnly: boolean;
  selectedId: string | null;
  /** True while the next click places a new point. */
  placing: boolean;
  onPlace(x: number, y: number): void;
  onMove(id: string, x: number, y: number): void;
  onSelect(id: string | null): void;
};

type Drag = { id: string; x: number; y: number; dx: number; dy: number; moved: boolean };

/** Hall metres to the centimetre: what a hand on a mouse can mean. */
const cm = (v: number) => Math.round(v * 100) / 100;

/**
 * The set-up's venue map: the hall (draw.ts), the route and the venue points (mapDraw.ts). A
 * press on a point selects it and drags it, previewed here and written once on release (one
 * undo step); while placing, a click anywhere on the hall puts the new point there. Points stay
 * on the hall's floor.
 */
export function SetupMap({ hall, elements, points, steps, label, readOnly, selectedId, placing, onPlace, onMove, onSelect }: Props) {
  const i18n = useI18n();
  const [boxRef, size] = useElementSize();
  const camera = useMemo(() => (size.width > 0 ? fitRect(hallRect(hall), size, 24) : null), [hall, size]);
  const [drag, setDrag] = useState<Drag | null>(null);
  const shown = useMemo(() => (drag ? points.map((p) => (p.id === drag.id ? { ...p, x: drag.x, y: drag.y } : p)) : points), [points, drag]);
  const ringed = shown.find((p) => p.id === (drag?.id ?? selectedId));

  const scene = useCallback(
    (context: Konva.Context, shape: Konva.Shape) => {
      const { ctx, px } = drawHallBase(context, shape, hall, elements, i18n.lang);
      drawRoute(ctx, shown, steps, px, i18n.lang);
      if (ringed) drawPointRing(ctx, ringed, px);
    },
    [hall, elements, shown, steps, ringed, i18n.lang],
  );

  const toHall = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return { x: (e.clientX - box.left - camera!.x) / camera!.scale, y: (e.clientY - box.top - camera!.y) / camera!.scale };
  };
  const onFloor = (x: number, y: number) => ({ x: cm(Math.min(hall.widthM, Math.max(0, x))), y: cm(Math.min(hall.depthM, Math.max(0, y))) });

  const down = (e: PointerEvent<HTMLDivElement>) => {
    if (!camera || e.button !== 0) return;
    const at = toHall(e);
    if (placing) {
      if (at.x >= 0 && at.y >= 0 && at.x <= hall.widthM && at.y <= hall.depthM) onPlace(cm(at.x), cm(at.y));
      return;
    }
    const reach = POINT_HIT_PX / camera.scale;
    let hit: VenuePoint | null = null;
    for (const p of points) if (Math.hypot(p.x - at.x, p.y - at.y) <= reach && (!hit || Math.hypot(p.x - at.x, p.y - at.y) < Math.hypot(hit.x - at.x, hit.y - at.y))) hit = p;
    onSelect(hit?.id ?? null);
    if (!hit || readOnly) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ id: hit.id, x: hit.x, y: hit.y, dx: at.x - hit.x, dy: at.y - hit.y, moved: false });
  };
  const move = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag || !camera) return;
    const at = toHall(e);
    setDrag({ ...drag, ...onFloor(at.x - drag.dx, at.y - drag.dy), moved: true });
  };
  const up = () => {
    if (!drag) return;
    const point = points.find((p) => p.id === drag.id);
    if (drag.moved && point && (point.x !== drag.x || point.y !== drag.y)) onMove(drag.id, drag.x, drag.y);
    setDrag(null);
  };

  return (
    <div
      className={`arrivals-setup__map${placing ? ' is-placing' : ''}${drag ? ' is-dragging' : ''}`}
      ref={boxRef}
      data-testid="setup-map"
      data-camera={camera ? `${camera.scale} ${camera.x} ${camera.y}` : undefined}
      data-placing={placing}
      role="img"
      aria-label={label}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={() => setDrag(null)}
    >
      {camera && (
        <Stage width={size.width} height={size.height} scaleX={camera.scale} scaleY={camera.scale} x={camera.x} y={camera.y} listening={false}>
          <Layer listening={false}>
            <Shape sceneFunc={scene} listening={false} perfectDrawEnabled={false} />
          </Layer>
        </Stage>
      )}
    </div>
  );
}
