import { bySortKey } from '../../../shared/compare';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { STEP_DEFAULTS, stepLabel } from '../../../shared/arrival';
import { createEntity, deleteEntities, updateEntity } from '../../../shared/document/commands';
import { randomId } from '../../../shared/ids';
import type { CollectionName, EventDocument } from '../../../shared/model/collections';
import type { SequenceStep, VenuePoint } from '../../../shared/model/entities';
import { useEditor } from '../app/context';
import { FieldMessage, SelectField, TextField } from '../forms/Field';
import { LabelledSelect, namedOptions } from '../forms/LabelledSelect';
import { useI18n } from '../i18n/I18n';
import { venueMapElements } from './mapDraw';
import { pointKindLabels, type ArrivalsT } from './messages';
import type { SequenceView } from './model';
import { ParsedField } from './ParsedField';
import { durationText, moved, nextOrder, readDuration, reorderRows } from './setupModel';
import { SetupMap } from './SetupMap';
import { TimeChoice } from './TimeChoice';
import { readMinutes, readTime, skippedStartOrDeadline } from './time';
import { pickLang } from '../../../shared/i18n/index';
import { decimalText } from '../../../shared/i18n/number';

type Props = { document: EventDocument; view: SequenceView; t: ArrivalsT; readOnly: boolean; onGenerate(): void };

const POINT_KINDS: readonly VenuePoint['kind'][] = ['gate', 'drop-off', 'red-carpet-start', 'greeting', 'photo', 'holding-room', 'other'];
const STEP_KINDS: readonly SequenceStep['kind'][] = ['drive-in', 'walk', 'greeting', 'photo', 'escort'];
/** Where a new step usually happens: the first venue point of that kind, when the sequence has one. */
const STEP_PLACE: Record<SequenceStep['kind'], VenuePoint['kind']> = {
  'drive-in': 'drop-off',
  walk: 'red-carpet-start',
  greeting: 'greeting',
  photo: 'photo',
  escort: 'holding-room',
};

/**
 * Set-up of one sequence: its own fields, its venue points (placed and dragged on the hall's
 * map, named, ordered), its greeters and its step template. Every action is one undo step; a
 * value that does not read is refused in place. Nothing here moves a planned time: the note at
 * the top says so and offers Generate.
 */
