import { memo, useCallback, useDeferredValue, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Delegation, DelegationKind, Person } from '../../../shared/model/entities';
import { effectiveRoles, type EffectiveRole } from '../../../shared/protocol/host';
import { foldName } from '../../../shared/reference/names';
import { useDoc, useEditorState } from '../app/context';
import { updateSession, useSession } from '../app/session';
import type { Translator } from '../i18n/format';
import { LabelledSelect } from '../forms/LabelledSelect';
import { useI18n } from '../i18n/I18n';
import type { UiKey } from '../i18n/messages';
import { AddDelegationDialog } from './AddDelegation';
import { DelegationPanel } from './DelegationPanel';
import { codeOf, comparator, displayName, headsByDelegation, searchText, type Sort, type SortKey } from './delegationData';
import { Flag } from './Flag';
import { FileActions } from './import/FileActions';
import { pickLang } from '../../../shared/i18n/index';

const KINDS: DelegationKind[] = ['state', 'observer-state', 'organization'];

const COLUMNS: { key: SortKey | null; label: UiKey; className: string }[] = [
  { key: null, label: 'colFlag', className: 'col-flag' },
  { key: 'name', label: 'colDelegation', className: 'col-name' },
  { key: 'unName', label: 'colOtherName', className: 'col-un' },
  { key: 'kind', label: 'colKind', className: 'col-kind' },
  { key: 'head', label: 'colHead', className: 'col-head' },
  { key: 'rank', label: 'colRank', className: 'col-rank' },
  { key: 'members', label: 'colMembers', className: 'col-members' },
];

