import { useMemo, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { stepLabel } from '../../../shared/arrival';
import { useElementSize } from '../app/useElementSize';
import { useI18n } from '../i18n/I18n';
import { displayName } from '../delegations/delegationData';
import type { ArrivalsT } from './messages';
import { laneSources, rowCode, spansOf, type SequenceView } from './model';
import { clockWithSeconds } from './time';
import { draggedStart, fitScale, layoutTimeline, ticks, xOf, zoomScale, type TimeScale } from './timeline';
import { pickLang } from '../../../shared/i18n/index';

type Props = {
  view: SequenceView;
  t: ArrivalsT;
  selectedSlotId: string | null;
  /** Slots named by a conflict: their bars are ringed red. */
  conflictSlotIds: ReadonlySet<string>;
  readOnly: boolean;
  /** The live clock's time (seconds), drawn as a line; null outside live mode. */
  now?: number | null;
  onSelect(slotId: string): void;
  /** A bar dropped elsewhere: the slot's arrival (first step) moves to `start`, its other steps with it. */
  onMove(slotId: string, start: number): void;
  /** The plan's actions, at the start of the timeline's toolbar. */
  children?: ReactNode;
};

const LABEL_W = 176;
const AXIS_H = 36;
const CODE_MIN_PX = 30;
const ZOOM = 1.5;

type Drag = { slotId: string; pointerX: number; start: number; to: number; moved: boolean };

/**
 * The sequence in time: one lane per venue point and per greeter, each step of each slot a bar.
 * Bars are buttons (focusable, clickable, labelled); dragging one moves its whole slot, previewed
 * without touching the document, snapped to the minute (Alt: to the second), one command on drop.
 */
export function Timeline({ view, t, selectedSlotId, conflictSlotIds, readOnly, now = null, onSelect, onMove, children }: Props) {
  const i18n = useI18n();
  const [ref, size] = useElementSize();
  const [zoom, setZoom] = useState<TimeScale | null>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragRef = useRef<Drag | null>(null);
  // The click that ends a drag is not a selection.
  const dropped = useRef(false);

  const fitted = useMemo(() => {
    const from = view.range?.from ?? view.deadline ?? 8 * 3600;
    const to = Math.max(view.range?.to ?? from, view.deadline ?? -Infinity);
    return fitScale(from, to, Math.max(200, size.width - LABEL_W));
  }, [view.range, view.deadline, size.width]);
  const scale = zoom ?? fitted;
  const sources = useMemo(() => laneSources(view), [view]);
  const shiftSlot = drag?.moved ? drag.slotId : null;
  const shiftBy = drag?.moved ? drag.to - drag.start : 0;
  const layout = useMemo(
    () => layoutTimeline(sources, spansOf(view, shiftSlot ? { slotId: shiftSlot, by: shiftBy } : undefined), scale),
    [sources, view, shiftSlot, shiftBy, scale],
  );
  const rows = useMemo(() => new Map(view.rows.map((r) => [r.slot.id, r])), [view.rows]);
  const stepOf = useMemo(() => new Map(view.steps.map((s) => [s.id, s])), [view.steps]);

  const end = Math.max(view.range?.to ?? 0, view.deadline ?? 0) + 120;
  const width = Math.max(size.width - LABEL_W, xOf(scale, end));
  const axis = ticks(scale, scale.t0, scale.t0 + ((width - scale.x0) / scale.pxPerMin) * 60);

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>, slotId: string) => {
    if (e.button !== 0) return;
    const start = rows.get(slotId)?.start;
    if (readOnly || start === null || start === undefined) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    dragRef.current = { slotId, pointerX: e.clientX, start, to: start, moved: false };
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = dragRef.current;
    if (!d) return;
    const dx = e.clientX - d.pointerX;
    // A few pixels of hand tremor is a click, not a move.
    if (!d.moved && Math.abs(dx) < 4) return;
    const next = { ...d, moved: true, to: draggedStart(scale, d.start, dx, !e.altKey) };
    dragRef.current = next;
    if (next.to !== drag?.to || !drag?.moved) setDrag(next);
  };
  const onPointerUp = () => {
    const d = dragRef.current;
    dragRef.current = null;
    setDrag(null);
    dropped.current = !!d?.moved;
    if (d?.moved && d.to !== d.start) onMove(d.slotId, d.to);
  };

  const laneName = (kind: 'point' | 'greeter', id: string) => {
    if (kind === 'point') {
      const p = view.points.find((x) => x.id === id);
      return p ? pickLang(i18n.lang, { vi: p.nameVi, en: p.nameEn }) : '';
    }
    return view.greeters.find((g) => g.id === id)?.name ?? '';
  };

  return (
    <section className="timeline" aria-label={t('timelineLabel', { name: pickLang(i18n.lang, { vi: view.sequence.nameVi, en: view.sequence.nameEn }) })} data-testid="arrivals-timeline">
      <div className="timeline__tools">
        {children}
        <span className="timeline__spacer" />
        <button type="button" className="button button--small" data-testid="timeline-zoom-out" aria-label={t('zoomOut')} title={t('zoomOut')} onClick={() => setZoom(zoomScale(scale, 1 / ZOOM, 0))}>
          −
        </button>
        <button type="button" className="button button--small" data-testid="timeline-zoom-in" aria-label={t('zoomIn')} title={t('zoomIn')} onClick={() => setZoom(zoomScale(scale, ZOOM, 0))}>
          +
        </button>
        <button type="button" className="button button--small" data-testid="timeline-fit" onClick={() => setZoom(null)}>
          {t('fit')}
        </button>
      </div>
      <div className="timeline__frame" ref={ref}>
        <div className="timeline__labels" style={{ width: LABEL_W, paddingTop: AXIS_H }}>
          {layout.lanes.map((lane) => (
            <div key={lane.key} className={`timeline__lane-label timeline__lane-label--${lane.kind}`} style={{ height: lane.height }} data-testid={`timeline-lane-${lane.id}`}>
              <span className="timeline__lane-name">{laneName(lane.kind, lane.id)}</span>
              {lane.kind === 'greeter' && <span className="timeline__lane-kind">{t('laneGreeter')}</span>}
            </div>
          ))}
        </div>
        <div className="timeline__scroll">
          <div className="timeline__canvas" style={{ width, height: AXIS_H + layout.height }}>
            <div className="timeline__axis" style={{ height: AXIS_H }}>
              {axis.times.map((time) => (
                <span key={time} className="timeline__tick" style={{ left: xOf(scale, time) }}>
                  {view.clock.label(time)}
                </span>
              ))}
            </div>
            {axis.times.map((time) => (
              <div key={time} className="timeline__gridline" style={{ left: xOf(scale, time), top: AXIS_H }} />
            ))}
            {layout.lanes.map((lane) => (
              <div key={lane.key} className="timeline__lane" style={{ top: AXIS_H + lane.y, height: lane.height }} />
            ))}
            {view.deadline !== null && (
              <div className="timeline__deadline" style={{ left: xOf(scale, view.deadline), top: 0 }} data-testid="timeline-deadline" title={t('deadlineMark', { time: view.clock.label(view.deadline) })}>
                <span>{t('deadlineMark', { time: view.clock.label(view.deadline) })}</span>
              </div>
            )}
            {now !== null && <div className="timeline__now" style={{ left: xOf(scale, now), top: AXIS_H }} data-testid="timeline-now" />}
            {layout.bars.map((bar) => {
              const row = rows.get(bar.slotId)!;
              const step = stepOf.get(bar.stepId)!;
              const code = rowCode(row);
              const name = row.delegation ? displayName(row.delegation, i18n.lang) : code;
              const label = t('barLabel', { delegation: name, step: stepLabel(step.kind, i18n.lang), from: clockWithSeconds(view.clock, bar.start), to: clockWithSeconds(view.clock, bar.end) });
              const classes = [
                'timeline__bar',
                `timeline__bar--${step.kind}`,
                bar.slotId === selectedSlotId ? 'is-selected' : '',
                conflictSlotIds.has(bar.slotId) ? 'is-conflict' : '',
                row.arrived !== null ? 'is-logged' : '',
                drag?.moved && drag.slotId === bar.slotId ? 'is-dragging' : '',
              ];
              return (
                <button
                  key={`${bar.slotId}/${bar.stepId}/${bar.laneKey}`}
                  type="button"
                  className={classes.filter(Boolean).join(' ')}
                  style={{ left: bar.x, top: AXIS_H + bar.y, width: bar.width, height: bar.height }}
                  data-testid={`timeline-bar-${code}`}
                  data-step={step.kind}
                  data-start={clockWithSeconds(view.clock, bar.start)}
                  aria-label={label}
                  aria-pressed={bar.slotId === selectedSlotId}
                  title={label}
                  onPointerDown={(e) => onPointerDown(e, bar.slotId)}
                  onPointerMove={onPointerMove}
                  onPointerUp={onPointerUp}
                  onPointerCancel={() => {
                    dragRef.current = null;
                    setDrag(null);
                  }}
                  onClick={() => {
                    if (dropped.current) dropped.current = false;
                    else onSelect(bar.slotId);
                  }}
                >
                  {bar.width >= CODE_MIN_PX ? code : ''}
                </button>
              );
            })}
            {drag?.moved && (
              <div className="timeline__drag-time" style={{ left: xOf(scale, drag.to), top: 2 }} data-testid="timeline-drag-time">
                {clockWithSeconds(view.clock, drag.to)}
              </div>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
