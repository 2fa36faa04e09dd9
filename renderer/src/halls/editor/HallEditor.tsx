import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { randomId } from '../../../../shared/ids';
import { updateEntity } from '../../../../shared/document/commands';
import type { ElementKind, LayoutElement } from '../../../../shared/model/entities';
import { isMac } from '../../app/commands';
import { useDoc, useEditor, useEditorState } from '../../app/context';
import { onCameraCommand } from '../../app/session';
import { useI18n } from '../../i18n/I18n';
import { scaleBarMetres } from '../view/draw';
import { editorNumbers } from './numbers';
import { runAction, type ActionContext } from './actions';
import { newElement, round } from './factory';
import { keyAction, type EditorAction } from './keys';
import { addElements, moveElements, renumberTables, updateElement } from './layout';
import { editorT, kindLabel } from './messages';
import { HallScene } from './scene';
import { getEditorSession, sameIds, setEditorSession, subscribeEditorSession, useEditorSession } from './session';
import { elementProblem } from './validate';
import type { Camera } from '../../../../shared/camera';
import { ContextMenu, Palette } from './EditorMenus';
import { Inspector } from './Inspector';
import { pickLang } from '../../../../shared/i18n/index';

/**
 * The hall layout editor: palette, canvas (camera, grid, rulers, scale bar), hint bar,
 * inspector and context menu. The canvas is an imperative HallScene: drags, pans and zooms
 * never re-render React; a drag or a nudge becomes one command on the document. Memoised: it
 * reads the document itself, so the Halls screen re-rendering (its list's counts) leaves it be.
 */
