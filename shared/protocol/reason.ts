import type { ProtocolMessageKey } from './messages';

/** A sentence of the precedence explanation: its key (every protocol message but the rules' error). */
export type ReasonKey = Exclude<ProtocolMessageKey, 'rules-invalid'>;
export type ReasonParams = Readonly<Record<string, string | number>>;
/** Why a delegation is where it is: a sentence key, its parameters, further remarks. */
export type Reason = { key: ReasonKey; params: ReasonParams; also: readonly Reason[] };
