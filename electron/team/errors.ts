import type { TeamRefusal } from '../../shared/team/refusal';
import { CONFLICT, NOT_ALLOWED } from './roles';

export type { TeamRefusal };

/** The server's refusal (shared/team/refusal.ts): the messages in the officer's language are built from it. */
export class TeamError extends Error {
  constructor(
    message: string,
    readonly refusal: TeamRefusal,
  ) {
    super(message);
    this.name = 'TeamError';
  }
}

type PgError = { code?: string; message?: string; detail?: string; constraint?: string };

/** The server's refusal as a TeamError; any other error is returned as it was. */
export function refusalOf(error: unknown): unknown {
  const e = error as PgError;
  const detail = (): Record<string, unknown> => {
    try {
      return JSON.parse(e.detail ?? '{}') as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  if (e?.code === NOT_ALLOWED) {
    const d = detail();
    return new TeamError(e.message ?? 'not allowed', {
      reason: 'not-allowed', login: String(d.login), kind: (d.kind as string) ?? null, id: (d.id as string) ?? null, why: d.reason as 'role' | 'post' | 'team',
    });
  }
  if (e?.code === CONFLICT) {
    const d = detail();
    return new TeamError(e.message ?? 'conflict', {
      reason: 'conflict', kind: String(d.kind), id: String(d.id), expected: (d.expected as number | null) ?? null, current: Number(d.current),
      deleted: d.deleted === true, author: (d.author as string | null) ?? null, at: (d.at as string | null) ?? null,
    });
  }
  if (e?.code === '23505' && e.constraint?.startsWith('rows_')) {
    return new TeamError(e.message ?? 'unique rule', { reason: 'rule', constraint: e.constraint });
  }
  return error;
}
