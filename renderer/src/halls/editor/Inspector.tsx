/** The hall editor's inspector: the hall's properties, or the selected element's (or elements'). */
import { useMemo } from 'react';
import { CheckInput, NumberInput, SelectInput, TextInput } from './inputs';
import { HallProperties } from './HallProperties';
import { FloorPlanControls } from './FloorPlan';
import { randomId } from '../../../../shared/ids';
import { updateEntity } from '../../../../shared/document/commands';
import type { EventDocument } from '../../../../shared/model/collections';
import type { ElementKind, Hall, LayoutElement, Seat } from '../../../../shared/model/entities';
import { useDoc, useEditor } from '../../app/context';
import { useI18n } from '../../i18n/I18n';
import { alignElements, distributeElements, isTableKind, moveTableHost, seatsPerElement, updateElement } from './layout';
import { editorT, kindLabel, type EditorKey, type EditorT } from './messages';
import { getEditorSession, useEditorSession } from './session';
import { elementProblem, hallProblem, withBlockSize } from './validate';

type NumberSpec = { key: string; label: EditorKey; integer?: boolean; read(e: LayoutElement): number | null; write(e: LayoutElement, v: number): LayoutElement };

const field = (name: 'x' | 'y' | 'rotation' | 'width' | 'depth', label: EditorKey): NumberSpec => ({
  key: name,
  label,
  read: (e) => e[name],
  write: (e, v) => ({ ...e, [name]: v }),
});
const prop = (name: string, label: EditorKey, integer = true): NumberSpec => ({
  key: `props.${name}`,
  label,
  integer,
  read: (e) => (typeof (e.props as Record<string, unknown>)[name] === 'number' ? ((e.props as Record<string, number>)[name] ?? null) : null),
  write: (e, v) => withBlockSize({ ...e, props: { ...e.props, [name]: v } }),
});

const PROP_FIELDS: Partial<Record<ElementKind, NumberSpec[]>> = {
  'round-table': [prop('seatCount', 'seatCount')],
  'rect-table': [prop('seatsPerSide', 'seatsPerSide')],
  'banquet-table': [prop('seatsPerSide', 'seatsPerSide')],
  'row-block': [prop('rows', 'rows'), prop('seatsPerRow', 'seatsPerRow'), prop('seatSpacingM', 'seatSpacingM', false), prop('rowSpacingM', 'rowSpacingM', false)],
  'desk-block': [prop('desks', 'desks'), prop('seatsAtDesk', 'seatsAtDesk'), prop('seatsBehind', 'seatsBehind'), prop('deskWidthM', 'deskWidthM', false), prop('deskRows', 'deskRows')],
  'signing-table': [prop('chairs', 'chairs')],
};

export function Inspector({ hall, t, readOnly }: { hall: Hall; t: EditorT; readOnly: boolean }) {
  const selection = useEditorSession((s) => s.selection);
  const only = selection.length === 1 ? selection[0]! : null;
  const element = useDoc((d) => (only ? d.elements[only] : undefined));
  const seats = useDoc((d) => d.seats);
  const count = element ? seatsOf(seats, element.id).length : 0;
  return (
    <aside className="inspector" aria-label={t('inspector')} data-testid="hall-inspector">
      {element ? (
        <ElementInspector key={element.id} element={element} t={t} readOnly={readOnly} seats={count} />
      ) : selection.length > 1 ? (
        <MultiInspector t={t} readOnly={readOnly} count={selection.length} />
      ) : (
        <>
          <h3 className="inspector__title">{t('hallProperties')}</h3>
          <p className="muted inspector__note">{t('nothingSelected')}</p>
          <HallProperties hall={hall} t={t} readOnly={readOnly} />
          <HallNumber hall={hall} name="widthM" label={t('hallWidth')} testId="hall-widthM" readOnly={readOnly} />
          <HallNumber hall={hall} name="depthM" label={t('hallDepth')} testId="hall-depthM" readOnly={readOnly} />
          <HallNumber hall={hall} name="gridM" label={t('grid')} testId="hall-gridM" readOnly={readOnly} />
          <FloorPlanControls hall={hall} t={t} readOnly={readOnly} />
        </>
      )}
    </aside>
  );
}

/**
 * An element's seats, from the index the canvas shares (seatsPerElement): the inspector renders
 * on every selection and every drop, and filtering all 10,000 seats each time cost those frames.
 */
function seatsOf(seats: EventDocument['seats'], elementId: string): readonly Seat[] {
  return seatsPerElement(seats).get(elementId) ?? [];
}

function MultiInspector({ t, readOnly, count }: { t: EditorT; readOnly: boolean; count: number }) {
  const editor = useEditor();
  const ids = () => getEditorSession().selection;
  const align = (edge: 'left' | 'right' | 'top' | 'bottom' | 'centre-x' | 'centre-y') => editor.dispatch(alignElements, { ids: ids(), edge });
  const buttons: [string, EditorKey, () => void][] = [
    ['align-left', 'alignLeft', () => align('left')],
    ['align-centre-x', 'alignCentreX', () => align('centre-x')],
    ['align-right', 'alignRight', () => align('right')],
    ['align-top', 'alignTop', () => align('top')],
    ['align-centre-y', 'alignCentreY', () => align('centre-y')],
    ['align-bottom', 'alignBottom', () => align('bottom')],
    ['distribute-x', 'distributeX', () => editor.dispatch(distributeElements, { ids: ids(), axis: 'x' })],
    ['distribute-y', 'distributeY', () => editor.dispatch(distributeElements, { ids: ids(), axis: 'y' })],
  ];
  return (
    <>
      <h3 className="inspector__title" data-testid="inspector-title">{t('manySelected', { count })}</h3>
      <div className="inspector__buttons">
        {buttons.map(([id, label, run]) => (
          <button key={id} type="button" className="button button--small" data-testid={`inspector-${id}`} disabled={readOnly || (id.startsWith('distribute') && count < 3)} onClick={run}>
            {t(label)}
          </button>
        ))}
      </div>
    </>
  );
}

