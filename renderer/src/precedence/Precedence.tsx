import { useMemo, useState, type FormEvent } from 'react';
import { putSetting } from '../../../shared/document/settings';
import { randomId } from '../../../shared/ids';
import type { RankClass } from '../../../shared/model/entities';
import {
  PrecedenceRulesError, describeReason, drawLot, lotDrawnElsewhere, orderDelegations, readRules, rulesSetting, type PrecedenceRules, type Tiebreak,
} from '../../../shared/protocol';
import { useDoc, useEditor, useEditorState } from '../app/context';
import { updateSession } from '../app/session';
import { ChooseAndApply } from '../forms/ChooseAndApply';
import { FieldMessage } from '../forms/Field';
import { useI18n } from '../i18n/I18n';
import type { Translator } from '../i18n/format';
import { referenceStates } from '../reference';
import { displayName } from '../delegations/delegationData';
import { Flag } from '../delegations/Flag';
import { pickLang } from '../../../shared/i18n/index';
import { localeOf } from '../../../shared/i18n/number';

type RulesRead = { ok: true; rules: PrecedenceRules } | { ok: false; message: string };

function useRules(): RulesRead {
  const settings = useDoc((d) => d.settings);
  const { lang } = useI18n();
  return useMemo(() => {
    try {
      return { ok: true, rules: readRules({ settings } as Parameters<typeof readRules>[0]) };
    } catch (err) {
      if (err instanceof PrecedenceRulesError) return { ok: false, message: err.messageIn(lang) };
      throw err;
    }
  }, [settings, lang]);
}

/** Saves the rules: one setting row, one undo step. */
function useSaveRules(): (rules: PrecedenceRules) => void {
  const editor = useEditor();
  return (rules) => {
    const { key, value } = rulesSetting(rules);
    editor.dispatch(putSetting, { key, value, newId: randomId() });
  };
}

/** A number in [0, 1) from the platform's cryptographic randomness: a lot no one can steer. */
function fairRandom(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
}

/** The order of precedence of the event, each place with its reason, and the rules behind it. */
export function Precedence() {
  const i18n = useI18n();
  const { t } = i18n;
  const read = useRules();
  return (
    <div className="screen screen--precedence" data-testid="screen-precedence">
      <div className="screen__main precedence">
        <header className="screen__header">
          <h1 className="screen__title">{t('precedenceTitle')}</h1>
        </header>
        {read.ok ? (
          <div className="precedence__layout">
            <div className="precedence__rules">
              <RulesForm rules={read.rules} />
              <LotSection rules={read.rules} />
            </div>
            <OrderTable rules={read.rules} />
          </div>
        ) : (
          <p className="field__error" role="alert" data-testid="precedence-rules-error">
            {t('rulesUnreadable', { detail: read.message })}
          </p>
        )}
      </div>
    </div>
  );
}

