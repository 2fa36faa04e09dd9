import { useMemo } from 'react';
import { updateEntity } from '../../../../shared/document/commands';
import { HallKind, type Hall } from '../../../../shared/model/entities';
import { useDoc, useEditor } from '../../app/context';
import { useI18n } from '../../i18n/I18n';
import { SelectInput, TextInput } from './inputs';
import type { EditorT } from './messages';
import { hallNameProblem } from './validate';

/**
 * The hall's names (what charts, cards and the CLI call it) and its type (which chooses the
 * default seating strategy), each written as one undoable edit; a blank or duplicate name is
 * refused in place and the document keeps the old one.
 */
export function HallProperties({ hall, t, readOnly }: { hall: Hall; t: EditorT; readOnly: boolean }) {
  const editor = useEditor();
  const i18n = useI18n();
  const halls = useDoc((d) => d.halls);
  const others = useMemo(() => Object.values(halls).filter((h) => h.id !== hall.id), [halls, hall.id]);
  const name = (field: 'nameEn' | 'nameVi') => (typed: string) => {
    const problem = hallNameProblem(typed, field, others, i18n.lang);
    if (problem) return problem;
    if (typed !== hall[field]) editor.dispatch(updateEntity, { collection: 'halls', id: hall.id, fields: { [field]: typed } });
    return null;
  };
  return (
    <>
      <TextInput label={t('hallNameVi')} testId="hall-nameVi" value={hall.nameVi} readOnly={readOnly} commit={name('nameVi')} lang="vi" />
      <TextInput label={t('hallNameEn')} testId="hall-nameEn" value={hall.nameEn} readOnly={readOnly} commit={name('nameEn')} lang="en" />
      <SelectInput
        label={t('hallKind')}
        testId="hall-kind"
        value={hall.kind}
        readOnly={readOnly}
        options={HallKind.options.map((k) => [k, i18n.hallKind(k)])}
        commit={(kind) => {
          if (kind !== hall.kind) editor.dispatch(updateEntity, { collection: 'halls', id: hall.id, fields: { kind: kind as Hall['kind'] } });
          return null;
        }}
      />
      <p className="muted inspector__note">{t('hallTypeHint')}</p>
    </>
  );
}
