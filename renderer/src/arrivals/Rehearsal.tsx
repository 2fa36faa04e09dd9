import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import type Konva from 'konva';
import { createRehearsal, type Cue, type Rehearsal as RehearsalModel } from '../../../shared/arrival';
import type { EventDocument } from '../../../shared/model/collections';
import { useElementSize } from '../app/useElementSize';
import { SelectField } from '../forms/Field';
import { fitRect } from '../../../shared/camera';
import { hallRect } from '../../../shared/layout/geometry';
import { drawHallBase } from '../halls/view/draw';
import { nativeContext } from '../halls/editor/native-context';
import { LabelledSelect, namedOptions } from '../forms/LabelledSelect';
import { useI18n } from '../i18n/I18n';
import { SPEEDS, atEnd, createClock, cueIndexAt, jump, pause, play, setSpeed, stepToNextCue, timeOf, type Clock, type Speed } from './clock';
import { drawMarkers, drawRoute, markersAttribute, venueMapElements } from './mapDraw';
import type { ArrivalsT } from './messages';
import { rowCode, type SequenceView } from './model';
import { clockWithSeconds } from './time';
import { TimeInput } from './TimeInput';
import { pickLang } from '../../../shared/i18n/index';

type Props = { document: EventDocument; view: SequenceView; t: ArrivalsT };

/** How often the markers' positions are written to the DOM (data-markers) while playing. */
const ATTRIBUTE_EVERY_MS = 200;
const NEXT_SHOWN = 3;
const ALSO_SHOWN = 2;
const INITIAL_SPEED: Speed = 10;

/**
 * Rehearsal: the sequence played on its venue map. The clock (clock.ts) runs in a
 * requestAnimationFrame loop that redraws only the markers' layer (one Konva Shape) and writes
 * the time straight into the page; React renders when a control is used or a new cue begins,
 * never per frame. The cue under way is shown large enough to read on a projector.
 */