export const HallEditor = memo(function HallEditor({ hallId }: { hallId: string }) {
  const i18n = useI18n();
  const lang = i18n.lang;
  const t = useMemo(() => editorT(lang), [lang]);
  const editor = useEditor();
  const readOnly = useEditorState((s) => s.readOnly);
  const hall = useDoc((d) => d.halls[hallId]);
  const tool = useEditorSession((s) => s.tool);
  const selection = useEditorSession((s) => s.selection);
  const containerRef = useRef<HTMLDivElement | null>(null);
  const sceneRef = useRef<HallScene | null>(null);
  const scaleLine = useRef<HTMLSpanElement | null>(null);
  const scaleLabel = useRef<HTMLSpanElement | null>(null);
  // The hint bar while the rotate handle is dragged: written directly, no React render per move.
  const hintText = useRef<HTMLSpanElement | null>(null);
  const angleText = useRef<HTMLSpanElement | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const minimapRef = useRef<HTMLCanvasElement | null>(null);
  // A size refused on the canvas (resize handles): shown in the hint bar until the selection or that element changes.
  const [refused, setRefused] = useState<{ text: string; selection: readonly string[]; element: LayoutElement } | null>(null);
  const refusedNow = useDoc((d) => (refused ? d.elements[refused.element.id] : undefined));
  const refusal = refused && refused.selection === selection && refusedNow === refused.element ? refused.text : null;

  useEffect(() => {
    if (getEditorSession().hallId !== hallId) setEditorSession({ hallId, selection: [], tool: { kind: 'select' } });
  }, [hallId]);

  const placeRef = useRef<(at: { x: number; y: number }) => void>(() => {});
  const updateScaleRef = useRef<(camera: Camera) => void>(() => {});
  const langRef = useRef(lang);
  const place = (at: { x: number; y: number }) => {
    const current = getEditorSession().tool;
    if (current.kind !== 'place' || readOnly) return;
    const doc = editor.getDocument();
    const siblings = Object.values(doc.elements).filter((e) => e.hallId === hallId);
    const id = randomId();
    const labels = current.element === 'label' ? { labelEn: 'Label', labelVi: 'Nhãn' } : { labelEn: '', labelVi: '' };
    const element = newElement(current.element, id, hallId, at, siblings, labels);
    if (editor.dispatch(addElements, { elements: [element], ids: randomId })) setEditorSession({ selection: [id], tool: { kind: 'select' } });
  };
  useEffect(() => {
    placeRef.current = place;
  });

  // The scene lives as long as the container; it reads the document and the session itself.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const updateScale = (camera: Camera) => {
      // For tests and assistive tools: where the camera is (pixels per metre, offset).
      container.dataset.camera = `${camera.scale} ${camera.x} ${camera.y}`;
      // A pan keeps the zoom: leave the scale bar alone rather than restyle it every frame.
      const label = `${camera.scale} ${langRef.current}`;
      if (scaleLabel.current?.dataset.for === label) return;
      const metres = scaleBarMetres(camera.scale);
      if (scaleLine.current) scaleLine.current.style.width = `${Math.round(metres * camera.scale)}px`;
      if (scaleLabel.current) {
        scaleLabel.current.textContent = editorNumbers(langRef.current).metres(metres);
        scaleLabel.current.dataset.for = label;
      }
    };
    updateScaleRef.current = updateScale;
    const rotating = (angle: number | null) => {
      if (hintText.current) hintText.current.hidden = angle !== null;
      if (!angleText.current) return;
      angleText.current.hidden = angle === null;
      angleText.current.textContent = angle === null ? '' : editorT(langRef.current)('rotating', { angle: editorNumbers(langRef.current).degrees(angle) });
    };
    /** Applies a size or an angle from the canvas as one command, or shows why it is refused (document unchanged). */
    const applyGeometry = (id: string, geometry: Partial<LayoutElement>, refusedKey: 'resizeRefused' | 'rotateRefused') => {
      const element = editor.getDocument().elements[id];
      if (!element) return;
      const candidate = { ...element, ...geometry };
      const problem = elementProblem(candidate, langRef.current);
      if (problem) {
        setRefused({ text: editorT(langRef.current)(refusedKey, { detail: problem }), selection: getEditorSession().selection, element });
        return;
      }
      const fields: Partial<LayoutElement> = {};
      for (const k of ['x', 'y', 'width', 'depth', 'rotation'] as const) if (candidate[k] !== element[k]) fields[k] = candidate[k];
      if (JSON.stringify(candidate.props) !== JSON.stringify(element.props)) fields.props = candidate.props;
      setRefused(null);
      // A refusal by the command itself (LayoutProblemsError) leaves the document unchanged and is reported by the store.
      editor.dispatch(updateElement, { id, fields, ids: randomId });
    };
    const scene = new HallScene(container, {
      select: (ids) => {
        if (!sameIds(ids, getEditorSession().selection)) setEditorSession({ selection: ids });
      },
      moveEnd: (ids, dx, dy) => {
        editor.dispatch(moveElements, { ids, dx: round(dx), dy: round(dy) });
      },
      place: (at) => placeRef.current(at),
      contextMenu: (at, elementId) => {
        const sel = getEditorSession().selection;
        if (elementId && !sel.includes(elementId)) setEditorSession({ selection: [elementId] });
        if (!elementId && sel.length > 0) setEditorSession({ selection: [] });
        setMenu(at);
      },
      camera: updateScale,
      cancelTool: () => setEditorSession({ tool: { kind: 'select' } }),
      moveBackground: (dx, dy) => {
        const h = editor.getDocument().halls[hallId];
        if (!h || (dx === 0 && dy === 0)) return;
        const r = (v: number) => Math.round(v * 1000) / 1000 + 0;
        editor.dispatch(updateEntity, { collection: 'halls', id: hallId, fields: { backgroundX: r(h.backgroundX + dx), backgroundY: r(h.backgroundY + dy) } });
      },
      resizeEnd: (id, geometry) => applyGeometry(id, geometry, 'resizeRefused'),
      rotating,
      rotateEnd: (id, rotation) => applyGeometry(id, { rotation }, 'rotateRefused'),
      mark: (at) => {
        const current = getEditorSession().tool;
        if (current.kind !== 'calibrate') return;
        const points = current.points.length >= 2 ? [at] : [...current.points, at];
        setEditorSession({ tool: { kind: 'calibrate', points } });
      },
    });
    sceneRef.current = scene;
    if (minimapRef.current) scene.attachMinimap(minimapRef.current);
    const sync = () => scene.setDocument(editor.getSnapshot().document, hallId, langRef.current);
    sync();
    const offDoc = editor.subscribe(() => {
      sync();
      scene.setResizable(!editor.getSnapshot().readOnly);
    });
    const syncSession = () => {
      const s = getEditorSession();
      scene.setResizable(!editor.getSnapshot().readOnly);
      scene.setSelection(s.selection);
      scene.setPlacing(s.tool.kind === 'place');
      scene.setMarks(s.tool.kind === 'calibrate' ? s.tool.points : null);
    };
    syncSession();
    const offSession = subscribeEditorSession(syncSession);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) scene.resize(Math.floor(entry.contentRect.width), Math.floor(entry.contentRect.height));
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
      offDoc();
      offSession();
      scene.destroy();
      sceneRef.current = null;
    };
  }, [editor, hallId]);

  useEffect(() => {
    langRef.current = lang;
    const scene = sceneRef.current;
    if (!scene) return;
    scene.setDocument(editor.getSnapshot().document, hallId, lang);
    updateScaleRef.current(scene.getCamera());
  }, [lang, editor, hallId]);

  const ctx = useCallback(
    (): ActionContext => ({
      editor,
      hallId,
      camera: {
        fit: () => sceneRef.current?.fit(),
        zoomBy: (f) => sceneRef.current?.zoomBy(f),
        zoomToSelection: () => sceneRef.current?.zoomToSelection(),
      },
    }),
    [editor, hallId],
  );
  const act = useCallback((action: EditorAction) => runAction(ctx(), action), [ctx]);

  useEffect(
    () =>
      onCameraCommand((command) => {
        const scene = sceneRef.current;
        if (!scene) return;
        if (command === 'fit' || command === 'zoomReset') scene.fit();
        else scene.zoomBy(command === 'zoomIn' ? 1.25 : 1 / 1.25);
      }),
    [],
  );

  const onKeyDown = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    const action = keyAction(e, isMac());
    if (!action) return;
    if (readOnly && !['escape', 'zoomIn', 'zoomOut', 'fit', 'zoomSelection', 'selectAll', 'copy'].includes(action.kind)) return;
    e.preventDefault();
    e.stopPropagation();
    setMenu(null);
    act(action);
  };

  const dispatchHall = (command: 'renumber') => {
    if (command === 'renumber') editor.dispatch(renumberTables, { hallId });
  };

  if (!hall) return null;
  const name = pickLang(lang, { vi: hall.nameVi, en: hall.nameEn });
  const hint = readOnly
    ? t('readOnlyHint')
    : tool.kind === 'place'
      ? t('hintPlace', { kind: kindLabel(lang, tool.element) })
      : tool.kind === 'calibrate'
        ? t(tool.points.length === 0 ? 'calibrateHint0' : tool.points.length === 1 ? 'calibrateHint1' : 'calibrateHint2')
        : hall.backgroundAssetId && !hall.backgroundLocked
          ? `${t('hintPlanUnlocked')} · ${t('hintSelect')}`
          : t('hintSelect');

  return (
    <section className="hall-editor" aria-labelledby="hall-preview-name" data-testid="hall-editor">
      <header className="hall-preview__header">
        <h2 id="hall-preview-name" className="hall-preview__name" data-testid="hall-preview-name">
          {name}
        </h2>
        <div className="hall-preview__tools" role="toolbar" aria-label={t('contextMenu')}>
          <label className="toggle" title={t('snap')}>
            <input
              type="checkbox"
              data-testid="hall-snap"
              checked={hall.snap}
              disabled={readOnly}
              onChange={(e) => editor.dispatch(updateEntity, { collection: 'halls', id: hallId, fields: { snap: e.target.checked } })}
            />
            {t('snap')}
          </label>
          <button type="button" className="button button--small" data-testid="hall-renumber" disabled={readOnly} title={t('renumberHint')} onClick={() => dispatchHall('renumber')}>
            {t('renumber')}
          </button>
          <button type="button" className="button button--small" data-testid="hall-zoom-out" onClick={() => act({ kind: 'zoomOut' })} title={`${i18n.t('zoomOut')} (−)`} aria-label={i18n.t('zoomOut')}>
            −
          </button>
          <button type="button" className="button button--small" data-testid="hall-zoom-in" onClick={() => act({ kind: 'zoomIn' })} title={`${i18n.t('zoomIn')} (+)`} aria-label={i18n.t('zoomIn')}>
            +
          </button>
          <button type="button" className="button button--small" data-testid="hall-fit" onClick={() => act({ kind: 'fit' })} title={`${i18n.t('fitPlan')} (F)`}>
            {i18n.t('fitPlan')}
          </button>
          <button type="button" className="button button--small" data-testid="hall-zoom-selection" disabled={selection.length === 0} onClick={() => act({ kind: 'zoomSelection' })} title={`${t('zoomSelection')} (Shift+F)`}>
            {t('zoomSelection')}
          </button>
        </div>
      </header>
      <div className="hall-editor__body">
        <Palette t={t} lang={lang} disabled={readOnly} active={tool.kind === 'place' ? tool.element : null} />
        <div className="hall-editor__stage" data-testid="hall-preview-canvas">
          <div
            className="hall-editor__canvas"
            ref={containerRef}
            tabIndex={0}
            role="application"
            aria-roledescription="hall plan editor"
            aria-label={t('canvasLabel', { name, width: i18n.number(hall.widthM, 2), depth: i18n.number(hall.depthM, 2), seats: '', elements: '' })}
            data-testid="hall-canvas"
            data-tool={tool.kind === 'place' ? `place:${tool.element}` : tool.kind}
            data-background={hall.backgroundAssetId ? `${hall.backgroundX} ${hall.backgroundY} ${hall.backgroundScale} ${hall.backgroundOpacity}${hall.backgroundLocked ? ' locked' : ''}` : undefined}
            data-selection={selection.join(' ')}
            onKeyDown={onKeyDown}
            onDragOver={(e) => {
              if (e.dataTransfer.types.includes('application/x-preseance-element')) e.preventDefault();
            }}
            onDrop={(e) => {
              const kind = e.dataTransfer.getData('application/x-preseance-element') as ElementKind;
              const scene = sceneRef.current;
              if (!kind || !scene || readOnly) return;
              e.preventDefault();
              const r = e.currentTarget.getBoundingClientRect();
              const cam = scene.getCamera();
              let at = { x: (e.clientX - r.left - cam.x) / cam.scale, y: (e.clientY - r.top - cam.y) / cam.scale };
              if (hall.snap) at = { x: Math.round(at.x / hall.gridM) * hall.gridM, y: Math.round(at.y / hall.gridM) * hall.gridM };
              setEditorSession({ tool: { kind: 'place', element: kind } });
              placeRef.current(at);
            }}
          />
          <div className="scale-bar" aria-hidden="true" data-testid="hall-scale-bar">
            <span className="scale-bar__line" ref={scaleLine} />
            <span className="scale-bar__label" ref={scaleLabel} />
          </div>
          <canvas className="minimap" ref={minimapRef} hidden data-testid="hall-minimap" aria-label={t('minimap')} title={t('minimap')} />
          {menu && <ContextMenu at={menu} t={t} onClose={() => setMenu(null)} act={act} readOnly={readOnly} hallId={hallId} />}
        </div>
        <Inspector hall={hall} t={t} readOnly={readOnly} />
      </div>
      <p className="hint-bar" data-testid="hall-hint" role="status">
        {selection.length > 0 && tool.kind === 'select' && <strong>{t('hintSelected', { count: selection.length })} · </strong>}
        <span ref={hintText}>
          {refusal ? (
            <span className="hint-bar__refused" data-testid="hall-resize-refused">
              {refusal}
            </span>
          ) : (
            hint
          )}
        </span>
        <span ref={angleText} data-testid="hall-rotate-angle" hidden />
      </p>
    </section>
  );
});
