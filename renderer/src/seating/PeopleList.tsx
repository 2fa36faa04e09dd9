import { memo, useDeferredValue, useMemo, useState } from 'react';
import type { EventDocument } from '../../../shared/model/collections';
import { peopleOf } from '../../../shared/delegations';
import { orderDelegations, readRules } from '../../../shared/protocol';
import { foldName } from '../../../shared/reference/names';
import { isAbsent, readSeatingSettings, seatName } from '../../../shared/seating';
import { useI18n } from '../i18n/I18n';
import { Flag } from '../delegations/Flag';
import { displayName } from '../delegations/delegationData';
import { referenceStates } from '../reference';
import { PERSON_MIME } from './SeatingCanvas';
import type { SeatingT } from './messages';
import { pickLang } from '../../../shared/i18n/index';

type Row = { id: string; name: string; title: string; seat: string | null; absent: boolean; head: boolean };
type Group = { id: string; name: string; flag: string | null; code: string; people: Row[] };

/** People in precedence order, grouped by delegation, each draggable onto a seat of the plan. */
type Props = {
  document: EventDocument;
  hallId: string;
  t: SeatingT;
  readOnly: boolean;
  /** Marks a person absent from (or attending) this hall: the hall's attendance. */
  onAttendance(personId: string, absent: boolean): void;
};

export function PeopleList({ document, hallId, t, readOnly, onAttendance }: Props) {
  const i18n = useI18n();
  const [query, setQuery] = useState('');
  const [unseatedOnly, setUnseatedOnly] = useState(false);
  const needle = useDeferredValue(query);

  const groups = useMemo<Group[]>(() => {
    const seatOf = new Map<string, string>();
    for (const a of Object.values(document.assignments)) {
      if (a.hallId === hallId) seatOf.set(a.personId, seatName(document, a.seatId, i18n.lang));
    }
    let settings: ReturnType<typeof readSeatingSettings> | null = null;
    try {
      settings = readSeatingSettings(document, hallId);
    } catch {
      settings = null; // shown as an error by the screen
    }
    let order: string[];
    try {
      order = orderDelegations(document, readRules(document), { states: referenceStates() }).map((e) => e.delegationId);
    } catch {
      order = Object.keys(document.delegations); // unreadable rules: the screen says so elsewhere
    }
    return order.map((id) => {
      const d = document.delegations[id]!;
      return {
        id,
        name: displayName(d, i18n.lang),
        flag: d.flagCode,
        code: d.iso3 ?? d.orgCode ?? '',
        people: peopleOf(document, id).map((p) => ({
          id: p.id,
          name: p.name,
          title: pickLang(i18n.lang, { vi: p.titleVi || p.titleEn, en: p.titleEn || p.titleVi }),
          seat: seatOf.get(p.id) ?? null,
          absent: settings ? isAbsent(settings, p) : false,
          head: p.role === 'head',
        })),
      };
    });
  }, [document, hallId, i18n.lang]);

  const shown = useMemo(() => {
    const needles = foldName(needle).split(' ').filter(Boolean);
    return groups
      .map((g) => {
        const groupText = foldName(`${g.name} ${g.code}`);
        const people = g.people.filter(
          (p) => (!unseatedOnly || (p.seat === null && !p.absent)) && needles.every((n) => groupText.includes(n) || foldName(p.name).includes(n)),
        );
        return { ...g, people };
      })
      .filter((g) => g.people.length > 0);
  }, [groups, needle, unseatedOnly]);

  return (
    <aside className="seating__people" aria-label={t('people')} data-testid="seating-people">
      <div className="seating__people-tools">
        <input type="search" className="field__input" aria-label={t('searchPeople')} placeholder={t('searchPlaceholder')} data-testid="seating-people-search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <label className="check-field">
          <input type="checkbox" data-testid="seating-people-unseated" checked={unseatedOnly} onChange={(e) => setUnseatedOnly(e.target.checked)} />
          <span>{t('filterUnseated')}</span>
        </label>
        <p className="muted">{t('dragHint')}</p>
      </div>
      <ol className="seating__groups">
        {shown.map((g) => (
          <GroupItem key={g.id} group={g} t={t} readOnly={readOnly} onAttendance={onAttendance} />
        ))}
      </ol>
    </aside>
  );
}

type GroupProps = { group: Group; t: SeatingT; readOnly: boolean; onAttendance(personId: string, absent: boolean): void };

const GroupItem = memo(function GroupItem({ group, t, readOnly, onAttendance }: GroupProps) {
  return (
    <li className="seating__group" data-testid={`seating-group-${group.code || group.id}`}>
      <div className="seating__group-name">
        <Flag code={group.flag} />
        <span>{group.name}</span>
      </div>
      <ul>
        {group.people.map((p) => (
          <li
            key={p.id}
            className={`seating__person${p.seat ? ' is-seated' : ''}${p.absent ? ' is-absent' : ''}`}
            draggable={!p.absent}
            data-testid={`seating-person-${p.id}`}
            onDragStart={(e) => {
              e.dataTransfer.setData(PERSON_MIME, p.id);
              e.dataTransfer.effectAllowed = 'move';
            }}
          >
            <button
              type="button"
              className="seating__attend"
              aria-pressed={!p.absent}
              disabled={readOnly}
              data-testid={`seating-attend-${p.id}`}
              title={p.absent ? t('absentToggle', { name: p.name }) : t('present', { name: p.name })}
              aria-label={p.absent ? t('absentToggle', { name: p.name }) : t('present', { name: p.name })}
              onClick={() => onAttendance(p.id, !p.absent)}
            >
              {p.absent ? '✗' : '✓'}
            </button>
            <span className="seating__person-name">
              {p.head && <span aria-hidden="true">★ </span>}
              {p.name}
            </span>
            <span className="seating__person-seat" title={p.seat ?? undefined}>
              {p.absent ? t('absent') : (p.seat ?? t('notSeated'))}
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
});
