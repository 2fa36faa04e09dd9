import { byId } from '../../../shared/compare';
import { useMemo } from 'react';
import type { EventDocument } from '../../../shared/model/collections';
import type { EventInfo } from '../../../shared/model/entities';
import { useDoc } from '../app/context';
import { referenceStates } from '../reference';
import { compareUnNames } from '../../../shared/reference/names';
import { SelectField, TextField } from '../forms/Field';
import { isKnownTimeZone, timeZoneNames } from '../forms/validation';
import type { Translator } from '../i18n/format';
import { useI18n } from '../i18n/I18n';
import { CoChairs } from './CoChairs';
import { pickLang } from '../../../shared/i18n/index';

const firstEvent = (d: EventDocument): EventInfo | undefined => {
  const events = Object.values(d.events);
  return events.length <= 1 ? events[0] : [...events].sort(byId)[0];
};

function datesInOrder(candidate: Record<string, unknown>, { t }: Translator, edited: 'startsOn' | 'endsOn'): string | null {
  const start = candidate.startsOn as string;
  const end = candidate.endsOn as string;
  if (end >= start) return null;
  return edited === 'endsOn' ? t('endBeforeStart', { start }) : t('startAfterEnd', { end });
}

function timeZoneCheck(candidate: Record<string, unknown>, { t }: Translator): string | null {
  return isKnownTimeZone(String(candidate.timeZone)) ? null : t('badTimeZone');
}

export function Overview() {
  const { t } = useI18n();
  const eventId = useDoc((d) => firstEvent(d)?.id ?? null);
  const zones = useMemo(() => timeZoneNames(), []);
  return (
    <div className="screen screen--overview" data-testid="screen-overview">
      <header className="screen__header">
        <h1 className="screen__title">{t('overviewTitle')}</h1>
      </header>
      <div className="overview">
        <section className="card overview__details" aria-labelledby="event-details-title">
          <h2 id="event-details-title" className="card__title">
            {t('eventDetails')}
          </h2>
          {eventId === null ? (
            <p className="empty">{t('noRecord')}</p>
          ) : (
            <div className="form-grid" key={eventId}>
              <TextField collection="events" id={eventId} field="nameVi" label={t('eventNameVi')} testId="event-nameVi" inputLang="vi" required />
              <TextField collection="events" id={eventId} field="nameEn" label={t('eventNameEn')} testId="event-nameEn" inputLang="en" required />
              <TextField collection="events" id={eventId} field="venueVi" label={t('venueVi')} testId="event-venueVi" inputLang="vi" />
              <TextField collection="events" id={eventId} field="venueEn" label={t('venueEn')} testId="event-venueEn" inputLang="en" />
              <EventDateField eventId={eventId} field="startsOn" />
              <EventDateField eventId={eventId} field="endsOn" />
              <TextField
                collection="events"
                id={eventId}
                field="timeZone"
                label={t('timeZone')}
                testId="event-timeZone"
                placeholder="Asia/Ho_Chi_Minh"
                crossCheck={timeZoneCheck}
                list="time-zones"
                required
              />
              <datalist id="time-zones">
                {zones.map((z) => (
                  <option key={z} value={z} />
                ))}
              </datalist>
              <HostField eventId={eventId} />
            </div>
          )}
          {eventId !== null && <p className="form-help">{t('fieldHelp')}</p>}
        </section>
        <Counts />
        <CoChairs />
      </div>
    </div>
  );
}

/** The event's first or last day, written in full under the field, never on the wrong side of the other. */
function EventDateField({ eventId, field }: { eventId: string; field: 'startsOn' | 'endsOn' }) {
  const i18n = useI18n();
  return (
    <TextField
      collection="events"
      id={eventId}
      field={field}
      kind="date"
      label={i18n.t(field)}
      testId={`event-${field}`}
      crossCheck={(c, tr) => datesInOrder(c, tr, field)}
      hint={(v) => i18n.longDate(v)}
      required
    />
  );
}

/** The host: any UN member or observer state (the reviewed reference table), or a state of the event. */
function HostField({ eventId }: { eventId: string }) {
  const i18n = useI18n();
  const delegations = useDoc((d) => d.delegations);
  const options = useMemo(() => {
    type Names = { en: string; vi: string };
    const names = new Map<string, Names>();
    for (const s of referenceStates()) names.set(s.iso3, { en: s.nameEn, vi: s.nameVi });
    for (const d of Object.values(delegations)) {
      if (d.kind !== 'organization' && d.iso3 !== null && !names.has(d.iso3)) names.set(d.iso3, { en: d.nameEn, vi: d.nameVi });
    }
    const entries = [...names.entries()];
    const order = pickLang(i18n.lang, {
      vi: (a: Names, b: Names) => i18n.collator.compare(a.vi, b.vi),
      en: (a: Names, b: Names) => compareUnNames(a.en, b.en),
    });
    entries.sort(([, a], [, b]) => order(a, b));
    return entries.map(([iso3, n]) => ({ value: iso3, label: `${pickLang(i18n.lang, n)} (${iso3})` }));
  }, [delegations, i18n]);
  return (
    <SelectField
      collection="events"
      id={eventId}
      field="hostIso3"
      label={i18n.t('host')}
      testId="event-host"
      options={options}
      emptyLabel={i18n.t('noHost')}
    />
  );
}

function Counts() {
  const i18n = useI18n();
  const { t } = i18n;
  const delegations = useDoc((d) => d.delegations);
  const people = useDoc((d) => Object.keys(d.people).length);
  const halls = useDoc((d) => Object.keys(d.halls).length);
  const seats = useDoc((d) => Object.keys(d.seats).length);
  const assignments = useDoc((d) => Object.keys(d.assignments).length);
  const event = useDoc(firstEvent);
  const byKind = useMemo(() => {
    const counts = { state: 0, 'observer-state': 0, organization: 0 };
    for (const d of Object.values(delegations)) counts[d.kind]++;
    return counts;
  }, [delegations]);
  const days = event ? dayCount(event.startsOn, event.endsOn) : null;
  const rows: [string, string, number][] = [
    ['count-states', t('countStates'), byKind.state],
    ['count-observer-states', t('countObserverStates'), byKind['observer-state']],
    ['count-organizations', t('countOrganizations'), byKind.organization],
    ['count-delegations', t('countDelegations'), byKind.state + byKind['observer-state'] + byKind.organization],
    ['count-people', t('countPeople'), people],
    ['count-halls', t('countHalls'), halls],
    ['count-seats', t('countSeats'), seats],
    ['count-assignments', t('countAssignments'), assignments],
  ];
  return (
    <section className="card overview__counts" aria-labelledby="counts-title">
      <h2 id="counts-title" className="card__title">
        {t('inThisEvent')}
      </h2>
      {event && (
        <p className="overview__when" data-testid="event-when">
          {i18n.longDate(event.startsOn) ?? event.startsOn}
          {event.endsOn !== event.startsOn && <> – {i18n.longDate(event.endsOn) ?? event.endsOn}</>}
          {days !== null && <span className="muted"> · {days === 1 ? t('eventDay') : t('eventDays', { days })}</span>}
        </p>
      )}
      <dl className="counts">
        {rows.map(([testId, label, value]) => (
          <div key={testId} className={`counts__item${testId === 'count-delegations' ? ' counts__item--total' : ''}`}>
            <dt>{label}</dt>
            <dd data-testid={testId}>{i18n.number(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function dayCount(start: string, end: string): number | null {
  const a = Date.parse(`${start}T00:00:00Z`);
  const b = Date.parse(`${end}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b) || b < a) return null;
  return Math.round((b - a) / 86_400_000) + 1;
}