function RulesForm({ rules }: { rules: PrecedenceRules }) {
  const { t, rank } = useI18n();
  const save = useSaveRules();
  const readOnly = useEditorState((s) => s.readOnly);
  const tiebreaks = [
    { value: 'un-alphabetical', label: t('tiebreakUn') },
    { value: 'seniority', label: t('tiebreakSeniority') },
    { value: 'alphabetical', label: t('tiebreakAlphabetical') },
  ];
  const moveTier = (i: number, by: -1 | 1) => {
    const tiers = rules.classOrder.map((tier) => [...tier]);
    const j = i + by;
    if (j < 0 || j >= tiers.length) return;
    [tiers[i], tiers[j]] = [tiers[j]!, tiers[i]!];
    save({ ...rules, classOrder: tiers });
  };
  const languages = [
    { value: 'en', label: t('languageEnName') },
    { value: 'fr', label: t('languageFrName') },
    { value: 'vi', label: t('languageViName') },
  ];
  const placements = [
    { value: 'after-observers', label: t('orgAfterObservers') },
    { value: 'after-states', label: t('orgAfterStates') },
    { value: 'interleaved-by-class', label: t('orgInterleaved') },
  ];
  const choice = (label: string, testId: string, value: string, options: readonly { value: string; label: string }[], change: (v: string) => PrecedenceRules) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <select className="field__input" data-testid={testId} value={value} disabled={readOnly} onChange={(e) => save(change(e.target.value))}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  const check = (label: string, testId: string, checked: boolean, change: (v: boolean) => PrecedenceRules) => (
    <label className="check-field">
      <input type="checkbox" data-testid={testId} checked={checked} disabled={readOnly} onChange={(e) => save(change(e.target.checked))} />
      <span>{label}</span>
    </label>
  );
  return (
    <fieldset className="fieldset" data-testid="precedence-rules">
      <legend>{t('rulesTitle')}</legend>
      {choice(t('tiebreak'), 'rules-tiebreak', rules.tiebreak, tiebreaks, (v) => ({ ...rules, tiebreak: v as Tiebreak }))}
      {choice(t('alphabeticalLanguage'), 'rules-language', rules.alphabeticalLanguage, languages, (v) => ({
        ...rules, alphabeticalLanguage: v as PrecedenceRules['alphabeticalLanguage'],
      }))}
      {choice(t('organizationsPlace'), 'rules-organizations', rules.organizations, placements, (v) => ({
        ...rules, organizations: v as PrecedenceRules['organizations'],
      }))}
      {check(t('ambassadorsByCredentials'), 'rules-credentials', rules.ambassadorsByCredentials, (v) => ({ ...rules, ambassadorsByCredentials: v }))}
      {check(t('holySeeAfterMembers'), 'rules-holy-see', rules.observers.holySeeAfterMembers, (v) => ({
        ...rules, observers: { ...rules.observers, holySeeAfterMembers: v },
      }))}
      {check(t('palestineAmongMembers'), 'rules-palestine', rules.observers.palestineAmongMembers, (v) => ({
        ...rules, observers: { ...rules.observers, palestineAmongMembers: v },
      }))}
      {check(t('euWithObservers'), 'rules-eu', rules.observers.euWithObservers, (v) => ({
        ...rules, observers: { ...rules.observers, euWithObservers: v },
      }))}
      <div className="field">
        <span className="field__label">{t('classOrder')}</span>
        <ol className="tier-list" data-testid="rules-classes">
          {rules.classOrder.map((tier, i) => {
            const label = tier.map((r: RankClass) => rank(r)).join(' · ');
            return (
              <li key={tier.join(',')} className="tier-list__item" data-testid={`rules-class-${i + 1}`}>
                <span>{label}</span>
                <span className="member__actions">
                  <button type="button" className="icon-button" disabled={readOnly || i === 0} aria-label={t('classUp', { rank: label })} title={t('classUp', { rank: label })} onClick={() => moveTier(i, -1)}>
                    ↑
                  </button>
                  <button type="button" className="icon-button" disabled={readOnly || i === rules.classOrder.length - 1} aria-label={t('classDown', { rank: label })} title={t('classDown', { rank: label })} onClick={() => moveTier(i, 1)}>
                    ↓
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      </div>
    </fieldset>
  );
}

function lotText(rules: PrecedenceRules, i18n: Translator): string {
  const lot = rules.lot;
  if (!lot) return i18n.t('lotNone');
  const ref = referenceStates().find((s) => s.iso3 === lot.iso3);
  const country = ref ? pickLang(i18n.lang, { vi: ref.nameVi, en: ref.nameEn }) : lot.iso3;
  if (lot.source === 'drawn-elsewhere') return i18n.t('lotDrawnElsewhere', { country });
  const when = lot.drawnAt ? new Date(lot.drawnAt).toLocaleString(localeOf(i18n.lang)) : '';
  return i18n.t('lotDrawnHere', { country, when, who: lot.drawnBy });
}

/** The lot: drawn here (recorded with when and by whom) or taken from a draw made elsewhere. */
function LotSection({ rules }: { rules: PrecedenceRules }) {
  const i18n = useI18n();
  const { t } = i18n;
  const save = useSaveRules();
  const readOnly = useEditorState((s) => s.readOnly);
  const [drawnBy, setDrawnBy] = useState('');
  const [elsewhere, setElsewhere] = useState('');
  const [error, setError] = useState<string | null>(null);
  const members = useMemo(() => referenceStates().filter((s) => s.status === 'member-state'), []);
  const sorted = useMemo(
    () => [...referenceStates()].sort((a, b) => i18n.collator.compare(pickLang(i18n.lang, { vi: a.nameVi, en: a.nameEn }), pickLang(i18n.lang, { vi: b.nameVi, en: b.nameEn }))),
    [i18n],
  );
  const draw = (e: FormEvent) => {
    e.preventDefault();
    if (drawnBy.trim() === '') {
      setError(t('drawnByRequired'));
      return;
    }
    // The General Assembly draws among the member states; so does the app.
    const drawn = drawLot(members, fairRandom);
    save({ ...rules, lot: { ...drawn, drawnAt: new Date().toISOString(), drawnBy: drawnBy.trim() } });
    setError(null);
  };
  return (
    <fieldset className="fieldset" data-testid="precedence-lot">
      <legend>{t('lotTitle')}</legend>
      <p className="lot__current" data-testid="lot-current" data-iso3={rules.lot?.iso3 ?? ''}>
        {lotText(rules, i18n)}
      </p>
      <form className="add-person" onSubmit={draw}>
        <label className="field">
          <span className="field__label">{t('drawnBy')}</span>
          <span className="add-person__row">
            <input className="field__input" data-testid="lot-drawn-by" value={drawnBy} disabled={readOnly} onChange={(e) => setDrawnBy(e.target.value)} />
            <button type="submit" className="button" disabled={readOnly} data-testid="lot-draw">
              {t('drawLot')}
            </button>
          </span>
        </label>
        <FieldMessage testId="lot" error={error} />
      </form>
      <ChooseAndApply
        label={t('lotElsewhere')}
        placeholder={t('lotElsewhereChoose')}
        options={sorted.map((s) => ({ value: s.iso3, label: pickLang(i18n.lang, { vi: s.nameVi, en: s.nameEn }) }))}
        value={elsewhere}
        onChange={setElsewhere}
        action={t('useLot')}
        canApply={elsewhere !== ''}
        onApply={() => {
          const state = sorted.find((s) => s.iso3 === elsewhere);
          if (state) save({ ...rules, lot: lotDrawnElsewhere(state) });
        }}
        disabled={readOnly}
        selectTestId="lot-elsewhere"
        buttonTestId="lot-use"
      />
    </fieldset>
  );
}

/** The order itself: position, delegation, class, and the reason in the UI language. */
function OrderTable({ rules }: { rules: PrecedenceRules }) {
  const i18n = useI18n();
  const { t } = i18n;
  const delegations = useDoc((d) => d.delegations);
  const people = useDoc((d) => d.people);
  const events = useDoc((d) => d.events);
  const entries = useMemo(
    () => orderDelegations({ delegations, people, events } as Parameters<typeof orderDelegations>[0], rules, { states: referenceStates() }),
    [delegations, people, events, rules],
  );
  return (
    <section className="precedence__order" aria-labelledby="order-title">
      <h2 id="order-title" className="section-title">
        {t('orderCount', { count: i18n.number(entries.length) })}
      </h2>
      <div className="table-scroll">
        <table className="table order-table" data-testid="precedence-order">
          <thead>
            <tr>
              <th scope="col" className="col-position">{t('colPosition')}</th>
              <th scope="col" className="col-flag"><span className="visually-hidden">{t('colFlag')}</span></th>
              <th scope="col">{t('colDelegation')}</th>
              <th scope="col">{t('colRank')}</th>
              <th scope="col">{t('colReason')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const d = delegations[e.delegationId]!;
              return (
                <tr key={e.delegationId} data-testid={`order-row-${e.position}`} data-delegation={d.iso3 ?? d.orgCode ?? d.id}>
                  <td className="col-position">{i18n.number(e.position)}</td>
                  <td className="col-flag"><Flag code={d.flagCode} /></td>
                  <td>
                    <button type="button" className="link-button" onClick={() => updateSession({ view: 'delegations', selectedDelegationId: d.id })}>
                      {displayName(d, i18n.lang)}
                    </button>
                  </td>
                  <td>{e.rank ? i18n.rank(e.rank) : ''}</td>
                  <td className="order-reason">{describeReason(e.reason, i18n.lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
