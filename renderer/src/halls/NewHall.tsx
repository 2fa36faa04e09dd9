import { useState, type FormEvent } from 'react';
import { createEntity } from '../../../shared/document/commands';
import { randomId } from '../../../shared/ids';
import { HallKind, type Hall } from '../../../shared/model/entities';
import { newHall, NEW_HALL_SIZE } from '../../../shared/layout/newHall';
import { createFurnishedHall, furnishedHall, hasTemplate, isTemplateRefusal, TEMPLATE_COUNTS, templateMessage, type TemplateCounts } from '../../../shared/layout/templates';
import { DialogActions, Modal } from '../app/Modal';
import { useEditor } from '../app/context';
import { updateSession } from '../app/session';
import { editorT } from './editor/messages';
import { editorNumbers } from './editor/numbers';
import { LabelledSelect } from '../forms/LabelledSelect';
import { FieldMessage } from '../forms/Field';
import { useI18n } from '../i18n/I18n';
import { fromTemplate, readNewHall, type NewHallField, type NewHallForm } from './newHallForm';

/** Each count's label and placeholder (a blank count: the template's own). */
const COUNT_LABELS = { seats: 'templateSeats', tables: 'templateTables', perTable: 'templatePerTable', signers: 'templateSigners' } as const;
const COUNT_DEFAULTS: Partial<Record<keyof TemplateCounts, number>> = { perTable: 10, signers: 2 };

/**
 * A new hall, named in both languages, typed and sized up front (the type chooses how it is
 * seated), empty or furnished from its type's template — as the CLI's `hall` verb makes it —
 * created as one undoable edit. Nothing is created until every field reads and the template fits.
 */
export function NewHallDialog({ halls, onClose }: { halls: readonly Hall[]; onClose: () => void }) {
  const i18n = useI18n();
  const t = editorT(i18n.lang);
  const numbers = editorNumbers(i18n.lang);
  const editor = useEditor();
  const [form, setForm] = useState<NewHallForm>({
    nameVi: '', nameEn: '', kind: 'plenary', width: numbers.number(NEW_HALL_SIZE.widthM), depth: numbers.number(NEW_HALL_SIZE.depthM),
    start: 'empty', seats: '', tables: '', perTable: '', signers: '',
  });
  const [errors, setErrors] = useState<Partial<Record<NewHallField, string>>>({});
  const set = (fields: Partial<NewHallForm>) => setForm({ ...form, ...fields });
  const templated = fromTemplate(form);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const read = readNewHall(form, halls, i18n.lang);
    if ('errors' in read) return setErrors(read.errors);
    const id = randomId();
    let done: boolean;
    if (read.counts === null) {
      done = editor.dispatch(createEntity, { collection: 'halls', row: newHall(halls, read.choice, id) }); // as the CLI's `hall` verb makes it
    } else {
      const made = furnishedHall(halls, read.choice, read.counts, id, randomId); // as `hall --template` makes it
      if (isTemplateRefusal(made)) return setErrors({ template: templateMessage(made, i18n.lang) });
      done = editor.dispatch(createFurnishedHall, { ...made, ids: randomId });
    }
    setErrors({});
    if (done) {
      updateSession({ selectedHallId: id });
      onClose();
    }
  };

  const field = (name: NewHallField & keyof NewHallForm, label: string, extra: { lang?: string; inputMode?: 'decimal' | 'numeric'; placeholder?: string } = {}) => (
    <label className={`field${errors[name] ? ' field--invalid' : ''}`}>
      <span className="field__label">{label}</span>
      <input
        className="field__input"
        lang={extra.lang}
        inputMode={extra.inputMode}
        placeholder={extra.placeholder}
        autoFocus={name === 'nameVi'}
        data-testid={`new-hall-${name}`}
        aria-invalid={errors[name] ? true : undefined}
        value={form[name]}
        onChange={(e) => set({ [name]: e.target.value })}
      />
      {errors[name] && (
        <span className="field__error" role="alert" data-testid={`new-hall-${name}-error`}>
          {errors[name]}
        </span>
      )}
    </label>
  );
  const countLabel = (name: keyof TemplateCounts) => t(name === 'seats' && form.kind === 'signing' ? 'templateWitnesses' : COUNT_LABELS[name]);
  const countPlaceholder = (name: keyof TemplateCounts) => (COUNT_DEFAULTS[name] !== undefined ? numbers.number(COUNT_DEFAULTS[name]) : t('templateAsMany'));

  return (
    <Modal testId="new-hall-dialog" labelledBy="new-hall-title" onClose={onClose}>
      <form onSubmit={submit} className="new-hall" noValidate>
        <h2 id="new-hall-title" className="modal__title">
          {t('newHallTitle')}
        </h2>
        {field('nameVi', t('hallNameVi'), { lang: 'vi' })}
        {field('nameEn', t('hallNameEn'), { lang: 'en' })}
        <LabelledSelect
          label={t('hallKind')}
          testId="new-hall-kind"
          value={form.kind}
          options={HallKind.options.map((k) => ({ value: k, label: i18n.hallKind(k) }))}
          onChange={(kind) => set({ kind })}
        />
        <p className="muted">{t('hallTypeHint')}</p>
        <div className="new-hall__size">
          {field('width', t('hallWidth'), { inputMode: 'decimal' })}
          {field('depth', t('hallDepth'), { inputMode: 'decimal' })}
        </div>
        <LabelledSelect<NewHallForm['start']>
          label={t('startFrom')}
          testId="new-hall-start"
          value={templated ? 'template' : 'empty'}
          options={[
            { value: 'empty', label: t('startEmpty') },
            { value: 'template', label: t('startTemplate'), disabled: !hasTemplate(form.kind) },
          ]}
          onChange={(start) => set({ start })}
        />
        {!hasTemplate(form.kind) && <p className="muted">{t('noTemplate')}</p>}
        {templated && hasTemplate(form.kind) && (
          <>
            <p className="muted" data-testid="new-hall-template-about">
              {t(`templateAbout-${form.kind}`)}
            </p>
            {TEMPLATE_COUNTS[form.kind].length > 0 && (
              <div className="new-hall__size">
                {TEMPLATE_COUNTS[form.kind].map((name) => (
                  <span key={name}>{field(name, countLabel(name), { inputMode: 'numeric', placeholder: countPlaceholder(name) })}</span>
                ))}
              </div>
            )}
          </>
        )}
        <FieldMessage testId="new-hall-template" error={errors.template ?? null} />
        <DialogActions prefix="new-hall" applyName="create" cancelLabel={t('cancel')} applyLabel={t('newHallCreate')} onCancel={onClose} />
      </form>
    </Modal>
  );
}
