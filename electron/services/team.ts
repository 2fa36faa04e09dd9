import type { EventFile } from '../store';
import type { Changes } from '../../shared/model/collections';
import type { TeamStatus } from '../../shared/team/status';
import { LiveReplica, type LiveOptions } from '../team/live';
import { recordEdit } from '../team/outbox';
import { teamStatus } from '../team/status';

/** The environment variable the password of the team login is read from (never stored in the file). */
export const TEAM_PASSWORD_ENV = 'PRESEANCE_TEAM_PASSWORD';

/**
 * The open file's team side (issue 16): for a replica, a LiveReplica connected with the
 * settings the file remembers and the password from the environment, kept while the file is
 * open. Every edit of a replica goes through the outbox (rows and entry in one transaction),
 * never straight into the file, so the app and the CLI write a team event one way.
 */
export class TeamSession {
  #file: EventFile | null = null;
  #live: LiveReplica | null = null;

  constructor(private readonly options: LiveOptions = {}) {}

  /** Follows the newly open file: stops the previous one's connection, starts one for a replica. */
  open(file: EventFile | null): void {
    if (file === this.#file) return;
    this.close();
    this.#file = file;
    const connection = file?.replica.state() ? file.replica.connection() : null;
    if (!file || !connection || file.readOnly) return;
    const live = new LiveReplica(file, { ...connection, password: process.env[TEAM_PASSWORD_ENV] }, this.options);
    this.#live = live;
    // Offline at open is normal: the replica keeps trying, and the status says offline meanwhile.
    live.start().catch((error: unknown) => this.options.onError?.(error));
  }

  close(): void {
    const live = this.#live;
    this.#live = null;
    this.#file = null;
    void live?.stop();
  }

  /** Writes an edit: through the outbox for a replica (then sent when connected), else straight to the file. */
  apply(file: EventFile, changes: Changes): void {
    if (!file.replica.state()) {
      file.apply(changes);
      return;
    }
    if (this.#live && this.#file === file) this.#live.edit(changes);
    else recordEdit(file, changes);
  }

  /** What the status bar says, or null for a file that is not a team replica. */
  status(file: EventFile | null): TeamStatus | null {
    if (!file?.replica.state()) return null;
    return this.#live && this.#file === file ? this.#live.status() : teamStatus(file, false);
  }
}
