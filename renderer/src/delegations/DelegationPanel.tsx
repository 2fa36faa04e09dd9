import { useMemo, useState } from 'react';
import { deleteEntities } from '../../../shared/document/commands';
import { useDoc, useEditor, useEditorState } from '../app/context';
import { CloseButton } from '../app/Modal';
import { updateSession } from '../app/session';
import { SelectField, TextField } from '../forms/Field';
import { AddPerson, HeadFields, Members } from './People';
import { useI18n } from '../i18n/I18n';
import { codeOf, displayName, headOf } from './delegationData';
import { Flag } from './Flag';
import { NameViField } from './AddressFields';

/** The edit panel of one delegation and its head. Keyed by delegation id by its parent. */
export function DelegationPanel({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const delegation = useDoc((d) => d.delegations[id]);
  const headId = useDoc((d) => headOf(d, id)?.id ?? null);
  const members = useDoc((d) => {
    let n = 0;
    for (const p of Object.values(d.people)) if (p.delegationId === id) n++;
    return n;
  });
  const pinnedOptions = useMemo(
    () => [
      { value: 'none', label: t('pinnedNone') },
      { value: 'host', label: t('pinnedHost') },
      { value: 'co-chair', label: t('pinnedCoChair') },
    ],
    [t],
  );
  if (!delegation) return null;
  const title = displayName(delegation, i18n.lang);
  return (
    <aside
      className="side-panel"
      aria-labelledby="delegation-panel-title"
      data-testid="delegation-panel"
      onKeyDown={(e) => {
        // Esc in a field with typing in progress cancels the typing (the field stops the key);
        // otherwise it closes the panel and puts the keyboard back on the delegation's row.
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        updateSession({ selectedDelegationId: null });
        document.querySelector<HTMLElement>(`[data-row-id="${id}"] .row-select`)?.focus();
      }}
    >
      <header className="side-panel__header">
        <Flag code={delegation.flagCode} />
        <div className="side-panel__titles">
          <span className="side-panel__eyebrow">
            {t('delegationPanel')} · {i18n.delegationKind(delegation.kind)}
            {codeOf(delegation) && <> · {codeOf(delegation)}</>}
          </span>
          <h2 id="delegation-panel-title" className="side-panel__title" data-testid="delegation-panel-title">
            {title}
          </h2>
        </div>
        <CloseButton testId="delegation-panel-close" label={t('closePanel')} onClick={() => updateSession({ selectedDelegationId: null })} />
      </header>
      <div className="side-panel__body">
        <fieldset className="fieldset">
          <legend>{t('delegationPanel')}</legend>
          <NameViField delegationId={id} label={t('delegationNameVi')} />
          <TextField collection="delegations" id={id} field="nameEn" label={t('delegationNameEn')} testId="delegation-nameEn" inputLang="en" required />
          <TextField collection="delegations" id={id} field="nameFr" label={t('delegationNameFr')} testId="delegation-nameFr" inputLang="fr" />
          <div className="field-row">
            <SelectField collection="delegations" id={id} field="pinnedRole" label={t('pinnedRole')} testId="delegation-pinnedRole" options={pinnedOptions} />
            <TextField
              collection="delegations"
              id={id}
              field="precedenceOverride"
              kind="optional-integer"
              label={t('precedenceOverride')}
              testId="delegation-precedenceOverride"
            />
          </div>
          <TextField collection="delegations" id={id} field="flagCode" kind="optional-text" label={t('flagCode')} testId="delegation-flagCode" />
          <TextField collection="delegations" id={id} field="notes" label={t('notes')} testId="delegation-notes" />
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('headOfDelegation')}</legend>
          {headId === null ? (
            <>
              <p className="muted" data-testid="delegation-no-head">
                {t('noHead')}
              </p>
              <AddPerson delegationId={id} asHead />
            </>
          ) : (
            <HeadFields key={headId} personId={headId} />
          )}
          <p className="muted" data-testid="delegation-members">
            {t('membersCount', { count: i18n.number(members) })}
          </p>
        </fieldset>
        <Members delegationId={id} />
        <p className="form-help">{t('fieldHelp')}</p>
        <RemoveDelegation id={id} name={title} people={members} />
      </div>
    </aside>
  );
}

/** Removing a delegation takes its people and their seats: asked once, undoable. */
function RemoveDelegation({ id, name, people }: { id: string; name: string; people: number }) {
  const { t, number } = useI18n();
  const editor = useEditor();
  const readOnly = useEditorState((s) => s.readOnly);
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button--danger" disabled={readOnly} data-testid="delegation-remove" onClick={() => setAsking(true)}>
        {t('removeDelegation')}
      </button>
    );
  }
  return (
    <div className="confirm" role="alertdialog" aria-labelledby="remove-delegation-question" data-testid="delegation-remove-confirm">
      <p id="remove-delegation-question">{t('removeDelegationConfirm', { name, count: number(people) })}</p>
      <div className="confirm__actions">
        <button
          type="button"
          className="button button--danger"
          data-testid="delegation-remove-yes"
          onClick={() => {
            updateSession({ selectedDelegationId: null });
            editor.dispatch(deleteEntities, { collection: 'delegations', ids: [id] });
          }}
        >
          {t('remove')}
        </button>
        <button type="button" className="button" data-testid="delegation-remove-no" autoFocus onClick={() => setAsking(false)}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
