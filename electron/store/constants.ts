/**
 * Marks a SQLite file as a Préséance event file (`PRAGMA application_id`, header offset 68).
 * ASCII "PRSE". A file with any other id is refused before SQLite ever opens it for writing.
 */
export const APPLICATION_ID = 0x50525345;

/**
 * The newest file format this build reads and writes (`PRAGMA user_version`, header offset 60).
 * Always equal to the number of migrations in `MIGRATIONS` (checked at load, see migrations/index.ts).
 */
export const SCHEMA_VERSION = 6;

export const EVENT_FILE_EXTENSION = '.preseance';

/**
 * Backups taken before a migration go to `<folder of the file>/backups/`, named
 * `<name>.before-v<N>-<UTC timestamp>.preseance` where N is the format being upgraded to.
 * A folder beside the file (not in app data) so that a user who copies the event folder to a
 * USB stick takes the backups along, and can find them without knowing where app data lives.
 */
export const BACKUP_FOLDER = 'backups';

/** How long an open waits for another program holding the file before reporting `locked`. */
export const BUSY_TIMEOUT_MS = 1000;