export function Setup({ document, view, t, readOnly, onGenerate }: Props) {
  const i18n = useI18n();
  const editor = useEditor();
  const lang = i18n.lang;
  const { sequence, points, steps, greeters } = view;
  const hall = sequence.hallId ? document.halls[sequence.hallId] : undefined;
  const halls = useMemo(() => Object.values(document.halls).sort(bySortKey), [document.halls]);
  const hallName = (id: string) => {
    const h = document.halls[id];
    return h ? pickLang(lang, { vi: h.nameVi, en: h.nameEn }) : '';
  };
  const elements = useMemo(() => (hall ? venueMapElements(document.elements, hall.id) : []), [document.elements, hall]);
  const onMap = useMemo(() => points.filter((p) => p.hallId === hall?.id), [points, hall]);

  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [newKind, setNewKind] = useState<VenuePoint['kind']>('drop-off');
  const [placing, setPlacing] = useState(false);
  const [newStep, setNewStep] = useState<SequenceStep['kind']>('walk');
  const [greeterName, setGreeterName] = useState('');
  const [greeterError, setGreeterError] = useState(false);
  // Esc leaves placing without a point; so does choosing another sequence or losing the map.
  useEffect(() => {
    if (!placing) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setPlacing(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [placing]);
  const isPlacing = placing && !!hall && !readOnly;

  const pointOptions = namedOptions(points, lang);
  const reorder = (collection: 'venuePoints' | 'steps', ids: string[], index: number, by: -1 | 1) =>
    editor.dispatch(reorderRows, { collection, ids: moved(ids, index, by) });
  const remove = (collection: CollectionName, id: string) => editor.dispatch(deleteEntities, { collection, ids: [id] });

  const place = (x: number, y: number) => {
    if (!hall) return;
    const id = randomId();
    const row: VenuePoint = {
      id, sequenceId: sequence.id, hallId: hall.id, kind: newKind,
      nameEn: pointKindLabels.en[newKind], nameVi: pointKindLabels.vi[newKind], x, y, order: nextOrder(points),
    };
    if (editor.dispatch(createEntity, { collection: 'venuePoints', row })) setSelectedId(id);
    setPlacing(false);
  };
  const addGreeter = () => {
    const name = greeterName.trim();
    if (!name) {
      setGreeterError(true);
      return;
    }
    const at = points.find((p) => p.kind === 'greeting') ?? null;
    editor.dispatch(createEntity, { collection: 'greeters', row: { id: randomId(), sequenceId: sequence.id, name, titleEn: '', titleVi: '', venuePointId: at?.id ?? null } });
    setGreeterName('');
    setGreeterError(false);
  };
  const addStep = () => {
    const at = points.find((p) => p.kind === STEP_PLACE[newStep]) ?? null;
    editor.dispatch(createEntity, {
      collection: 'steps',
      row: { id: randomId(), sequenceId: sequence.id, kind: newStep, venuePointId: at?.id ?? null, durationS: STEP_DEFAULTS[newStep], order: nextOrder(steps) },
    });
  };
  const minutes = (v: number) => decimalText(v, lang);
  const readMin = (text: string) => {
    const value = readMinutes(text);
    return value === null ? { error: t('minutesBad') } : { value };
  };
  // A start or deadline the clocks skip on the sequence's day (the deadline's next day when it is
  // before the start) is refused with the reason when the officer chose so (TimeChoice).
  const readClockTime = (field: 'startTime' | 'deadline') => (text: string) => {
    const value = readTime(text);
    if (value === undefined) return { error: t('timeBad') };
    const skipped = value === null ? null : skippedStartOrDeadline(view, value, field, sequence.startTime, lang);
    return skipped ? { error: skipped } : { value };
  };
  const name = pickLang(lang, { vi: sequence.nameVi, en: sequence.nameEn });

  return (
    <div className="arrivals__body arrivals-setup" data-testid="arrivals-setup">
      <div className="arrivals-setup__stage">
        <div className="arrivals-setup__tools">
          <LabelledSelect<VenuePoint['kind']>
            look="toolbar"
            label={t('newPoint')}
            testId="setup-point-kind"
            value={newKind}
            disabled={readOnly}
            options={POINT_KINDS.map((k) => ({ value: k, label: pointKindLabels[lang][k] }))}
            onChange={setNewKind}
          />
          <button type="button" className="button button--primary" data-testid="setup-point-place" aria-pressed={isPlacing} disabled={readOnly || !hall} onClick={() => setPlacing(!isPlacing)}>
            {t('place')}
          </button>
          <span className="arrivals-setup__hint" data-testid="setup-map-hint">
            {isPlacing ? t('placing', { kind: pointKindLabels[lang][newKind] }) : hall ? t('mapHint') : ''}
          </span>
        </div>
        {hall ? (
          <SetupMap
            hall={hall}
            elements={elements}
            points={onMap}
            steps={steps}
            label={t('setupMapLabel', { hall: hallName(hall.id) })}
            readOnly={readOnly}
            selectedId={selectedId}
            placing={isPlacing}
            onPlace={place}
            onMove={(id, x, y) => editor.dispatch(updateEntity, { collection: 'venuePoints', id, fields: { x, y } })}
            onSelect={setSelectedId}
          />
        ) : (
          <div className="empty" data-testid="setup-no-map">
            <p>{t('setupNoMap')}</p>
          </div>
        )}
      </div>

      <aside className="arrivals-setup__panel" aria-label={t('setup', { name })}>
        <div className="arrivals-setup__note" data-testid="setup-note">
          <p>{t('setupNote')}</p>
          <button type="button" className="button" data-testid="setup-generate" disabled={readOnly} onClick={onGenerate}>
            {t('regenerate')}
          </button>
        </div>

        <section className="arrivals-setup__section" aria-labelledby="setup-sequence-title">
          <h2 id="setup-sequence-title" className="section-title">
            {t('setupSequence')}
          </h2>
          <div className="arrivals-setup__grid">
            <TextField key={`${sequence.id}/nameVi`} collection="sequences" id={sequence.id} field="nameVi" label={t('nameVi')} testId="setup-nameVi" inputLang="vi" />
            <TextField key={`${sequence.id}/nameEn`} collection="sequences" id={sequence.id} field="nameEn" label={t('nameEn')} testId="setup-nameEn" inputLang="en" />
            <TextField key={`${sequence.id}/day`} collection="sequences" id={sequence.id} field="day" label={t('day')} testId="setup-day" kind="date" />
            <SelectField
              key={`${sequence.id}/hall`}
              collection="sequences"
              id={sequence.id}
              field="hallId"
              label={t('venueMap')}
              testId="setup-hall"
              emptyLabel={t('noHall')}
              options={namedOptions(halls, lang)}
            />
            <ParsedField key={`${sequence.id}/start`} collection="sequences" id={sequence.id} field="startTime" label={t('startTime')} testId="setup-startTime" format={(v) => v ?? ''} parse={readClockTime('startTime')} placeholder="08:30" />
            <ParsedField key={`${sequence.id}/deadline`} collection="sequences" id={sequence.id} field="deadline" label={t('deadline')} testId="setup-deadline" format={(v) => v ?? ''} parse={readClockTime('deadline')} placeholder="09:00" />
            <ParsedField key={`${sequence.id}/interval`} collection="sequences" id={sequence.id} field="intervalMin" label={t('interval')} testId="setup-intervalMin" format={minutes} parse={readMin} />
            <ParsedField key={`${sequence.id}/gap`} collection="sequences" id={sequence.id} field="minGapMin" label={t('minGap')} testId="setup-minGapMin" format={minutes} parse={readMin} />
            <TimeChoice document={document} sequenceId={sequence.id} readOnly={readOnly} />
          </div>
        </section>

        <SetupList name="points" title={t('points')} count={points.length} empty={t('noPoints')}>
          <ol className="arrivals-setup__list">
            {points.map((p, i) => (
              <li
                key={p.id}
                className={`arrivals-setup__item${p.id === selectedId ? ' is-selected' : ''}`}
                data-testid={`setup-point-${i + 1}`}
                data-id={p.id}
                onFocus={() => setSelectedId(p.id)}
              >
                <div className="arrivals-setup__row">
                  <span className="arrivals-setup__number">{i + 1}</span>
                  <SelectField
                    collection="venuePoints"
                    id={p.id}
                    field="kind"
                    label={t('pointKind')}
                    testId={`setup-point-${i + 1}-kind`}
                    options={POINT_KINDS.map((k) => ({ value: k, label: pointKindLabels[lang][k] }))}
                  />
                  <RowButtons t={t} testId={`setup-point-${i + 1}`} readOnly={readOnly} first={i === 0} last={i === points.length - 1} removeTitle={t('removePoint')}
                    onUp={() => reorder('venuePoints', points.map((x) => x.id), i, -1)}
                    onDown={() => reorder('venuePoints', points.map((x) => x.id), i, 1)}
                    onRemove={() => remove('venuePoints', p.id)}
                  />
                </div>
                <div className="arrivals-setup__pair">
                  <TextField collection="venuePoints" id={p.id} field="nameVi" label={t('nameVi')} testId={`setup-point-${i + 1}-nameVi`} inputLang="vi" />
                  <TextField collection="venuePoints" id={p.id} field="nameEn" label={t('nameEn')} testId={`setup-point-${i + 1}-nameEn`} inputLang="en" />
                </div>
                {p.hallId !== hall?.id && <p className="muted arrivals-setup__elsewhere">{t('otherHall', { hall: hallName(p.hallId) })}</p>}
              </li>
            ))}
          </ol>
        </SetupList>

        <SetupList name="greeters" title={t('greeters')} count={greeters.length} empty={t('noGreeters')}>
          <ol className="arrivals-setup__list">
            {greeters.map((g, i) => (
              <li key={g.id} className="arrivals-setup__item" data-testid={`setup-greeter-${i + 1}`} data-id={g.id}>
                <div className="arrivals-setup__row">
                  <TextField collection="greeters" id={g.id} field="name" label={t('greeterName')} testId={`setup-greeter-${i + 1}-name`} />
                  <SelectField collection="greeters" id={g.id} field="venuePointId" label={t('greeterPoint')} testId={`setup-greeter-${i + 1}-point`} emptyLabel={t('noPoint')} options={pointOptions} />
                  <button type="button" className="icon-button arrivals-setup__remove" data-testid={`setup-greeter-${i + 1}-remove`} disabled={readOnly} aria-label={t('remove')} title={t('removeGreeter')} onClick={() => remove('greeters', g.id)}>
                    ×
                  </button>
                </div>
                <div className="arrivals-setup__pair">
                  <TextField collection="greeters" id={g.id} field="titleVi" label={t('titleVi')} testId={`setup-greeter-${i + 1}-titleVi`} inputLang="vi" />
                  <TextField collection="greeters" id={g.id} field="titleEn" label={t('titleEn')} testId={`setup-greeter-${i + 1}-titleEn`} inputLang="en" />
                </div>
              </li>
            ))}
          </ol>
          <form
            className={`arrivals-setup__add${greeterError ? ' field--invalid' : ''}`}
            onSubmit={(e) => {
              e.preventDefault();
              addGreeter();
            }}
          >
            <input
              className="field__input"
              data-testid="setup-greeter-add-name"
              aria-label={t('newGreeter')}
              placeholder={t('newGreeter')}
              value={greeterName}
              disabled={readOnly}
              autoComplete="off"
              aria-invalid={greeterError || undefined}
              onChange={(e) => {
                setGreeterName(e.target.value);
                setGreeterError(false);
              }}
            />
            <button type="submit" className="button" data-testid="setup-greeter-add" disabled={readOnly}>
              {t('addGreeter')}
            </button>
            <FieldMessage testId="setup-greeter-add" error={greeterError ? t('nameBlank') : null} />
          </form>
        </SetupList>

        <SetupList
          name="steps"
          title={t('steps')}
          count={steps.length}
          empty={t('noSteps')}
          head={
            <div className="arrivals-setup__step arrivals-setup__head" aria-hidden="true">
              <span />
              <span>{t('stepKind')}</span>
              <span>{t('duration')}</span>
              <span>{t('stepPoint')}</span>
            </div>
          }
        >
          <ol className="arrivals-setup__list arrivals-setup__steps">
            {steps.map((s, i) => (
              <li key={s.id} className="arrivals-setup__step" data-testid={`setup-step-${i + 1}`} data-id={s.id}>
                <span className="arrivals-setup__number">{i + 1}</span>
                <SelectField collection="steps" id={s.id} field="kind" label={t('stepKind')} testId={`setup-step-${i + 1}-kind`} options={STEP_KINDS.map((k) => ({ value: k, label: stepLabel(k, lang) }))} />
                <ParsedField
                  collection="steps"
                  id={s.id}
                  field="durationS"
                  label={t('duration')}
                  testId={`setup-step-${i + 1}-duration`}
                  className="arrivals-setup__duration"
                  format={durationText}
                  parse={(text) => {
                    const read = readDuration(text);
                    return 'seconds' in read ? { value: read.seconds } : { error: t(read.error === 'range' ? 'durationRange' : 'durationBad') };
                  }}
                  placeholder="1:30"
                />
                <SelectField collection="steps" id={s.id} field="venuePointId" label={t('stepPoint')} testId={`setup-step-${i + 1}-point`} emptyLabel={t('noPoint')} options={pointOptions} />
                <RowButtons t={t} testId={`setup-step-${i + 1}`} readOnly={readOnly} first={i === 0} last={i === steps.length - 1} removeTitle={t('removeStep')}
                  onUp={() => reorder('steps', steps.map((x) => x.id), i, -1)}
                  onDown={() => reorder('steps', steps.map((x) => x.id), i, 1)}
                  onRemove={() => remove('steps', s.id)}
                />
              </li>
            ))}
          </ol>
          <p className="field__hint">{t('duration')}: {t('durationHint')}</p>
          <div className="arrivals-setup__add">
            <select className="field__input" data-testid="setup-step-add-kind" aria-label={t('newStep')} value={newStep} disabled={readOnly} onChange={(e) => setNewStep(e.target.value as SequenceStep['kind'])}>
              {STEP_KINDS.map((k) => (
                <option key={k} value={k}>
                  {stepLabel(k, lang)}
                </option>
              ))}
            </select>
            <button type="button" className="button" data-testid="setup-step-add" disabled={readOnly} onClick={addStep}>
              {t('addStep')}
            </button>
          </div>
        </SetupList>
      </aside>
    </div>
  );
}

type SetupListProps = {
  /** `setup-<name>` is the section's test id, `setup-<name>-title` its heading's id. */
  name: 'points' | 'greeters' | 'steps';
  title: string;
  count: number;
  /** Said instead of the list's column heads (`head`) while the list is empty. */
  empty: string;
  head?: ReactNode;
  children: ReactNode;
};

/** One ordered list of the sequence's set-up (venue points, greeters, steps): its title, its count for tests, its empty state. */
function SetupList({ name, title, count, empty, head, children }: SetupListProps) {
  return (
    <section className="arrivals-setup__section" aria-labelledby={`setup-${name}-title`} data-testid={`setup-${name}`} data-count={count}>
      <h2 id={`setup-${name}-title`} className="section-title">
        {title}
      </h2>
      {count === 0 ? <p className="muted">{empty}</p> : head}
      {children}
    </section>
  );
}

type RowButtonsProps = {
  t: ArrivalsT;
  testId: string;
  readOnly: boolean;
  first: boolean;
  last: boolean;
  removeTitle: string;
  onUp(): void;
  onDown(): void;
  onRemove(): void;
};

/** Up, down and remove for one row of an ordered list (`<testId>-up|down|remove`). */
function RowButtons({ t, testId, readOnly, first, last, removeTitle, onUp, onDown, onRemove }: RowButtonsProps) {
  return (
    <span className="arrivals-setup__buttons">
      <button type="button" className="icon-button" data-testid={`${testId}-up`} disabled={readOnly || first} aria-label={t('moveUp')} title={t('moveUp')} onClick={onUp}>
        ↑
      </button>
      <button type="button" className="icon-button" data-testid={`${testId}-down`} disabled={readOnly || last} aria-label={t('moveDown')} title={t('moveDown')} onClick={onDown}>
        ↓
      </button>
      <button type="button" className="icon-button arrivals-setup__remove" data-testid={`${testId}-remove`} disabled={readOnly} aria-label={t('remove')} title={removeTitle} onClick={onRemove}>
        ×
      </button>
    </span>
  );
}
