import { useMemo, useState, type FormEvent } from 'react';
import { addDelegation, delegationFromOrganization, delegationFromState, newPerson } from '../../../shared/delegations';
import { randomId } from '../../../shared/ids';
import { RankClass, type Delegation } from '../../../shared/model/entities';
import { foldName } from '../../../shared/reference/names';
import { DialogActions, Modal } from '../app/Modal';
import { useDoc, useEditor } from '../app/context';
import { updateSession } from '../app/session';
import { LabelledSelect } from '../forms/LabelledSelect';
import { fieldProblem } from '../forms/validation';
import { FieldMessage } from '../forms/Field';
import { useI18n } from '../i18n/I18n';
import { referenceOrganizations, referenceStates } from '../reference';
import { Flag } from './Flag';
import { pickLang } from '../../../shared/i18n/index';

type Candidate = { key: string; build: (id: string) => Delegation; nameVi: string; nameEn: string; code: string; flag: string | null; haystack: string };

const SHOWN = 60;

/**
 * Adds a state, an observer state or an organization from the reviewed reference tables — never
 * typed by hand, so the UN short name, the Vietnamese name and the flag are the reviewed ones —
 * with its head of delegation if the officer knows who leads. One undo step.
 */
export function AddDelegationDialog({ onClose }: { onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const editor = useEditor();
  const delegations = useDoc((d) => d.delegations);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Candidate | null>(null);
  const [headName, setHeadName] = useState('');
  const [headRank, setHeadRank] = useState<RankClass | ''>('');
  const [error, setError] = useState<string | null>(null);

  const candidates = useMemo<Candidate[]>(() => {
    const present = new Set(Object.values(delegations).map((d) => d.iso3 ?? d.orgCode));
    const states = referenceStates()
      .filter((s) => !present.has(s.iso3))
      .map((s) => ({
        key: s.iso3, build: (id: string) => delegationFromState(s, id), nameVi: s.nameVi, nameEn: s.nameEn, code: s.iso3,
        flag: s.iso2.toLowerCase(), haystack: foldName(`${s.nameVi} ${s.nameEn} ${s.nameFr} ${s.iso3} ${s.iso2}`),
      }));
    const orgs = referenceOrganizations()
      .filter((o) => !present.has(o.code))
      .map((o) => ({
        key: o.code, build: (id: string) => delegationFromOrganization(o, id), nameVi: o.nameVi, nameEn: o.nameEn, code: o.code,
        flag: o.flagCode, haystack: foldName(`${o.nameVi} ${o.nameEn} ${o.nameFr} ${o.code}`),
      }));
    return [...states, ...orgs];
  }, [delegations]);

  const matches = useMemo(() => {
    const needles = foldName(query).split(' ').filter(Boolean);
    const found = candidates.filter((c) => needles.every((n) => c.haystack.includes(n)));
    const name = (c: Candidate) => pickLang(i18n.lang, { vi: c.nameVi, en: c.nameEn });
    return found.sort((a, b) => i18n.collator.compare(name(a), name(b))).slice(0, SHOWN);
  }, [candidates, query, i18n]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) {
      setError(t('addDelegationChoose'));
      return;
    }
    const delegation = chosen.build(randomId());
    let head = null;
    if (headName.trim() !== '') {
      const rank = headRank || (delegation.kind === 'organization' ? 'head-of-organization' : 'head-of-state');
      head = newPerson(randomId, delegation, { role: 'head', order: 0, name: headName.trim(), rank });
      const problem = fieldProblem('people', head, 'name', i18n);
      if (problem) {
        setError(problem);
        return;
      }
    }
    if (editor.dispatch(addDelegation, { delegation, head })) {
      updateSession({ selectedDelegationId: delegation.id });
      onClose();
    }
  };

  return (
    <Modal testId="add-delegation-dialog" labelledBy="add-delegation-title" onClose={onClose}>
      <form onSubmit={submit} className="add-delegation">
        <h2 id="add-delegation-title" className="modal__title">
          {t('addDelegationTitle')}
        </h2>
        <label className="field">
          <span className="field__label">{t('addDelegationSearch')}</span>
          <input
            className="field__input"
            type="search"
            autoFocus
            data-testid="add-delegation-search"
            placeholder={t('addDelegationPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <ul className="pick-list" role="listbox" aria-label={t('addDelegationSearch')} data-testid="add-delegation-list">
          {matches.map((c) => (
            <li key={c.key} role="option" aria-selected={chosen?.key === c.key}>
              <button
                type="button"
                className={`pick-list__item${chosen?.key === c.key ? ' is-selected' : ''}`}
                data-testid={`add-delegation-option-${c.code}`}
                onClick={() => {
                  setChosen(c);
                  setError(null);
                }}
              >
                <Flag code={c.flag} />
                <span>{pickLang(i18n.lang, { vi: c.nameVi, en: c.nameEn })}</span>
                <span className="code">{c.code}</span>
              </button>
            </li>
          ))}
        </ul>
        {matches.length === 0 && <p className="muted">{t('addDelegationNoMatch', { query })}</p>}
        <fieldset className="fieldset">
          <legend>{t('optionalHead')}</legend>
          <div className="field-row">
            <label className="field">
              <span className="field__label">{t('newHeadName')}</span>
              <input className="field__input" data-testid="add-delegation-head" value={headName} onChange={(e) => setHeadName(e.target.value)} />
            </label>
            <LabelledSelect<RankClass | ''>
              label={t('headRankNew')}
              testId="add-delegation-rank"
              value={headRank}
              options={[{ value: '', label: '—' }, ...RankClass.options.map((r) => ({ value: r, label: i18n.rank(r) }))]}
              onChange={setHeadRank}
            />
          </div>
        </fieldset>
        <FieldMessage testId="add-delegation" error={error} />
        <DialogActions
          prefix="add-delegation"
          applyName="submit"
          cancelLabel={t('cancel')}
          applyLabel={chosen ? `${t('add')}: ${pickLang(i18n.lang, { vi: chosen.nameVi, en: chosen.nameEn })}` : t('add')}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
