import { teamMessages, type TeamMessageKey } from '../i18n/team';
import { translate, type Language, type Params } from '../i18n/index';
import { COLLECTION_NAMES, type CollectionName } from '../model/collections';

/**
 * Why the team server refused a command, told apart as issue 16 asks: `not-allowed` (the
 * officer's role may not make it), `conflict` (someone changed a row it read: `author` says
 * who, `current` the version now), `rule` (a rule spanning rows, e.g. two people in one seat:
 * `constraint` names the server's unique index).
 */
export type TeamRefusal =
  | { reason: 'not-allowed'; login: string; kind: string | null; id: string | null; why: 'role' | 'post' | 'team' }
  | { reason: 'conflict'; kind: string; id: string; expected: number | null; current: number; deleted: boolean; author: string | null; at: string | null }
  | { reason: 'rule'; constraint: string };

/** Why a command sits in Conflicts: refused itself, or built on a command of the same laptop that was. */
export type ConflictRefusal = TeamRefusal | { reason: 'depends'; on: string; cause: TeamRefusal };

const what = (kind: string | null, lang: Language): string =>
  kind && (COLLECTION_NAMES as string[]).includes(kind) ? translate(teamMessages, lang, `team-kind-${kind as CollectionName}`) : String(kind);

/** A server time as the message shows it: to the minute, UTC, the server's clock. */
function minute(at: string | null): string {
  const time = at ? new Date(at) : null;
  return time && !Number.isNaN(time.getTime()) ? `${time.toISOString().slice(0, 16).replace('T', ' ')} UTC` : (at ?? '?');
}

/** The message (key and parameters) telling the officer who changed what, or why not allowed. */
export function refusalMessage(refusal: ConflictRefusal, lang: Language): { key: TeamMessageKey; params: Params } {
  switch (refusal.reason) {
    case 'conflict': {
      const params = { what: what(refusal.kind, lang), id: refusal.id, author: refusal.author ?? '?', at: minute(refusal.at) };
      if (refusal.current === 0) return { key: 'team-conflict-missing', params };
      return { key: refusal.deleted ? 'team-conflict-deleted' : 'team-conflict-changed', params };
    }
    case 'not-allowed':
      return { key: `team-not-allowed-${refusal.why}`, params: { login: refusal.login, what: what(refusal.kind, lang) } };
    case 'rule':
      return { key: 'team-rule', params: { constraint: refusal.constraint } };
    case 'depends':
      return { key: 'team-depends', params: { cause: refusalText(refusal.cause, lang) } };
  }
}

export function refusalText(refusal: ConflictRefusal, lang: Language): string {
  const { key, params } = refusalMessage(refusal, lang);
  return translate(teamMessages, lang, key, params);
}