export function Delegations() {
  const i18n = useI18n();
  const { t } = i18n;
  const delegations = useDoc((d) => d.delegations);
  const people = useDoc((d) => d.people);
  const events = useDoc((d) => d.events);
  // The badge shows the role the order uses: the host derived from the event's host country,
  // not a stored flag (shared/protocol/host.ts).
  const roles = useMemo(() => effectiveRoles({ events, delegations }), [events, delegations]);
  const selectedId = useSession((s) => s.selectedDelegationId);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<DelegationKind | ''>('');
  const [sort, setSort] = useState<Sort>({ key: 'name', dir: 1 });
  const deferredQuery = useDeferredValue(query);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [adding, setAdding] = useState(false);
  const readOnly = useEditorState((s) => s.readOnly);

  const heads = useMemo(() => headsByDelegation(people), [people]);
  const all = useMemo(() => Object.values(delegations), [delegations]);
  const haystacks = useMemo(() => {
    const map = new Map<string, string>();
    for (const d of all) map.set(d.id, searchText(d, heads.get(d.id)?.head ?? null));
    return map;
  }, [all, heads]);
  const sorted = useMemo(() => [...all].sort(comparator(sort, i18n, heads)), [all, sort, i18n, heads]);
  const shown = useMemo(() => {
    const needles = foldName(deferredQuery).split(' ').filter(Boolean);
    return sorted.filter(
      (d) => (kind === '' || d.kind === kind) && needles.every((n) => haystacks.get(d.id)!.includes(n)),
    );
  }, [sorted, kind, deferredQuery, haystacks]);

  const select = useCallback((id: string) => updateSession({ selectedDelegationId: id }), []);

  const onSort = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 1 ? -1 : 1 } : { key, dir: 1 }));

  const focusRow = (id: string) => {
    select(id);
    const button = bodyRef.current?.querySelector<HTMLElement>(`[data-row-id="${id}"] .row-select`);
    button?.focus();
    button?.scrollIntoView({ block: 'nearest' });
  };

  /** Up and down move the selection through the rows shown. */
  const onTableKey = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const index = shown.findIndex((d) => d.id === selectedId);
    const next = shown[Math.min(shown.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (next) focusRow(next.id);
  };

  const selectedExists = selectedId !== null && delegations[selectedId] !== undefined;
  return (
    <div className={`screen screen--delegations${selectedExists ? ' screen--with-panel' : ''}`} data-testid="screen-delegations">
      <div className="screen__main">
        <header className="screen__header">
          <h1 className="screen__title">{t('delegationsTitle')}</h1>
          <div className="toolbar">
            <label className="toolbar__search">
              <span className="visually-hidden">{t('searchDelegations')}</span>
              <input
                type="search"
                data-testid="delegations-search"
                placeholder={t('searchPlaceholder')}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Escape' && query !== '') {
                    e.preventDefault();
                    setQuery('');
                  } else if (e.key === 'ArrowDown' && shown[0]) {
                    e.preventDefault();
                    focusRow(shown[0].id);
                  }
                }}
              />
            </label>
            <LabelledSelect<DelegationKind | ''>
              look="toolbar"
              label={t('kindFilter')}
              testId="delegations-kind-filter"
              value={kind}
              options={[{ value: '', label: t('allKinds') }, ...KINDS.map((k) => ({ value: k, label: i18n.delegationKind(k) }))]}
              onChange={setKind}
            />
            <button type="button" className="button" data-testid="delegations-add" disabled={readOnly} onClick={() => setAdding(true)}>
              {t('addDelegation')}
            </button>
            <span className="toolbar__count" data-testid="delegations-count" aria-live="polite">
              {t('shownOfTotal', { shown: i18n.number(shown.length), total: i18n.number(all.length) })}
            </span>
            <FileActions />
          </div>
        </header>
        <div className="table-scroll">
          <table className="table delegations-table" data-testid="delegations-table">
            <thead>
              <tr>
                {COLUMNS.map((c) => {
                  const label = t(c.label);
                  const active = c.key !== null && sort.key === c.key;
                  return (
                    <th
                      key={c.label}
                      className={c.className}
                      scope="col"
                      aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}
                    >
                      {c.key === null ? (
                        <span className="visually-hidden">{label}</span>
                      ) : (
                        <button
                          type="button"
                          className="sort-button"
                          data-testid={`sort-${c.key}`}
                          title={t('sortBy', { column: label })}
                          onClick={() => onSort(c.key!)}
                        >
                          {label}
                          <span className="sort-button__arrow" aria-hidden="true">
                            {active ? (sort.dir === 1 ? '▲' : '▼') : ''}
                          </span>
                        </button>
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody ref={bodyRef} onKeyDown={onTableKey}>
              {shown.map((d) => {
                const info = heads.get(d.id);
                return (
                  <DelegationRow
                    key={d.id}
                    delegation={d}
                    role={roles.get(d.id) ?? 'none'}
                    head={info?.head ?? null}
                    members={info?.members ?? 0}
                    selected={d.id === selectedId}
                    onSelect={select}
                    i18n={i18n}
                  />
                );
              })}
            </tbody>
          </table>
          {shown.length === 0 && (
            <p className="empty" data-testid="delegations-empty">
              {all.length === 0 ? t('noDelegations') : t('noMatch', { query: deferredQuery })}
            </p>
          )}
        </div>
      </div>
      {selectedExists && <DelegationPanel key={selectedId} id={selectedId} />}
      {adding && <AddDelegationDialog onClose={() => setAdding(false)} />}
    </div>
  );
}

type RowProps = {
  delegation: Delegation;
  role: EffectiveRole;
  head: Person | null;
  members: number;
  selected: boolean;
  onSelect: (id: string) => void;
  i18n: Translator;
};

/** One row; re-renders only when its own delegation, head, count, selection or language change. */
const DelegationRow = memo(function DelegationRow({ delegation: d, role, head, members, selected, onSelect, i18n }: RowProps) {
  const { t } = i18n;
  const code = codeOf(d);
  const secondary = pickLang(i18n.lang, { vi: d.nameEn, en: d.nameVi });
  const title = head ? pickLang(i18n.lang, { vi: head.titleVi || head.titleEn, en: head.titleEn || head.titleVi }) : '';
  return (
    <tr
      className={selected ? 'is-selected' : undefined}
      aria-selected={selected}
      data-testid={`delegation-row-${code || d.id}`}
      data-row-id={d.id}
      onClick={(e) => {
        onSelect(d.id);
        // Keep the keyboard where the pointer went, so arrow keys go on from this row.
        if (!(e.target instanceof HTMLButtonElement)) e.currentTarget.querySelector<HTMLElement>('.row-select')?.focus();
      }}
    >
      <td className="col-flag">
        <Flag code={d.flagCode} />
      </td>
      <td className="col-name">
        <button type="button" className="row-select" aria-pressed={selected}>
          {displayName(d, i18n.lang)}
        </button>
        {code && <span className="code">{code}</span>}
        {role !== 'none' && (
          <span className={`badge badge--${role}`} data-testid={`delegation-badge-${role}`}>
            {t(role === 'host' ? 'pinnedHost' : 'pinnedCoChair')}
          </span>
        )}
      </td>
      <td className="col-un" lang={pickLang(i18n.lang, { vi: 'en', en: 'vi' })}>
        {secondary}
      </td>
      <td className="col-kind">{i18n.delegationKind(d.kind)}</td>
      <td className="col-head">
        {head ? (
          <>
            <span className="head-name">{head.name}</span>
            {title && <span className="head-title">{title}</span>}
          </>
        ) : (
          <span className="muted">{t('noHead')}</span>
        )}
      </td>
      <td className="col-rank">{head ? i18n.rank(head.rank) : ''}</td>
      <td className="col-members">{i18n.number(members)}</td>
    </tr>
  );
});