function ElementInspector({ element, t, readOnly, seats }: { element: LayoutElement; t: EditorT; readOnly: boolean; seats: number }) {
  const editor = useEditor();
  const { lang } = useI18n();
  const apply = (candidate: LayoutElement): string | null => {
    const problem = elementProblem(candidate, lang);
    if (problem) return problem;
    const fields: Partial<LayoutElement> = {};
    for (const k of Object.keys(candidate) as (keyof LayoutElement)[]) {
      if (JSON.stringify(candidate[k]) !== JSON.stringify(element[k])) (fields as Record<string, unknown>)[k] = candidate[k];
    }
    if (Object.keys(fields).length > 0) editor.dispatch(updateElement, { id: element.id, fields, ids: randomId });
    return null;
  };
  const specs: NumberSpec[] = [field('x', 'x'), field('y', 'y'), field('rotation', 'rotation'), field('width', 'width'), field('depth', 'depth'), ...(PROP_FIELDS[element.kind] ?? [])];
  const props = element.props as Record<string, unknown>;
  return (
    <>
      <h3 className="inspector__title" data-testid="inspector-title">
        {kindLabel(lang, element.kind)}
        {element.number !== null && ` ${element.number}`}
      </h3>
      {seats > 0 && <p className="muted" data-testid="inspector-seats">{t('seatsOf', { count: seats })}</p>}
      <div className="inspector__grid">
        {specs.map((spec) => (
          <NumberInput
            key={spec.key}
            label={t(spec.label)}
            testId={`inspector-${spec.key.replace('props.', '')}`}
            value={spec.read(element)}
            readOnly={readOnly}
            integer={spec.integer}
            t={t}
            commit={(v) => apply(spec.write(element, v))}
          />
        ))}
        {element.number !== null && (
          <NumberInput label={t('number')} testId="inspector-number" value={element.number} integer readOnly={readOnly} t={t} commit={(v) => apply({ ...element, number: v })} />
        )}
      </div>
      {(element.kind === 'rect-table' || element.kind === 'banquet-table') && (
        <>
          <SelectInput label={t('sides')} testId="inspector-sides" value={String(props.sides)} readOnly={readOnly} options={[['one', t('sidesOne')], ['both', t('sidesBoth')]]} commit={(v) => apply({ ...element, props: { ...element.props, sides: v } })} />
          <CheckInput label={t('ends')} testId="inspector-ends" value={props.ends === true} readOnly={readOnly} commit={(v) => apply({ ...element, props: { ...element.props, ends: v } })} />
        </>
      )}
      {element.kind === 'row-block' && (
        <SelectInput label={t('numbering')} testId="inspector-numbering" value={String(props.numbering)} readOnly={readOnly} options={[['left-to-right', t('numberingLtr')], ['odd-even-from-centre', t('numberingOddEven')]]} commit={(v) => apply({ ...element, props: { ...element.props, numbering: v } })} />
      )}
      {isTableKind(element.kind) && <TableHost element={element} t={t} readOnly={readOnly} />}
      <TextInput label={t('labelEn')} testId="inspector-labelEn" value={element.labelEn} readOnly={readOnly} commit={(v) => apply({ ...element, labelEn: v })} lang="en" />
      <TextInput label={t('labelVi')} testId="inspector-labelVi" value={element.labelVi} readOnly={readOnly} commit={(v) => apply({ ...element, labelVi: v })} lang="vi" />
      <CheckInput label={t('locked')} testId="inspector-locked" value={element.locked} readOnly={readOnly} commit={(v) => apply({ ...element, locked: v })} />
    </>
  );
}

function HallNumber({ hall, name, label, testId, readOnly }: { hall: Hall; name: 'widthM' | 'depthM' | 'gridM'; label: string; testId: string; readOnly: boolean }) {
  const editor = useEditor();
  const { lang } = useI18n();
  const t = editorT(lang);
  return (
    <NumberInput
      label={label}
      testId={testId}
      value={hall[name]}
      readOnly={readOnly}
      t={t}
      commit={(v) => {
        const problem = hallProblem({ ...hall, [name]: v }, lang);
        if (problem) return problem;
        editor.dispatch(updateEntity, { collection: 'halls', id: hall.id, fields: { [name]: v } });
        return null;
      }}
    />
  );
}

/** The place of honour of a table: one of its seats; choosing another moves the host there (one command). */
function TableHost({ element, t, readOnly }: { element: LayoutElement; t: EditorT; readOnly: boolean }) {
  const editor = useEditor();
  const allSeats = useDoc((d) => d.seats);
  const seats = useMemo(() => [...seatsOf(allSeats, element.id)].sort((a, b) => a.order - b.order), [allSeats, element.id]);
  if (seats.length === 0) return null;
  const host = seats.find((s) => s.isTableHost) ?? seats[0]!;
  return (
    <>
      <SelectInput
        label={t('tableHost')}
        testId="inspector-host"
        value={host.label}
        readOnly={readOnly}
        options={seats.map((s) => [s.label, t('tableHostSeat', { label: s.label })])}
        commit={(label) => {
          if (label !== host.label) editor.dispatch(moveTableHost, { elementId: element.id, seatLabel: label });
          return null;
        }}
      />
      <p className="muted inspector__note">{t('tableHostHint')}</p>
    </>
  );
}
