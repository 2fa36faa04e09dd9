import { SCHEMA_VERSION } from '../constants';
import { initial } from './001-initial';
import { honorificVi } from './002-honorific-vi';
import { unSecretariat } from './003-un-secretariat';
import { teamReplica } from './004-team-replica';
import { teamOutbox } from './005-team-outbox';
import { teamConnection } from './006-team-connection';
import type { Migration } from './types';

export type { Migration };

/** Every migration, oldest first; version N is at index N - 1. Forward only: never edit one. */
export const MIGRATIONS: readonly Migration[] = [initial, honorificVi, unSecretariat, teamReplica, teamOutbox, teamConnection];

if (MIGRATIONS.length !== SCHEMA_VERSION) {
  throw new Error(`SCHEMA_VERSION (${SCHEMA_VERSION}) must equal the number of migrations (${MIGRATIONS.length})`);
}
