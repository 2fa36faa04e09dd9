import {
  execute,
  redo as redoStep,
  undo as undoStep,
  emptyHistory,
  type Command,
  type Describe,
  type History,
  type HistoryEntry,
  type Step,
} from '../../../shared/document/history';
import type { Changes, EventDocument } from '../../../shared/model/collections';
import { isWriteFailure, type ErrorPayload, type Result } from '../../../shared/errors';
import { listeners } from '../../../shared/listeners';
import { freeze } from 'immer';

/**
 * The document store: the event document and its undo history, nothing else (selection, the
 * current screen and the camera are session state and live elsewhere). Pure TypeScript, no DOM
 * and no React, so it can be tested with a fake bridge.
 *
 * Every edit is applied in memory at once and queued for `doc:apply`. Applies run one at a
 * time, in order, so the disk sees edits in the order they were made. The document as main has
 * written it is `confirmed`; the queue holds the edits not yet written.
 *
 * Two kinds of failure, told apart by the error's code (`isWriteFailure`):
 * - main refuses the edit itself (it breaks a rule of the event): that edit is dropped, the
 *   edits queued after it are replayed from the confirmed state (so nothing else is lost) and
 *   the error is reported;
 * - the file could not be written (disk full, read-only, I/O error...): the edit is fine, so it
 *   and everything after it stay queued and shown, sending stops, and the status says "not
 *   saved" with the reason. Editing, undo and redo go on in memory. `retry()` sends the queue
 *   again, to the same file or, after a Save As, to the copy.
 */

export type ApplyFn = (changes: Changes) => Promise<Result<{ savedAt: string }>>;

export type SaveStatus =
  | { kind: 'saved'; savedAt: string | null }
  | { kind: 'saving'; pending: number }
  | { kind: 'error'; message: string }
  /** Writing stopped on a write failure: `pending` edits are kept in memory only. */
  | { kind: 'unsaved'; pending: number; code: ErrorPayload['code']; message: string };

export type EditorSnapshot = {
  readonly document: EventDocument;
  readonly history: History;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly saveStatus: SaveStatus;
  readonly readOnly: boolean;
  /** The step the last undo or redo took, until the next edit: what the officer is told was undone. */
  readonly lastMove: HistoryMove | null;
};

/** An undo or redo that happened; `id` tells two moves of the same step apart. */
export type HistoryMove = { readonly id: number; readonly kind: 'undo' | 'redo'; readonly entry: HistoryEntry };

type Op =
  | { kind: 'execute'; command: Command<unknown>; args: unknown; mergeKey: string | null }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'record'; command: Command<unknown>; args: unknown };

type Pending = { op: Op; step: Step };
type State = { document: EventDocument; history: History };

export type EditorStoreOptions = {
  document: EventDocument;
  apply: ApplyFn;
  readOnly?: boolean;
  /** Called with main's message (already in the user's language) when an edit could not be saved. */
  onError?: (message: string) => void;
  /** Said (through onError) when an edit is tried on a read-only file, so that it never fails silently. */
  readOnlyMessage?: () => string;
  /** The message for a failure that did not come from main as a Result (the bridge itself threw): kept as a write failure. */
  unexpectedMessage?: (detail: string) => string;
  /** Describes each edit for its undo step (what, where); without it steps carry no note. */
  describe?: Describe;
};

export class EditorStore {
  private confirmed: State;
  private pending: Pending[] = [];
  private inFlight = false;
  private lastError: string | null = null;
  /** The write failure that stopped sending, until retry(). */
  private stopped: ErrorPayload | null = null;
  private savedAt: string | null = null;
  private snapshot: EditorSnapshot;
  private readonly changed = listeners();
  private idleWaiters: (() => void)[] = [];
  private readonly apply: ApplyFn;
  private readonly onError: (message: string) => void;
  private readonly unexpectedMessage: (detail: string) => string;
  private readonly readOnlyMessage: (() => string) | null;
  private readOnly: boolean;
  private readonly describe: Describe | undefined;
  private lastMove: HistoryMove | null = null;
  private moves = 0;

  constructor(options: EditorStoreOptions) {
    // Frozen once, here, as the document arrives: immer deep-freezes every part of a result it
    // finds unfrozen, so an unfrozen document costs its first edit a walk of every row (tens of
    // ms at 5,000 seats, in the frame that drops a dragged table). Frozen, an edit copies only
    // the collections and rows it touches.
    this.confirmed = { document: freeze(options.document, true), history: emptyHistory() };
    this.apply = options.apply;
    this.readOnly = options.readOnly ?? false;
    this.onError = options.onError ?? (() => {});
    this.unexpectedMessage = options.unexpectedMessage ?? ((detail) => `The change could not be saved: ${detail}`);
    this.readOnlyMessage = options.readOnlyMessage ?? null;
    this.describe = options.describe;
    this.snapshot = this.buildSnapshot();
  }

  // --- reading -------------------------------------------------------------------------------

  /** The current snapshot; a new object after every change, the same object otherwise. */
  getSnapshot = (): EditorSnapshot => this.snapshot;

  getDocument(): EventDocument {
    return this.snapshot.document;
  }

  /** For useSyncExternalStore: the listener runs after every change of the snapshot. */
  subscribe = (listener: () => void): (() => void) => this.changed.subscribe(listener);

  /** Edits made in memory and not yet written by main. */
  get pendingCount(): number {
    return this.pending.length;
  }

