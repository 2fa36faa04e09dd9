import { useMemo, useState, type FormEvent } from 'react';
import { addPerson, makeHead, moveMember, newPerson, peopleOf, removePerson } from '../../../shared/delegations';
import { randomId } from '../../../shared/ids';
import { RankClass, type Person } from '../../../shared/model/entities';
import { useDoc, useEditor, useEditorState } from '../app/context';
import { CheckField, FieldMessage, SelectField, TextField } from '../forms/Field';
import { fieldProblem } from '../forms/validation';
import { useI18n } from '../i18n/I18n';
import { AddressFields } from './AddressFields';
import { pickLang } from '../../../shared/i18n/index';

/** The fields of the head of delegation: who leads decides the delegation's class. */
export function HeadFields({ personId }: { personId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const rankOptions = useMemo(() => RankClass.options.map((r) => ({ value: r, label: i18n.rank(r) })), [i18n]);
  return (
    <div>
      <TextField collection="people" id={personId} field="name" label={t('headName')} testId="head-name" required />
      <TextField collection="people" id={personId} field="titleVi" label={t('headTitleVi')} testId="head-titleVi" inputLang="vi" />
      <TextField collection="people" id={personId} field="titleEn" label={t('headTitleEn')} testId="head-titleEn" inputLang="en" />
      <SelectField collection="people" id={personId} field="rank" label={t('headRank')} testId="head-rank" options={rankOptions} />
      <TextField
        collection="people"
        id={personId}
        field="inOfficeSince"
        kind="optional-date"
        label={t('inOfficeSince')}
        testId="head-inOfficeSince"
        hint={(v) => i18n.longDate(v)}
      />
      <TextField
        collection="people"
        id={personId}
        field="credentialsAt"
        kind="optional-datetime"
        label={t('credentialsAt')}
        testId="head-credentialsAt"
      />
      <PersonDetails personId={personId} testPrefix="head" />
    </div>
  );
}

/** What every person has besides name and title: address, language, seat needs. */
function PersonDetails({ personId, testPrefix }: { personId: string; testPrefix: string }) {
  const { t } = useI18n();
  const genderOptions = useMemo(
    () => [
      { value: 'female', label: t('genderFemale') },
      { value: 'male', label: t('genderMale') },
      { value: 'unspecified', label: t('genderUnspecified') },
    ],
    [t],
  );
  return (
    <>
      <TextField collection="people" id={personId} field="familyName" label={t('familyName')} testId={`${testPrefix}-familyName`} />
      <div className="field-row">
        <SelectField collection="people" id={personId} field="gender" label={t('gender')} testId={`${testPrefix}-gender`} options={genderOptions} />
        <TextField collection="people" id={personId} field="language" label={t('personLanguage')} testId={`${testPrefix}-language`} />
      </div>
      <AddressFields personId={personId} testPrefix={testPrefix} />
      <CheckField collection="people" id={personId} field="needsInterpreter" label={t('needsInterpreter')} testId={`${testPrefix}-needsInterpreter`} />
      <CheckField collection="people" id={personId} field="needsAccessible" label={t('needsAccessible')} testId={`${testPrefix}-needsAccessible`} />
    </>
  );
}

/** The members after the head, in delegation order: edit, reorder, promote, remove, add. */
export function Members({ delegationId }: { delegationId: string }) {
  const { t } = useI18n();
  const people = useDoc((d) => d.people);
  const members = useMemo(
    () => peopleOf({ people }, delegationId).filter((p) => p.role === 'member'),
    [people, delegationId],
  );
  return (
    <fieldset className="fieldset" data-testid="delegation-members-list">
      <legend>{t('membersTitle')}</legend>
      {members.length === 0 && <p className="muted">{t('noMembers')}</p>}
      <ol className="member-list">
        {members.map((m, i) => (
          <Member key={m.id} person={m} first={i === 0} last={i === members.length - 1} index={i + 1} />
        ))}
      </ol>
      <AddPerson delegationId={delegationId} asHead={false} />
    </fieldset>
  );
}

function Member({ person, first, last, index }: { person: Person; first: boolean; last: boolean; index: number }) {
  const { t, lang } = useI18n();
  const editor = useEditor();
  const readOnly = useEditorState((s) => s.readOnly);
  const [open, setOpen] = useState(false);
  const prefix = `member-${index}`;
  const title = pickLang(lang, { vi: person.titleVi || person.titleEn, en: person.titleEn || person.titleVi });
  return (
    <li className="member" data-testid={prefix} data-person-id={person.id}>
      <div className="member__summary">
        <button type="button" className="member__toggle" aria-expanded={open} data-testid={`${prefix}-toggle`} onClick={() => setOpen(!open)}>
          <span className="member__index">{index}.</span> <span className="member__name">{person.name}</span>
          {title && <span className="member__title">{title}</span>}
        </button>
        <span className="member__actions">
          <button type="button" className="icon-button" disabled={readOnly || first} aria-label={t('moveUp', { name: person.name })} title={t('moveUp', { name: person.name })} data-testid={`${prefix}-up`} onClick={() => editor.dispatch(moveMember, { personId: person.id, by: -1 })}>
            ↑
          </button>
          <button type="button" className="icon-button" disabled={readOnly || last} aria-label={t('moveDown', { name: person.name })} title={t('moveDown', { name: person.name })} data-testid={`${prefix}-down`} onClick={() => editor.dispatch(moveMember, { personId: person.id, by: 1 })}>
            ↓
          </button>
          <button type="button" className="icon-button" disabled={readOnly} aria-label={t('removePerson', { name: person.name })} title={t('removePerson', { name: person.name })} data-testid={`${prefix}-remove`} onClick={() => editor.dispatch(removePerson, { personId: person.id })}>
            ×
          </button>
        </span>
      </div>
      {open && (
        <div className="member__fields">
          <TextField collection="people" id={person.id} field="name" label={t('headName')} testId={`${prefix}-name`} required />
          <TextField collection="people" id={person.id} field="titleVi" label={t('memberTitleVi')} testId={`${prefix}-titleVi`} inputLang="vi" />
          <TextField collection="people" id={person.id} field="titleEn" label={t('memberTitleEn')} testId={`${prefix}-titleEn`} inputLang="en" />
          <PersonDetails personId={person.id} testPrefix={prefix} />
          <button
            type="button"
            className="button"
            disabled={readOnly}
            title={t('makeHeadTooltip', { name: person.name })}
            data-testid={`${prefix}-make-head`}
            onClick={() => editor.dispatch(makeHead, { personId: person.id })}
          >
            {t('makeHead')}
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * A name and an Add button: the new person is the delegation's head (`asHead`, when it has
 * none) or its last member. A blank or invalid name is refused in place.
 */
export function AddPerson({ delegationId, asHead }: { delegationId: string; asHead: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const editor = useEditor();
  const readOnly = useEditorState((s) => s.readOnly);
  const delegation = useDoc((d) => d.delegations[delegationId]);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!delegation) return null;
  const testId = asHead ? 'add-head' : 'add-member';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const person = newPerson(randomId, delegation, {
      role: asHead ? 'head' : 'member',
      order: 0,
      name: name.trim(),
      // A head's class decides the delegation's place: default to what docs/protocol.md lists first
      // for its kind, so the officer corrects a rank rather than discovers a missing one.
      rank: asHead ? (delegation.kind === 'organization' ? 'head-of-organization' : 'head-of-state') : 'other',
    });
    const problem = fieldProblem('people', person, 'name', i18n);
    if (problem) {
      setError(problem);
      return;
    }
    if (editor.dispatch(addPerson, { person, asHead })) {
      setName('');
      setError(null);
    }
  };
  return (
    <form className="add-person" onSubmit={submit} data-testid={testId}>
      <label className="field">
        <span className="field__label">{asHead ? t('newHeadName') : t('newMemberName')}</span>
        <span className="add-person__row">
          <input
            className={`field__input${error ? ' field__input--invalid' : ''}`}
            data-testid={`${testId}-name`}
            value={name}
            disabled={readOnly}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
          />
          <button type="submit" className="button" disabled={readOnly} data-testid={`${testId}-submit`}>
            {asHead ? t('addHead') : t('addMember')}
          </button>
        </span>
      </label>
      <FieldMessage testId={testId} error={error} />
    </form>
  );
}