export function Rehearsal({ document, view, t }: Props) {
  const i18n = useI18n();
  const rehearsal = useMemo(() => createRehearsal(document, view.sequence.id), [document, view.sequence.id]);
  const cues = useMemo(() => rehearsal.cues(i18n.lang), [rehearsal, i18n.lang]);
  const codes = useMemo(() => new Map(view.rows.map((r) => [r.slot.id, rowCode(r)])), [view.rows]);
  const hall = view.sequence.hallId ? document.halls[view.sequence.hallId] : undefined;
  const elements = useMemo(() => (hall ? venueMapElements(document.elements, hall.id) : []), [document.elements, hall]);

  const [playing, setPlaying] = useState(false);
  const [speed, setSpeedState] = useState<Speed>(INITIAL_SPEED);
  // The loop tells the cue panel when a new cue begins; only that panel renders then.
  const cueSink = useRef<(index: number) => void>(() => {});
  // Paused at the first arrival: a paused clock does not look at the wall clock.
  const clockRef = useRef<Clock>(createClock(rehearsal.start, rehearsal.end, 0, INITIAL_SPEED));
  // What the loop last drew, and whether it must draw again though the time has not changed.
  const timeRef = useRef(rehearsal.start);
  const dirty = useRef(true);
  // A document edit (a time moved...) keeps the time shown, with the sequence's new range.
  useEffect(() => {
    const c = clockRef.current;
    if (c.start === rehearsal.start && c.end === rehearsal.end) return;
    const wall = performance.now();
    clockRef.current = jump({ ...c, start: rehearsal.start, end: Math.max(rehearsal.start, rehearsal.end) }, timeOf(c, wall), wall);
    dirty.current = true;
  }, [rehearsal]);

  const [mapRef, size] = useElementSize();
  const mapBox = useRef<HTMLDivElement | null>(null);
  const camera = useMemo(() => (hall && size.width > 0 ? fitRect(hallRect(hall), size, 24) : null), [hall, size]);
  // One stable ref for the map box: the loop writes its data attributes, the size hook observes it.
  const mapBoxRef = useCallback(
    (el: HTMLDivElement | null) => {
      mapBox.current = el;
      mapRef(el);
    },
    [mapRef],
  );
  const markerLayer = useRef<Konva.Layer>(null);
  const clockText = useRef<HTMLSpanElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const staticScene = useCallback(
    (context: Konva.Context, shape: Konva.Shape) => {
      if (!hall) return;
      const { ctx, px } = drawHallBase(context, shape, hall, elements, i18n.lang);
      drawRoute(ctx, view.points, view.steps, px, i18n.lang);
    },
    [hall, elements, view.points, view.steps, i18n.lang],
  );
  const markerScene = useCallback(
    (context: Konva.Context, shape: Konva.Shape) => {
      drawMarkers(nativeContext(context, shape), rehearsal.markersAt(timeRef.current), codes, 1 / shape.getAbsoluteScale().x);
    },
    [rehearsal, codes],
  );

  // The playback loop: one frame = the time from the clock, the markers' layer redrawn, the
  // clock's text; the cue index (React state) only when a new cue begins.
  useEffect(() => {
    dirty.current = true;
    let frame = 0;
    let lastAttr = -Infinity;
    let lastCue = Number.NaN;
    const tick = () => {
      const wall = performance.now();
      let c = clockRef.current;
      if (c.playing && atEnd(c, wall)) {
        clockRef.current = c = pause(c, wall);
        setPlaying(false);
        dirty.current = true;
      }
      const time = timeOf(c, wall);
      if (time !== timeRef.current || dirty.current) {
        // The cue list's geometry read first, while the page's layout is still clean: read
        // after the clock's text is written, it forced a layout of the whole screen (a list of
        // a thousand cues) in the middle of the frame at every new cue.
        const index = cueIndexAt(cues, time);
        const scroll = index !== lastCue ? scrollFor(listRef.current, index) : null;
        timeRef.current = time;
        markerLayer.current?.draw();
        if (clockText.current) clockText.current.textContent = clockWithSeconds(view.clock, Math.floor(time));
        const box = mapBox.current;
        if (box && (!c.playing || dirty.current || wall - lastAttr >= ATTRIBUTE_EVERY_MS)) {
          lastAttr = wall;
          box.dataset.time = String(Math.floor(time));
          box.dataset.markers = markersAttribute(rehearsal.markersAt(time), codes);
        }
        if (index !== lastCue) {
          lastCue = index;
          cueSink.current(index);
          highlight(listRef.current, index, scroll);
        }
        dirty.current = false;
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [rehearsal, cues, codes, view.clock, camera]);

  // Stable (refs and a state setter only): the memoized cue list is not rendered again by it.
  const control = useCallback((change: (c: Clock, wall: number) => Clock) => {
    const wall = performance.now();
    clockRef.current = change(clockRef.current, wall);
    setPlaying(clockRef.current.playing);
    dirty.current = true;
  }, []);
  const jumpTo = useCallback((at: number) => control((c, w) => jump(c, at, w)), [control]);

  const hallName = hall ? pickLang(i18n.lang, { vi: hall.nameVi, en: hall.nameEn }) : '';

  return (
    <div className="arrivals__body arrivals-rehearsal" data-testid="arrivals-rehearsal">
      <div className="arrivals-rehearsal__stage">
        <div className="arrivals-rehearsal__controls" role="group" aria-label={t('rehearsal', { name: pickLang(i18n.lang, { vi: view.sequence.nameVi, en: view.sequence.nameEn }) })}>
          {/* Written by the playback loop, never by React: a render must not put back an old time. */}
          <span className="arrivals-rehearsal__clock" data-testid="rehearsal-clock" ref={clockText} aria-live="off" />
          <button type="button" className="button button--primary" data-testid="rehearsal-play" aria-pressed={playing} onClick={() => control((c, w) => (c.playing ? pause(c, w) : play(c, w)))}>
            {playing ? t('pause') : t('play')}
          </button>
          <button type="button" className="button" data-testid="rehearsal-next-cue" onClick={() => control((c, w) => stepToNextCue(c, cues, w))}>
            {t('nextCue')}
          </button>
          <button type="button" className="button" data-testid="rehearsal-restart" onClick={() => control((c, w) => jump(c, c.start, w))}>
            {t('restart')}
          </button>
          <LabelledSelect
            look="toolbar"
            label={t('speed')}
            testId="rehearsal-speed"
            value={String(speed)}
            options={SPEEDS.map((s) => ({ value: String(s), label: `${s}×` }))}
            onChange={(value) => {
              const s = Number(value) as Speed;
              setSpeedState(s);
              control((c, w) => setSpeed(c, s, w));
            }}
          />
          <label className="toolbar__filter">
            <span>{t('jumpTo')}</span>
            <TimeInput
              clock={view.clock}
              choice={view.times}
              value={null}
              format={(s) => view.clock.label(s)}
              label={t('jumpTo')}
              testId="rehearsal-jump"
              badMessage={t('jumpBad')}
              onCommit={(s) => control((c, w) => jump(c, s, w))}
            />
          </label>
        </div>
        {hall ? (
          <div
            className="arrivals-rehearsal__map"
            ref={mapBoxRef}
            data-testid="rehearsal-map"
            data-playing={playing}
            data-speed={speed}
            role="img"
            aria-label={t('mapLabel', { hall: hallName })}
          >
            {camera && (
              <Stage width={size.width} height={size.height} scaleX={camera.scale} scaleY={camera.scale} x={camera.x} y={camera.y} listening={false}>
                <Layer listening={false}>
                  <Shape sceneFunc={staticScene} listening={false} perfectDrawEnabled={false} />
                </Layer>
                <Layer ref={markerLayer} listening={false}>
                  <Shape sceneFunc={markerScene} listening={false} perfectDrawEnabled={false} />
                </Layer>
              </Stage>
            )}
          </div>
        ) : (
          <div className="empty" data-testid="rehearsal-no-map">
            <p>{t('noMap')}</p>
            <SelectField
              collection="sequences"
              id={view.sequence.id}
              field="hallId"
              label={t('venueMap')}
              testId="rehearsal-hall"
              emptyLabel="—"
              options={namedOptions(Object.values(document.halls), i18n.lang)}
            />
          </div>
        )}
      </div>
      <aside className="arrivals-rehearsal__cues" aria-label={t('cueList')}>
        <CuePanel rehearsal={rehearsal} cues={cues} codes={codes} t={t} sinkRef={cueSink} />
        <h2 className="section-title arrivals-cue__list-title">{t('cueList')}</h2>
        <CueList cues={cues} listRef={listRef} onJump={jumpTo} />
      </aside>
    </div>
  );
}

/**
 * The whole run-of-show, rendered once per sequence and language (a thousand lines for 200
 * delegations): the loop marks the cue under way itself, so a new cue does not render it again.
 */
const CueList = memo(function CueList({ cues, listRef, onJump }: { cues: readonly Cue[]; listRef: React.RefObject<HTMLOListElement | null>; onJump(at: number): void }) {
  return (
    <ol className="arrivals-cue__list" ref={listRef} data-testid="rehearsal-cues">
      {cues.map((c, i) => (
        <li key={`${c.slotId}/${c.stepId}`} data-index={i}>
          <button type="button" className="link-button" onClick={() => onJump(c.at)}>
            {c.text}
          </button>
        </li>
      ))}
    </ol>
  );
});

/** Marks the cue under way in the list and keeps it in view (class and scroll, no React render). */
/** Where the cue list must scroll to show cue `index` (null: it is in view). Reads layout only. */
function scrollFor(list: HTMLOListElement | null, index: number): number | null {
  const item = list?.children[index] as HTMLElement | undefined;
  if (!list || !item) return null;
  const top = item.offsetTop - list.offsetTop;
  const shown = top >= list.scrollTop && top + item.offsetHeight <= list.scrollTop + list.clientHeight;
  return shown ? null : Math.max(0, top - list.clientHeight / 3);
}

/** Marks cue `index` as the current one, and scrolls to it when `scroll` says so. Writes only. */
function highlight(list: HTMLOListElement | null, index: number, scroll: number | null): void {
  if (!list) return;
  list.querySelector('.is-current')?.classList.remove('is-current');
  list.children[index]?.classList.add('is-current');
  if (scroll !== null) list.scrollTop = scroll;
}

type CuePanelProps = {
  rehearsal: RehearsalModel;
  cues: readonly Cue[];
  codes: ReadonlyMap<string, string>;
  t: ArrivalsT;
  /** Filled with this panel's setter: the playback loop calls it with the index of the cue under way. */
  sinkRef: React.RefObject<(index: number) => void>;
};

/** What happens now (large, for a projector) and next; renders only when a new cue begins. */
const CuePanel = memo(function CuePanel({ rehearsal, cues, codes, t, sinkRef }: CuePanelProps) {
  const i18n = useI18n();
  const [cueIndex, setCueIndex] = useState(-1);
  useEffect(() => {
    sinkRef.current = setCueIndex;
  }, [sinkRef]);
  const current: Cue | null = cues[cueIndex] ?? null;
  const underWay = useMemo(() => rehearsal.cuesAt(current?.at ?? rehearsal.start - 1, i18n.lang, NEXT_SHOWN), [rehearsal, current, i18n.lang]);
  // The other steps under way, latest first, a few: with 200 delegations there can be dozens.
  const also = current ? underWay.now.filter((c) => !(c.slotId === current.slotId && c.stepId === current.stepId)).slice(-ALSO_SHOWN).reverse() : [];
  return (
    <>
        <section className="arrivals-cue" aria-live="polite" data-testid="rehearsal-now">
          <h2 className="arrivals-cue__label">{t('now')}</h2>
          {current ? (
            <>
              <p className="arrivals-cue__text" data-testid="rehearsal-current" data-kind={current.kind} data-delegation={codes.get(current.slotId) ?? ''}>
                {current.text}
              </p>
              {also.map((c) => (
                <p key={`${c.slotId}/${c.stepId}`} className="arrivals-cue__also">
                  {c.text}
                </p>
              ))}
            </>
          ) : (
            <p className="arrivals-cue__text">{t('nothingYet')}</p>
          )}
        </section>
        <section className="arrivals-cue arrivals-cue--next" data-testid="rehearsal-next">
          <h2 className="arrivals-cue__label">{t('next')}</h2>
          {underWay.next.length === 0 ? (
            <p className="arrivals-cue__next">{t('allArrived')}</p>
          ) : (
            underWay.next.map((c) => (
              <p key={`${c.slotId}/${c.stepId}`} className="arrivals-cue__next">
                {c.text}
              </p>
            ))
          )}
        </section>
    </>
  );
});
