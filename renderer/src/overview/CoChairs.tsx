import { useMemo, useState } from 'react';
import { updateEntity } from '../../../shared/document/commands';
import type { Delegation } from '../../../shared/model/entities';
import { hostCountry, hostDelegation } from '../../../shared/protocol/host';
import { useDoc, useEditor, useEditorState } from '../app/context';
import { ChooseAndApply } from '../forms/ChooseAndApply';
import { useI18n } from '../i18n/I18n';
import { displayName, nameOrders } from '../delegations/delegationData';

/**
 * The Overview's host and co-chairs. The host is not chosen here: it is the delegation of the
 * event's host country (shared/protocol/host.ts), said in one sentence. The co-chairs are the
 * officer's choice (for example the United Nations, led by the Secretary-General): each added or
 * removed is one edit of the delegation's pinned role, undone in one step like any edit.
 */
export function CoChairs() {
  const i18n = useI18n();
  const { t } = i18n;
  const editor = useEditor();
  const readOnly = useEditorState((s) => s.readOnly);
  const delegations = useDoc((d) => d.delegations);
  const events = useDoc((d) => d.events);
  const [choice, setChoice] = useState('');
  const host = useMemo(() => hostDelegation({ events, delegations }), [events, delegations]);
  const iso3 = useMemo(() => hostCountry({ events }), [events]);
  const byName = useMemo(() => nameOrders(i18n).byName, [i18n]);
  const all = useMemo(() => Object.values(delegations).filter((d) => d.id !== host?.id), [delegations, host]);
  const chosen = useMemo(() => all.filter((d) => d.pinnedRole === 'co-chair').sort(byName), [all, byName]);
  // Organizations first: a co-chair is most often the UN or one of its offices.
  const candidates = useMemo(
    () => all.filter((d) => d.pinnedRole !== 'co-chair').sort((a, b) => (a.kind === 'organization' ? 0 : 1) - (b.kind === 'organization' ? 0 : 1) || byName(a, b)),
    [all, byName],
  );
  const setRole = (d: Delegation, pinnedRole: Delegation['pinnedRole']) =>
    editor.dispatch(updateEntity, { collection: 'delegations', id: d.id, fields: { pinnedRole } });

  return (
    <section className="card overview__pinned" aria-labelledby="pinned-title" data-testid="overview-pinned">
      <h2 id="pinned-title" className="card__title">
        {t('pinnedTitle')}
      </h2>
      <p data-testid="overview-host" data-delegation={host?.id ?? ''}>
        {host ? t('hostPinned', { name: displayName(host, i18n.lang) }) : iso3 ? t('hostNoDelegation', { iso3 }) : t('hostNotSet')}
      </p>
      <fieldset className="fieldset">
        <legend>{t('coChairs')}</legend>
        {chosen.length === 0 ? (
          <p className="muted" data-testid="co-chairs-none">
            {t('coChairNone')}
          </p>
        ) : (
          <ul className="co-chairs" data-testid="co-chairs">
            {chosen.map((d) => (
              <li key={d.id} data-testid="co-chair" data-delegation={d.id}>
                <span>{displayName(d, i18n.lang)}</span>{' '}
                <button
                  type="button"
                  className="button button--small"
                  disabled={readOnly}
                  aria-label={t('coChairRemoveLabel', { name: displayName(d, i18n.lang) })}
                  data-testid="co-chair-remove"
                  onClick={() => setRole(d, 'none')}
                >
                  {t('coChairRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <ChooseAndApply
          label={t('coChairAdd')}
          placeholder={t('coChairChoose')}
          options={candidates.map((d) => ({ value: d.id, label: displayName(d, i18n.lang) }))}
          value={choice}
          onChange={setChoice}
          action={t('coChairAdd')}
          canApply={!!delegations[choice]}
          onApply={() => {
            const d = delegations[choice];
            if (d) setRole(d, 'co-chair');
            setChoice('');
          }}
          disabled={readOnly}
          selectTestId="co-chair-choice"
          buttonTestId="co-chair-add"
        />
        <p className="form-help">{t('coChairsHelp')}</p>
      </fieldset>
    </section>
  );
}
