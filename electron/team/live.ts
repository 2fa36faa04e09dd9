import pg from 'pg';
import type { EventFile } from '../store';
import type { Changes } from '../../shared/model/collections';
import type { TeamStatus } from '../../shared/team/status';
import { recordEdit, type EditOptions } from './outbox';
import { replay } from './replay';
import { teamStatus } from './status';
import { pull, push, serverId, type PushOptions } from './sync';

export type LiveOptions = {
  /** Called after each pull that applied changes (the UI reloads what changed). */
  onPulled?: (applied: number) => void;
  /** Called when the connection drops or a pull fails; the client keeps trying. */
  onError?: (error: unknown) => void;
  /** First reconnect delay; doubles up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
};

/**
 * A replica kept live: one connection that LISTENs for wake-ups and pulls. NOTIFY only wakes
 * the client (a notification sent while it was disconnected is lost); the pull after every
 * (re)connect is what guarantees no change is missed. Pulls never overlap: a wake-up during a
 * pull runs one more pull after it.
 */
export class LiveReplica {
  #client: pg.Client | null = null;
  #pulling: Promise<void> | null = null;
  #again = false;
  #stopped = false;
  #backoff: number;
  #timer: NodeJS.Timeout | null = null;
  /** The server process of the current connection (tests terminate it to cut the line). */
  backendPid: number | null = null;

  constructor(
    private readonly file: EventFile,
    private readonly config: pg.ClientConfig,
    private readonly options: LiveOptions = {},
  ) {
    this.#backoff = options.backoffMs ?? 100;
  }

  get connected(): boolean {
    return this.#client !== null;
  }

  /**
   * Connects, LISTENs and pulls; resolves once the replica is caught up. A server out of reach
   * rejects, and the replica keeps trying with backoff (the app opens a replica offline).
   */
  async start(): Promise<void> {
    this.#stopped = false;
    try {
      await this.#connect();
    } catch (error) {
      this.#retry();
      throw error;
    }
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#pulling?.catch(() => undefined);
    const client = this.#client;
    this.#client = null;
    await client?.end().catch(() => undefined);
  }

  /** Sends a command, then pulls it back (with anything that came before it). */
  async push(changes: Changes, options?: PushOptions): Promise<number | null> {
    const client = this.#client;
    if (!client) throw new Error('not connected to the team server');
    const seq = await push(this.file, client, changes, options);
    await this.pull();
    return seq;
  }

  /**
   * A local edit: written to the replica with its outbox entry (a kill loses neither), then sent
   * when connected. Offline, it waits; the status says how many do.
   */
  edit(changes: Changes, options?: EditOptions): string | null {
    const commandId = recordEdit(this.file, changes, options);
    if (commandId && this.#client) void this.pull().catch((error: unknown) => this.options.onError?.(error));
    return commandId;
  }

  status(): TeamStatus {
    return teamStatus(this.file, this.connected);
  }

  /**
   * Sends the outbox, then pulls, now (or after the run going on now, which may have started
   * before the change). The outbox goes first: a pull writes the server's rows over the local
   * ones, which must not happen to an edit still waiting.
   */
  pull(): Promise<void> {
    if (this.#pulling) {
      this.#again = true;
      return this.#pulling;
    }
    const run = async (): Promise<void> => {
      do {
        this.#again = false;
        const client = this.#client;
        if (!client) return;
        const replayed = await replay(this.file, client);
        if (replayed.error) throw replayed.error;
        const applied = await pull(this.file, client);
        if (applied > 0) this.options.onPulled?.(applied);
      } while (this.#again);
    };
    this.#pulling = run().finally(() => {
      this.#pulling = null;
    });
    return this.#pulling;
  }

  async #connect(): Promise<void> {
    const client = new pg.Client(this.config);
    client.on('error', (error) => this.#lost(client, error));
    client.on('end', () => this.#lost(client, null));
    await client.connect();
    try {
      await serverId(client);
      this.backendPid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      await client.query('LISTEN preseance_changes');
      client.on('notification', () => void this.pull().catch((error: unknown) => this.options.onError?.(error)));
      this.#client = client;
      this.#backoff = this.options.backoffMs ?? 100;
      await this.pull();
    } catch (error) {
      this.#client = null;
      await client.end().catch(() => undefined);
      throw error;
    }
  }

  #lost(client: pg.Client, error: unknown): void {
    if (this.#client !== client) return;
    this.#client = null;
    this.backendPid = null;
    if (error) this.options.onError?.(error);
    client.end().catch(() => undefined);
    this.#retry();
  }

  #retry(): void {
    if (this.#stopped || this.#timer) return;
    const delay = this.#backoff;
    this.#backoff = Math.min(this.#backoff * 2, this.options.maxBackoffMs ?? 5000);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      if (this.#stopped) return;
      this.#connect().catch((error: unknown) => {
        this.options.onError?.(error);
        this.#retry();
      });
    }, delay);
  }
}
