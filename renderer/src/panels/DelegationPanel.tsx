import { useMemo } from 'react';
import { RankClass } from '../../../shared/model/entities';
import { useDoc } from '../app/context';
import { updateSession } from '../app/session';
import { SelectField, TextField } from '../forms/Field';
import { useI18n } from '../i18n/I18n';
import { codeOf, displayName, headOf } from './delegationData';
import { Flag } from './Flag';

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
  const rankOptions = useMemo(() => RankClass.options.map((r) => ({ value: r, label: i18n.rank(r) })), [i18n]);
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
        <button
          type="button"
          className="icon-button"
          data-testid="delegation-panel-close"
          aria-label={t('closePanel')}
          title={t('closePanel')}
          onClick={() => updateSession({ selectedDelegationId: null })}
        >
          ×
        </button>
      </header>
      <div className="side-panel__body">
        <fieldset className="fieldset">
          <legend>{t('delegationPanel')}</legend>
          <TextField collection="delegations" id={id} field="nameVi" label={t('delegationNameVi')} testId="delegation-nameVi" inputLang="vi" required />
          <TextField collection="delegations" id={id} field="nameEn" label={t('delegationNameEn')} testId="delegation-nameEn" inputLang="en" required />
          <TextField collection="delegations" id={id} field="nameFr" label={t('delegationNameFr')} testId="delegation-nameFr" inputLang="fr" />
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('headOfDelegation')}</legend>
          {headId === null ? (
            <p className="muted" data-testid="delegation-no-head">
              {t('noHead')}
            </p>
          ) : (
            <div key={headId}>
              <TextField collection="people" id={headId} field="name" label={t('headName')} testId="head-name" required />
              <TextField collection="people" id={headId} field="titleVi" label={t('headTitleVi')} testId="head-titleVi" inputLang="vi" />
              <TextField collection="people" id={headId} field="titleEn" label={t('headTitleEn')} testId="head-titleEn" inputLang="en" />
              <SelectField collection="people" id={headId} field="rank" label={t('headRank')} testId="head-rank" options={rankOptions} />
              <TextField
                collection="people"
                id={headId}
                field="inOfficeSince"
                kind="optional-date"
                label={t('inOfficeSince')}
                testId="head-inOfficeSince"
                hint={(v) => i18n.longDate(v)}
              />
            </div>
          )}
          <p className="muted" data-testid="delegation-members">
            {t('membersCount', { count: i18n.number(members) })}
          </p>
        </fieldset>
        <p className="form-help">{t('fieldHelp')}</p>
      </div>
    </aside>
  );
}
