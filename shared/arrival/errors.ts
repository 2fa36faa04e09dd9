import type { Language } from '../i18n/index';
import { describeArrival, type ArrivalMessageKey } from './messages';

/** A refusal of the arrival engine (unknown sequence, stale plan, bad time...), bilingual. */
export class ArrivalError extends Error {
  constructor(
    readonly key: ArrivalMessageKey,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(describeArrival({ key, params }, 'en'));
    this.name = 'ArrivalError';
  }

  messageIn(lang: Language): string {
    return describeArrival({ key: this.key, params: this.params }, lang);
  }
}
