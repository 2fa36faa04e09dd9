import { useRef, useState } from 'react';
import { updateEntity } from '../../../../shared/document/commands';
import type { Hall } from '../../../../shared/model/entities';
import { useDoc, useEditor } from '../../app/context';
import { getBridge } from '../../bridge';
import { FieldMessage } from '../../forms/Field';
import { useI18n } from '../../i18n/I18n';
import { calibrate, decodeSize, fitScale, removeHallBackground, setHallBackground } from './background';
import { CheckInput, NumberInput } from './inputs';
import type { EditorT } from './messages';
import { getEditorSession, setEditorSession, useEditorSession } from './session';
import { hallProblem, parseNumber } from './validate';

/**
 * The hall inspector's floor plan section: pick (through main's checked image picker), dim,
 * lock, move by exact numbers, scale by marking a known distance, remove. Every change is one
 * document command (one undo step).
 */
export function FloorPlanControls({ hall, t, readOnly }: { hall: Hall; t: EditorT; readOnly: boolean }) {
  const editor = useEditor();
  const i18n = useI18n();
  const { lang } = i18n;
  const asset = useDoc((d) => (hall.backgroundAssetId ? d.assets[hall.backgroundAssetId] : undefined));
  const tool = useEditorSession((s) => s.tool);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const opacityVisit = useRef(0);

  const pick = async () => {
    const api = getBridge();
    if (!api || busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api['asset:pickImage']({});
      if (!result.ok) return setError(result.error.message);
      if (!result.value) return; // cancelled
      const picked = result.value.asset;
      const size = await decodeSize(picked);
      if (!size) return setError(t('floorPlanUndecodable'));
      const current = editor.getDocument().halls[hall.id];
      if (!current) return;
      const existing = Object.values(editor.getDocument().assets).find((a) => a.sha256 === picked.sha256);
      if (existing && existing.id === current.backgroundAssetId) return; // the same plan again: nothing to do
      editor.dispatch(setHallBackground, {
        hallId: hall.id,
        asset: picked,
        fields: { backgroundX: 0, backgroundY: 0, backgroundScale: fitScale(current, size.width, size.height), backgroundLocked: false },
      });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const setFields = (fields: Partial<Hall>, mergeKey: string | null = null): string | null => {
    const problem = hallProblem({ ...hall, ...fields }, lang);
    if (problem) return problem;
    editor.dispatch(updateEntity, { collection: 'halls', id: hall.id, fields }, mergeKey);
    return null;
  };

  const calibrating = tool.kind === 'calibrate' ? tool : null;
  return (
    <section className="floor-plan" aria-labelledby="floor-plan-title" data-testid="hall-plan">
      <h4 id="floor-plan-title" className="inspector__subtitle">{t('floorPlan')}</h4>
      <button type="button" className="button button--small" data-testid="hall-plan-pick" disabled={readOnly || busy} title={t('floorPlanPickHint')} onClick={() => void pick()}>
        {asset ? t('floorPlanReplace') : t('floorPlanPick')}
      </button>
      <FieldMessage testId="hall-plan" error={error} />
      {!asset ? (
        <p className="muted inspector__note" data-testid="hall-plan-none">{t('floorPlanNone')}</p>
      ) : (
        <>
          <label className="field">
            <span className="field__label">{t('planOpacity', { value: i18n.number(Math.round(hall.backgroundOpacity * 100)) })}</span>
            <input
              type="range"
              min={0}
              max={100}
              step={5}
              data-testid="hall-plan-opacity"
              value={Math.round(hall.backgroundOpacity * 100)}
              disabled={readOnly}
              onFocus={() => opacityVisit.current++}
              onPointerDown={() => opacityVisit.current++}
              onChange={(e) => setFields({ backgroundOpacity: Number(e.target.value) / 100 }, `plan-opacity:${hall.id}:${opacityVisit.current}`)}
            />
          </label>
          <CheckInput label={t('planLocked')} testId="hall-plan-locked" value={hall.backgroundLocked} readOnly={readOnly} commit={(v) => setFields({ backgroundLocked: v })} />
          <div className="inspector__grid">
            <NumberInput label={t('planX')} testId="hall-plan-x" value={hall.backgroundX} readOnly={readOnly} t={t} commit={(v) => setFields({ backgroundX: v })} />
            <NumberInput label={t('planY')} testId="hall-plan-y" value={hall.backgroundY} readOnly={readOnly} t={t} commit={(v) => setFields({ backgroundY: v })} />
          </div>
          <NumberInput
            label={t('planScale')}
            testId="hall-plan-scale"
            value={Math.round(hall.backgroundScale * 100 * 1e6) / 1e6}
            readOnly={readOnly}
            t={t}
            commit={(v) => (v > 0 ? setFields({ backgroundScale: v / 100 }) : t('mustBePositive'))}
          />
          <button
            type="button"
            className={`button button--small${calibrating ? ' is-active' : ''}`}
            data-testid="hall-plan-calibrate"
            aria-pressed={calibrating !== null}
            disabled={readOnly}
            onClick={() => setEditorSession(calibrating ? { tool: { kind: 'select' } } : { tool: { kind: 'calibrate', points: [] }, selection: [] })}
          >
            {t('calibrate')}
          </button>
          {calibrating && <Calibration hall={hall} t={t} points={calibrating.points} apply={(fields) => setFields(fields)} />}
          <button type="button" className="button button--small button--danger" data-testid="hall-plan-remove" disabled={readOnly} onClick={() => editor.dispatch(removeHallBackground, { hallId: hall.id })}>
            {t('planRemove')}
          </button>
        </>
      )}
    </section>
  );
}

function Calibration({ hall, t, points, apply }: { hall: Hall; t: EditorT; points: readonly { x: number; y: number }[]; apply(fields: Partial<Hall>): string | null }) {
  const { number } = useI18n();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [a, b] = points;
  const step = points.length === 0 ? t('calibrateHint0') : points.length === 1 ? t('calibrateHint1') : t('calibrateHint2');
  const submit = () => {
    if (!a || !b) return;
    const metres = parseNumber(draft);
    if (metres === null || !(metres > 0)) return setError(t('mustBePositive'));
    if (Math.hypot(b.x - a.x, b.y - a.y) < 1e-9) return setError(t('calibrateSame'));
    const fields = calibrate(hall, a, b, metres);
    if (!fields) return setError(t('calibrateRange'));
    const problem = apply(fields);
    if (problem) return setError(problem);
    setError(null);
    setDraft('');
    if (getEditorSession().tool.kind === 'calibrate') setEditorSession({ tool: { kind: 'select' } });
  };
  return (
    <div className="calibration" data-testid="hall-plan-calibration">
      <p className="inspector__note" role="status" data-testid="hall-plan-calibrate-step">{step}</p>
      {a && b && (
        <>
          <p className="muted inspector__note" data-testid="hall-plan-marked">{t('calibrateMarked', { value: number(Math.hypot(b.x - a.x, b.y - a.y), 2) })}</p>
          <div className={`field${error ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor="hall-plan-distance">{t('calibrateDistance')}</label>
            <input
              id="hall-plan-distance"
              className="field__input field__input--number"
              data-testid="hall-plan-distance"
              inputMode="decimal"
              autoFocus
              value={draft}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'hall-plan-distance-error' : undefined}
              onChange={(e) => {
                setDraft(e.target.value);
                setError(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  submit();
                } else if (e.key === 'Escape') {
                  e.preventDefault();
                  e.stopPropagation();
                  setEditorSession({ tool: { kind: 'select' } });
                }
              }}
            />
            <FieldMessage id="hall-plan-distance-error" testId="hall-plan-distance" error={error} />
          </div>
          <div className="inspector__buttons inspector__buttons--row">
            <button type="button" className="button button--small button--primary" data-testid="hall-plan-apply" onClick={submit}>
              {t('calibrateApply')}
            </button>
            <button type="button" className="button button--small" data-testid="hall-plan-cancel" onClick={() => setEditorSession({ tool: { kind: 'select' } })}>
              {t('cancel')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
