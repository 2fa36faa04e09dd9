import { useCallback, useEffect, useMemo, useState } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import type Konva from 'konva';
import type { Hall, LayoutElement, Seat } from '../../../shared/model/entities';
import { useDoc } from '../app/context';
import { useElementSize } from '../app/useElementSize';
import { onCameraCommand, type CameraCommand } from '../app/session';
import { useI18n } from '../i18n/I18n';
import { drawElements, drawFloor, drawSeats, fitCamera, scaleBarMetres, SEAT_COLORS, type Camera } from './draw';

const MIN_ZOOM = 0.25;
const MAX_ZOOM = 40;
const ZOOM_STEP = 1.25;


/**
 * A read-only plan of one hall drawn to scale: the floor, its elements, its seats (all of them
 * in one shape). Fits the area it is given; wheel zooms, drag pans, View > Fit fits again.
 */
export function HallPreview({ hallId }: { hallId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const hall = useDoc((d) => d.halls[hallId]);
  const allElements = useDoc((d) => d.elements);
  const allSeats = useDoc((d) => d.seats);
  const allAssignments = useDoc((d) => d.assignments);
  const elements = useMemo(
    () =>
      Object.values(allElements)
        .filter((e) => e.hallId === hallId)
        .sort((a, b) => (a.zIndex < b.zIndex ? -1 : a.zIndex > b.zIndex ? 1 : 0)),
    [allElements, hallId],
  );
  const seats = useMemo(() => Object.values(allSeats).filter((s) => s.hallId === hallId), [allSeats, hallId]);
  const assigned = useMemo(() => {
    const set = new Set<string>();
    for (const a of Object.values(allAssignments)) if (a.hallId === hallId) set.add(a.seatId);
    return set;
  }, [allAssignments, hallId]);

  const [containerRef, size] = useElementSize();
  // The camera is session state: where the user looks, never saved. null = fit to the area.
  const [camera, setCamera] = useState<Camera | null>(null);
  const fitted = useMemo(() => (hall && size.width > 0 ? fitCamera(hall, size.width, size.height) : null), [hall, size]);
  const view = camera ?? fitted;

  const zoomAt = useCallback(
    (factor: number, at?: { x: number; y: number }) => {
      if (!fitted) return;
      setCamera((current) => {
        const cam = current ?? fitted;
        const scale = Math.min(fitted.scale * MAX_ZOOM, Math.max(fitted.scale * MIN_ZOOM, cam.scale * factor));
        const p = at ?? { x: size.width / 2, y: size.height / 2 };
        const mx = (p.x - cam.x) / cam.scale;
        const my = (p.y - cam.y) / cam.scale;
        return { scale, x: p.x - mx * scale, y: p.y - my * scale };
      });
    },
    [fitted, size],
  );

  useEffect(
    () =>
      onCameraCommand((command: CameraCommand) => {
        if (command === 'fit') setCamera(null);
        else if (command === 'zoomIn') zoomAt(ZOOM_STEP);
        else if (command === 'zoomOut') zoomAt(1 / ZOOM_STEP);
        else if (command === 'zoomReset' && fitted) setCamera(null);
      }),
    [zoomAt, fitted],
  );

  if (!hall) return null;
  const name = i18n.lang === 'vi' ? hall.nameVi : hall.nameEn;
  const bar = view ? scaleBarMetres(view.scale) : null;
  const description = t('hallPlan', {
    name,
    width: i18n.number(hall.widthM, 2),
    depth: i18n.number(hall.depthM, 2),
    seats: i18n.number(seats.length),
  });
  return (
    <section className="hall-preview" aria-labelledby="hall-preview-name" data-testid="hall-preview">
      <header className="hall-preview__header">
        <h2 id="hall-preview-name" className="hall-preview__name" data-testid="hall-preview-name">
          {name}
        </h2>
        <div className="hall-preview__tools">
          <button type="button" className="button button--small" data-testid="hall-zoom-out" onClick={() => zoomAt(1 / ZOOM_STEP)} title={t('zoomOut')} aria-label={t('zoomOut')}>
            −
          </button>
          <button type="button" className="button button--small" data-testid="hall-zoom-in" onClick={() => zoomAt(ZOOM_STEP)} title={t('zoomIn')} aria-label={t('zoomIn')}>
            +
          </button>
          <button type="button" className="button button--small" data-testid="hall-fit" onClick={() => setCamera(null)}>
            {t('fitPlan')}
          </button>
        </div>
      </header>
      <div className="hall-preview__canvas" ref={containerRef} role="img" aria-label={description} data-testid="hall-preview-canvas">
        {view && size.width > 0 && (
          <Stage
            width={size.width}
            height={size.height}
            scaleX={view.scale}
            scaleY={view.scale}
            x={view.x}
            y={view.y}
            draggable
            onDragEnd={(e: Konva.KonvaEventObject<DragEvent>) => {
              const stage = e.target.getStage();
              if (stage && e.target === stage) setCamera({ scale: view.scale, x: stage.x(), y: stage.y() });
            }}
            onWheel={(e: Konva.KonvaEventObject<WheelEvent>) => {
              e.evt.preventDefault();
              const pointer = e.target.getStage()?.getPointerPosition() ?? undefined;
              zoomAt(e.evt.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP, pointer);
            }}
          >
            <Layer listening={false}>
              <PlanShape hall={hall} elements={elements} seats={seats} assigned={assigned} lang={i18n.lang} />
            </Layer>
          </Stage>
        )}
        {bar !== null && view && (
          <div className="scale-bar" aria-hidden="true">
            <span className="scale-bar__line" style={{ width: `${bar * view.scale}px` }} />
            <span className="scale-bar__label">{t('scaleBar', { metres: i18n.number(bar, 2) })}</span>
          </div>
        )}
      </div>
      <footer className="hall-preview__footer">
        <p className="muted">{description}</p>
        <ul className="legend" aria-label={t('legend')}>
          <li>
            <span className="legend__dot" style={{ background: SEAT_COLORS.free, borderColor: SEAT_COLORS.stroke }} />
            {t('legendFree')}
          </li>
          <li>
            <span className="legend__dot" style={{ background: SEAT_COLORS.assigned, borderColor: SEAT_COLORS.stroke }} />
            {t('legendAssigned')}
          </li>
          <li>
            <span className="legend__dot" style={{ background: SEAT_COLORS.blocked, borderColor: SEAT_COLORS.stroke }} />
            {t('legendBlocked')}
          </li>
        </ul>
        <p className="muted hall-preview__note">{t('previewNote')}</p>
      </footer>
    </section>
  );
}

type PlanProps = {
  hall: Hall;
  elements: readonly LayoutElement[];
  seats: readonly Seat[];
  assigned: ReadonlySet<string>;
  lang: 'vi' | 'en';
};

/** The whole plan in one custom shape: one draw call path per seat state, nothing listening. */
function PlanShape({ hall, elements, seats, assigned, lang }: PlanProps) {
  const sceneFunc = useCallback(
    (context: Konva.Context, shape: Konva.Shape) => {
      const ctx = context._context;
      const px = 1 / shape.getAbsoluteScale().x;
      drawFloor(ctx, hall, px);
      drawElements(ctx, elements, px, lang);
      drawSeats(ctx, seats, assigned, px);
    },
    [hall, elements, seats, assigned, lang],
  );
  return <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />;
}
