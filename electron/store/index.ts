export { APPLICATION_ID, SCHEMA_VERSION, EVENT_FILE_EXTENSION, BACKUP_FOLDER } from './constants';
export { EventFile, type OpenOptions } from './eventFile';
export { migrationBackupPath } from './migration-backup';
export { migrate, expectedSchema, type MigrationResult } from './migrate';
export { MIGRATIONS, type Migration } from './migrations';
export { rowKeyOf } from './replica';
export type { Replica, ReplicaState, RowKey, RowVersion, TeamConnection } from './replica';
export type { ConflictEntry, Outbox, OutboxBase, OutboxCommand, OutboxEntry, OutboxWrite } from './outbox';
