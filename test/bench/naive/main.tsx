// The baseline the canvas benchmark compares against: the same hall as a competent developer
// first writes it with react-konva, nothing made slow on purpose and nothing tuned: one Circle
// and one Text per seat, default settings, React state for the camera, the marquee and the
// selection. The middle button pans the stage, the wheel zooms, a table is a draggable Group, a
// left drag on the floor draws a marquee whose seats turn selected on release.
import { createRoot } from 'react-dom/client';
import { Circle, Group, Layer, Rect, Stage, Text } from 'react-konva';
import type Konva from 'konva';
import { Fragment, useState } from 'react';

type SeatRow = { id: string; elementId: string; x: number; y: number; label: string };
type Scene = { widthM: number; depthM: number; tableId: string; seats: SeatRow[] };
type Box = { x: number; y: number; width: number; height: number };

function Naive({ scene }: { scene: Scene }) {
  const fit = Math.min(window.innerWidth / scene.widthM, window.innerHeight / scene.depthM);
  const [camera, setCamera] = useState({ x: 0, y: 0, scale: fit });
  const [marquee, setMarquee] = useState<Box | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const world = (stage: Konva.Stage) => {
    const p = stage.getPointerPosition()!;
    return { x: (p.x - stage.x()) / stage.scaleX(), y: (p.y - stage.y()) / stage.scaleY() };
  };
  const seat = (s: SeatRow) => (
    <Fragment key={s.id}>
      <Circle x={s.x} y={s.y} radius={0.22} fill={selected.has(s.id) ? '#3b82f6' : '#cfd8e3'} stroke="#5a6b80" strokeWidth={0.03} />
      <Text x={s.x - 0.2} y={s.y - 0.08} text={s.label} fontSize={0.16} />
    </Fragment>
  );
  return (
    <Stage
      width={window.innerWidth}
      height={window.innerHeight}
      x={camera.x}
      y={camera.y}
      scaleX={camera.scale}
      scaleY={camera.scale}
      draggable
      dragButtons={[1]}
      onDragEnd={(e: Konva.KonvaEventObject<DragEvent>) => {
        if (e.target === e.target.getStage()) setCamera((c) => ({ ...c, x: e.target.x(), y: e.target.y() }));
      }}
      onWheel={(e: Konva.KonvaEventObject<WheelEvent>) => {
        e.evt.preventDefault();
        const stage = e.target.getStage()!;
        const p = stage.getPointerPosition()!;
        setCamera((c) => {
          // The app's zoom per wheel step, so that both zoom as far in the same gesture.
          const scale = c.scale * Math.exp(-e.evt.deltaY / 450);
          return { scale, x: p.x - ((p.x - c.x) / c.scale) * scale, y: p.y - ((p.y - c.y) / c.scale) * scale };
        });
      }}
      onMouseDown={(e: Konva.KonvaEventObject<MouseEvent>) => {
        if (e.evt.button !== 0 || e.target !== e.target.getStage()) return;
        const p = world(e.target.getStage()!);
        setMarquee({ x: p.x, y: p.y, width: 0, height: 0 });
      }}
      onMouseMove={(e: Konva.KonvaEventObject<MouseEvent>) => {
        if (!marquee) return;
        const p = world(e.target.getStage()!);
        setMarquee({ ...marquee, width: p.x - marquee.x, height: p.y - marquee.y });
      }}
      onMouseUp={() => {
        if (!marquee) return;
        const [x0, x1] = [Math.min(marquee.x, marquee.x + marquee.width), Math.max(marquee.x, marquee.x + marquee.width)];
        const [y0, y1] = [Math.min(marquee.y, marquee.y + marquee.height), Math.max(marquee.y, marquee.y + marquee.height)];
        setSelected(new Set(scene.seats.filter((s) => s.x >= x0 && s.x <= x1 && s.y >= y0 && s.y <= y1).map((s) => s.id)));
        setMarquee(null);
      }}
    >
      <Layer>
        <Rect x={0} y={0} width={scene.widthM} height={scene.depthM} stroke="#333" strokeWidth={0.1} />
        {scene.seats.filter((s) => s.elementId !== scene.tableId).map(seat)}
        <Group draggable>
          <Circle x={2} y={2} radius={0.8} fill="#f3e6cf" stroke="#8a6d3b" strokeWidth={0.03} />
          {scene.seats.filter((s) => s.elementId === scene.tableId).map(seat)}
        </Group>
        {marquee && <Rect {...marquee} stroke="#2563eb" strokeWidth={0.05} fill="rgba(37,99,235,0.1)" />}
      </Layer>
    </Stage>
  );
}

const w = window as unknown as { __scene: Scene; __mount: () => void };
w.__mount = () => createRoot(document.getElementById('root')!).render(<Naive scene={w.__scene} />);
