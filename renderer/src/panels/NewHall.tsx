import { useState, type FormEvent } from 'react';
import { createEntity } from '../../../shared/document/commands';
import { randomId } from '../../../shared/ids';
import { HallKind, type Hall } from '../../../shared/model/entities';
import { Modal } from '../app/Modal';
import { useEditor } from '../app/context';
import { updateSession } from '../app/session';
import { newHall } from '../../../shared/layout/newHall';
import { editorT } from '../canvas/messages';
import { hallNameProblem } from '../canvas/validate';
import { useI18n } from '../i18n/I18n';

type Field = 'nameVi' | 'nameEn';

/**
 * A new hall, named in both languages and typed up front (the type chooses how it is seated),
 * created as one undoable edit. Nothing is created until both names are given and unused.
 */
export function NewHallDialog({ halls, onClose }: { halls: readonly Hall[]; onClose: () => void }) {
  const i18n = useI18n();
  const t = editorT(i18n.lang);
  const editor = useEditor();
  const [names, setNames] = useState<Record<Field, string>>({ nameVi: '', nameEn: '' });
  const [kind, setKind] = useState<Hall['kind']>('plenary');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    for (const field of ['nameVi', 'nameEn'] as const) {
      const problem = hallNameProblem(names[field], field, halls, i18n.lang);
      if (problem) found[field] = problem;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const id = randomId();
    const row = newHall(halls, { nameEn: names.nameEn, nameVi: names.nameVi, kind }, id); // as the CLI's `hall` verb makes it
    if (editor.dispatch(createEntity, { collection: 'halls', row })) {
      updateSession({ selectedHallId: id });
      onClose();
    }
  };

  const nameField = (field: Field, label: string, lang: string) => (
    <label className={`field${errors[field] ? ' field--invalid' : ''}`}>
      <span className="field__label">{label}</span>
      <input
        className="field__input"
        lang={lang}
        autoFocus={field === 'nameVi'}
        data-testid={`new-hall-${field}`}
        aria-invalid={errors[field] ? true : undefined}
        value={names[field]}
        onChange={(e) => setNames({ ...names, [field]: e.target.value })}
      />
      {errors[field] && (
        <span className="field__error" role="alert" data-testid={`new-hall-${field}-error`}>
          {errors[field]}
        </span>
      )}
    </label>
  );

  return (
    <Modal testId="new-hall-dialog" labelledBy="new-hall-title" onClose={onClose}>
      <form onSubmit={submit} className="new-hall" noValidate>
        <h2 id="new-hall-title" className="modal__title">
          {t('newHallTitle')}
        </h2>
        {nameField('nameVi', t('hallNameVi'), 'vi')}
        {nameField('nameEn', t('hallNameEn'), 'en')}
        <label className="field">
          <span className="field__label">{t('hallKind')}</span>
          <select className="field__input" data-testid="new-hall-kind" value={kind} onChange={(e) => setKind(e.target.value as Hall['kind'])}>
            {HallKind.options.map((k) => (
              <option key={k} value={k}>
                {i18n.hallKind(k)}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">{t('hallTypeHint')}</p>
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose} data-testid="new-hall-cancel">
            {t('cancel')}
          </button>
          <button type="submit" className="button button--primary" data-testid="new-hall-create">
            {t('newHallCreate')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