  /**
   * Resolves once every queued edit has been written (or refused and rolled back), or once
   * writing has stopped on a write failure: then `pendingCount` edits are not saved.
   */
  whenIdle(): Promise<void> {
    if ((this.pending.length === 0 || this.stopped) && !this.inFlight) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  // --- editing -------------------------------------------------------------------------------

  /**
   * Runs a command on the document. Returns false when nothing changed (no undo step, nothing
   * sent), when the file is read-only, or when the command threw.
   */
  dispatch<A>(command: Command<A>, args: A, mergeKey: string | null = null): boolean {
    return this.push({ kind: 'execute', command: command as Command<unknown>, args, mergeKey });
  }

  undo(): boolean {
    return this.push({ kind: 'undo' });
  }

  /**
   * Runs a command that records what happened rather than edits the plan (the print log: what
   * was printed, when): saved like any edit, but no undo step, and the undo and redo stacks stay
   * as they were, so undoing a seat change never "unprints" the cards printed after it.
   */
  record<A>(command: Command<A>, args: A): boolean {
    return this.push({ kind: 'record', command: command as Command<unknown>, args });
  }

  /** A Save As from a read-only file makes the copy writable. */
  setReadOnly(readOnly: boolean): void {
    if (readOnly === this.readOnly) return;
    this.readOnly = readOnly;
    this.publish();
  }

  redo(): boolean {
    return this.push({ kind: 'redo' });
  }

  /** After a write failure: sends the kept edits again, in order (the file may be another one since). */
  retry(): void {
    if (!this.stopped) return;
    this.stopped = null;
    this.publish();
    void this.pump();
  }

  // --- internals -----------------------------------------------------------------------------

  private current(): State {
    const last = this.pending.at(-1);
    return last ? last.step : this.confirmed;
  }

  private push(op: Op): boolean {
    let step: Step | null;
    try {
      step = run(op, this.current(), this.describe);
    } catch (err) {
      this.report(this.unexpectedMessage(describe(err)));
      this.publish();
      return false;
    }
    if (!step) return false;
    if (this.readOnly) {
      // Nothing changes; the user hears why (a control left enabled must not fail silently).
      if (this.readOnlyMessage) this.onError(this.readOnlyMessage());
      return false;
    }
    const before = this.current().history;
    this.pending.push({ op, step });
    this.noteMove(op, before);
    this.publish();
    void this.pump();
    return true;
  }

  private async pump(): Promise<void> {
    if (this.inFlight || this.stopped) return;
    this.inFlight = true;
    try {
      while (this.pending.length > 0 && !this.stopped) {
        const head = this.pending[0]!;
        let result: Result<{ savedAt: string }>;
        try {
          result = await this.apply(head.step.changes);
        } catch (err) {
          // The bridge itself failed (main unreachable): nothing says the edit is wrong, keep it.
          result = { ok: false, error: { code: 'write-failed', message: this.unexpectedMessage(describe(err)) } };
        }
        if (!result.ok && isWriteFailure(result.error.code)) {
          // Keep the edit at the head of the queue and everything behind it; stop sending.
          this.stopped = result.error;
          this.publish();
          break;
        }
        // The head is always the edit just sent: edits only ever join the queue at its end,
        // and a replay only rebuilds the edits behind the head.
        this.pending.shift();
        if (result.ok) {
          this.confirmed = { document: head.step.document, history: head.step.history };
          this.savedAt = result.value.savedAt;
          this.lastError = null;
        } else {
          this.replay();
          this.report(result.error.message);
        }
        this.publish();
      }
    } finally {
      this.inFlight = false;
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  /** Rebuilds the queued edits on top of the confirmed state; an edit that no longer applies is dropped. */
  private replay(): void {
    let state = this.confirmed;
    const rebuilt: Pending[] = [];
    for (const { op } of this.pending) {
      let step: Step | null;
      try {
        step = run(op, state, this.describe);
      } catch {
        step = null;
      }
      if (!step) continue;
      rebuilt.push({ op, step });
      state = step;
    }
    this.pending = rebuilt;
  }

  /** Remembers what an undo or redo took, for the notice; any other edit ends the notice. */
  private noteMove(op: Op, before: History): void {
    if (op.kind === 'undo') this.lastMove = { id: ++this.moves, kind: 'undo', entry: before.past.at(-1)! };
    else if (op.kind === 'redo') this.lastMove = { id: ++this.moves, kind: 'redo', entry: before.future[0]! };
    else if (op.kind === 'execute') this.lastMove = null;
  }

  /** The officer dismissed the notice of the last undo or redo (or went to see it). */
  forgetMove(): void {
    if (!this.lastMove) return;
    this.lastMove = null;
    this.publish();
  }

  private report(message: string): void {
    this.lastError = message;
    this.onError(message);
  }

  private buildSnapshot(): EditorSnapshot {
    const state = this.current();
    const saveStatus: SaveStatus =
      this.stopped && this.pending.length > 0
        ? { kind: 'unsaved', pending: this.pending.length, code: this.stopped.code, message: this.stopped.message }
        : this.pending.length > 0
        ? { kind: 'saving', pending: this.pending.length }
        : this.lastError !== null
          ? { kind: 'error', message: this.lastError }
          : { kind: 'saved', savedAt: this.savedAt };
    return {
      document: state.document,
      history: state.history,
      canUndo: !this.readOnly && state.history.past.length > 0,
      canRedo: !this.readOnly && state.history.future.length > 0,
      saveStatus,
      readOnly: this.readOnly,
      lastMove: this.lastMove,
    };
  }

  private publish(): void {
    this.snapshot = this.buildSnapshot();
    this.changed.notify();
  }
}

function run(op: Op, state: State, describe: Describe | undefined): Step | null {
  switch (op.kind) {
    case 'execute':
      return execute(state.document, state.history, op.command, op.args, op.mergeKey, describe);
    case 'undo':
      return undoStep(state.document, state.history);
    case 'redo':
      return redoStep(state.document, state.history);
    case 'record': {
      const step = execute(state.document, state.history, op.command, op.args);
      return step && { ...step, history: state.history };
    }
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
