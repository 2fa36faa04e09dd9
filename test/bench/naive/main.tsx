// The baseline the canvas benchmark compares against: the same hall drawn the naive way, one
// react-konva Circle and one Text per seat, default settings, a draggable stage, wheel zoom.
import { createRoot } from 'react-dom/client';
import { Circle, Layer, Rect, Stage, Text } from 'react-konva';
import type Konva from 'konva';
import { useState } from 'react';

type Scene = { widthM: number; depthM: number; seats: { id: string; x: number; y: number; label: string }[] };

function Naive({ scene }: { scene: Scene }) {
  const fit = Math.min(window.innerWidth / scene.widthM, window.innerHeight / scene.depthM);
  const [camera, setCamera] = useState({ x: 0, y: 0, scale: fit });
  return (
    <Stage
      width={window.innerWidth}
      height={window.innerHeight}
      x={camera.x}
      y={camera.y}
      scaleX={camera.scale}
      scaleY={camera.scale}
      draggable
      onDragEnd={(e: Konva.KonvaEventObject<DragEvent>) => setCamera((c) => ({ ...c, x: e.target.x(), y: e.target.y() }))}
      onWheel={(e: Konva.KonvaEventObject<WheelEvent>) => {
        e.evt.preventDefault();
        const stage = e.target.getStage()!;
        const p = stage.getPointerPosition()!;
        setCamera((c) => {
          const scale = c.scale * (e.evt.deltaY < 0 ? 1.1 : 1 / 1.1);
          return { scale, x: p.x - ((p.x - c.x) / c.scale) * scale, y: p.y - ((p.y - c.y) / c.scale) * scale };
        });
      }}
    >
      <Layer>
        <Rect x={0} y={0} width={scene.widthM} height={scene.depthM} stroke="#333" strokeWidth={0.1} />
        {scene.seats.map((s) => (
          <Circle key={s.id} x={s.x} y={s.y} radius={0.22} fill="#cfd8e3" stroke="#5a6b80" strokeWidth={0.03} />
        ))}
        {scene.seats.map((s) => (
          <Text key={`t${s.id}`} x={s.x - 0.2} y={s.y - 0.08} text={s.label} fontSize={0.16} />
        ))}
      </Layer>
    </Stage>
  );
}

const w = window as unknown as { __scene: Scene; __mount: () => void };
w.__mount = () => createRoot(document.getElementById('root')!).render(<Naive scene={w.__scene} />);
