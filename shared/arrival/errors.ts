import { keyedError } from '../errors';
import { describeArrival, type ArrivalMessageKey } from './messages';

/** A refusal of the arrival engine (unknown sequence, stale plan, bad time...), bilingual. */
export const ArrivalError = keyedError<ArrivalMessageKey>('ArrivalError', describeArrival);
export type ArrivalError = InstanceType<typeof ArrivalError>;
