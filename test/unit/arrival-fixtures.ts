/**
 * Small events for the arrival tests: delegations from the reference table (EventBuilder of the
 * seating tests) and a welcome sequence with a hand-chosen step template, so that every expected
 * time can be worked out on paper. Default template: drive-in 60 s, walk 60 s, greeting 30 s,
 * photo 30 s, escort 60 s (4 min in all); venue points on a line, 10 m apart.
 */
import type { EventDocument } from '../../shared/model/collections';
import type { ArrivalSequence, Greeter, SequenceStep, VenuePoint } from '../../shared/model/entities';
import { arrivalKey, type ArrivalSettingsInput } from '../../shared/arrival';
import { EventBuilder, type DelegationSpec } from './seating-fixtures';

export const TEMPLATE: [SequenceStep['kind'], VenuePoint['kind'], number][] = [
  ['drive-in', 'drop-off', 60],
  ['walk', 'red-carpet-start', 60],
  ['greeting', 'greeting', 30],
  ['photo', 'photo', 30],
  ['escort', 'holding-room', 60],
];

export type SequenceSpec = Partial<Omit<ArrivalSequence, 'id' | 'hallId'>> & {
  template?: [SequenceStep['kind'], VenuePoint['kind'], number][];
  settings?: ArrivalSettingsInput;
  greeter?: string;
};

export class ArrivalBuilder extends EventBuilder {
  constructor(seed = 1, timeZone = 'Asia/Ho_Chi_Minh') {
    super(seed);
    Object.values(this.doc.events)[0]!.timeZone = timeZone;
  }

  add(...specs: DelegationSpec[]): string[] {
    return specs.map((s) => this.delegation(s).delegation.id);
  }

  sequence(spec: SequenceSpec = {}): { sequence: ArrivalSequence; steps: SequenceStep[]; points: VenuePoint[]; greeter: Greeter } {
    const hall = this.hall('welcome');
    const { template = TEMPLATE, settings, greeter: greeterName = 'President of Viet Nam', ...fields } = spec;
    const sequence: ArrivalSequence = {
      id: this.ids(), nameEn: 'Official welcome', nameVi: 'Lễ đón chính thức', hallId: hall.id, day: '2025-10-25', startTime: '08:30', deadline: '09:00',
      rule: 'reverse-precedence', intervalMin: 2, minGapMin: 1, sortKey: `a${Object.keys(this.doc.sequences).length}`, ...fields,
    };
    this.doc.sequences[sequence.id] = sequence;
    const points = template.map(([, kind], order): VenuePoint => ({
      id: this.ids(), sequenceId: sequence.id, hallId: hall.id, kind, nameEn: `${kind} point`, nameVi: `điểm ${kind}`, x: order * 10, y: 5, order,
    }));
    for (const p of points) this.doc.venuePoints[p.id] = p;
    const steps = template.map(([kind, , durationS], order): SequenceStep => ({
      id: this.ids(), sequenceId: sequence.id, kind, venuePointId: points[order]!.id, durationS, order,
    }));
    for (const s of steps) this.doc.steps[s.id] = s;
    const greeter: Greeter = {
      id: this.ids(), sequenceId: sequence.id, name: greeterName, titleEn: 'President', titleVi: 'Chủ tịch nước',
      venuePointId: points.find((p) => p.kind === 'greeting')?.id ?? null,
    };
    this.doc.greeters[greeter.id] = greeter;
    if (settings) {
      const id = this.ids();
      this.doc.settings[id] = { id, key: arrivalKey(sequence.id), value: settings as EventDocument['settings'][string]['value'] };
    }
    return { sequence, steps, points, greeter };
  }
}

/** Delegation names in the plan's (or the slots') order. */
export function namesOf(doc: EventDocument, delegationIds: readonly string[]): string[] {
  return delegationIds.map((id) => doc.delegations[id]!.nameEn);
}

/** "HH:MM:SS" of an ISO date-time's wall clock (what the officer reads). */
export const wall = (iso: string) => iso.slice(11, 19);
