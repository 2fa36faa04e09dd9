import type { PreseanceApi } from '../../../shared/ipc/api';
import type { AppState, FileInfo } from '../../../shared/ipc/contract';
import type { Language, Params } from '../../../shared/i18n/index';
import { translate } from '../../../shared/i18n/index';
import type { Result } from '../../../shared/errors';
import { EditorStore } from '../document/store';
import { describeEdit } from '../document/labels';
import { getSession } from './session';
import { ui, type UiKey } from '../i18n/messages';
import { listeners } from '../../../shared/listeners';

/**
 * The application around the document: which file is open, the language, the recent files,
 * dialogs and error notices. It runs the file flows (new, open, save as, close) over the bridge.
 * Pure TypeScript (no DOM, no React) so it can be tested with a fake bridge.
 */

export type RecentFile = AppState['recent'][number];
export type ErrorTitle = Extract<UiKey, 'openFailed' | 'createFailed' | 'saveAsFailed' | 'closeFailed' | 'loadFailed' | 'startFailed'>;

export type Modal =
  | { kind: 'error'; title: ErrorTitle; message: string; previousStillOpen: boolean }
  | { kind: 'about' }
  | { kind: 'backups' }
  /** Edits kept in memory after a write failure would be lost by this file flow: go on or not? */
  | { kind: 'unsaved'; count: number }
  | null;

export type Notice = { id: number; message: string };

export type AppSnapshot = {
  readonly status: 'starting' | 'ready' | 'failed';
  readonly version: string;
  readonly language: Language;
  readonly recent: readonly RecentFile[];
  readonly file: FileInfo | null;
  /** The open document; a new store for every file loaded. */
  readonly editor: EditorStore | null;
  /** A file flow is running (dialogs, opening): the UI should not start another. */
  readonly busy: boolean;
  readonly modal: Modal;
  readonly notices: readonly Notice[];
};

const MAX_NOTICES = 5;

export class AppController {
  private snapshot: AppSnapshot;
  private readonly changed = listeners();
  private nextNoticeId = 1;

  constructor(
    private readonly api: PreseanceApi,
    initialLanguage: Language = 'vi',
  ) {
    this.snapshot = {
      status: 'starting',
      version: '',
      language: initialLanguage,
      recent: [],
      file: null,
      editor: null,
      busy: false,
      modal: null,
      notices: [],
    };
  }

  getSnapshot = (): AppSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => this.changed.subscribe(listener);

  private set(patch: Partial<AppSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.changed.notify();
  }

  private text(key: UiKey, params?: Params): string {
    return translate(ui, this.snapshot.language, key, params);
  }

  // --- start -----------------------------------------------------------------------------------

  private started = false;

  /** Reads the app state and loads the file main has open, if any. Runs once. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const state = await this.call(() => this.api['app:state']({}));
    if (!state.ok) {
      this.set({ status: 'failed', modal: this.errorModal('startFailed', state.error.message) });
      return;
    }
    this.applyState(state.value);
    if (state.value.file) await this.loadDocument('loadFailed');
    this.set({ status: 'ready' });
  }

  private applyState(state: AppState): void {
    this.set({ version: state.version, language: state.language, recent: state.recent, file: state.file });
  }

  private async refreshRecent(): Promise<void> {
    const state = await this.call(() => this.api['app:state']({}));
    if (state.ok) this.set({ recent: state.value.recent });
  }

  /** Loads the file main has open into a new document store. */
  private async loadDocument(title: ErrorTitle): Promise<boolean> {
    const loaded = await this.call(() => this.api['doc:load']({}));
    if (!loaded.ok) {
      // Main has another file open than the one shown (or none): showing the old document
      // would send its edits to the wrong file, so it goes.
      this.set({
        editor: null,
        file: null,
        modal: { kind: 'error', title, message: loaded.error.message, previousStillOpen: false },
      });
      return false;
    }
    const { file, document } = loaded.value;
    const editor = new EditorStore({
      document,
      readOnly: file.readOnly,
      apply: (changes) => this.api['doc:apply']({ changes }),
      onError: (message) => this.notify(message),
      unexpectedMessage: (detail) => this.text('saveUnexpected', { detail }),
      readOnlyMessage: () => this.text('readOnlyTooltip'),
      // Each undo step says what it did and where (the undo notice and its "Show").
      describe: (command, args, before, after, patches) => {
        const s = getSession();
        return describeEdit(command, args, { before, after }, patches, {
          view: s.view,
          hallId: s.selectedHallId,
          sequenceId: s.selectedSequenceId,
          delegationId: s.selectedDelegationId,
        });
      },
    });
    this.set({ file, editor });
    return true;
  }

  // --- file flows ------------------------------------------------------------------------------

  /** New event: choose where to save it, create it, open it. */
  newEvent(suggestedName: string): Promise<void> {
    return this.flow(async () => {
      if (!(await this.mayLeaveDocument())) return;
      const chosen = await this.call(() => this.api['dialog:saveEvent']({ suggestedName }));
      if (!chosen.ok) return this.fail('createFailed', chosen.error.message);
      if (chosen.value.path === null) return;
      await this.flush();
      const created = await this.call(() => this.api['event:create']({ path: chosen.value.path!, sample: false }));
      if (!created.ok) return this.fail('createFailed', created.error.message);
      await this.loadDocument('loadFailed');
      await this.refreshRecent();
    });
  }

  /** Open…: ask main for a file, then open it. */
  openEvent(): Promise<void> {
    return this.flow(async () => {
      if (!(await this.mayLeaveDocument())) return;
      const chosen = await this.call(() => this.api['dialog:openEvent']({}));
      if (!chosen.ok) return this.fail('openFailed', chosen.error.message);
      if (chosen.value.path === null) return;
      await this.openPathNow(chosen.value.path);
    });
  }

  /** Opens a known path (a recent file). */
  openPath(path: string): Promise<void> {
    return this.flow(async () => {
      if (await this.mayLeaveDocument()) await this.openPathNow(path);
    });
  }

  private async openPathNow(path: string): Promise<void> {
    await this.flush();
    const opened = await this.call(() => this.api['event:open']({ path }));
    // A refused file leaves everything as it was: the open document, its history, its file.
    if (!opened.ok) return this.fail('openFailed', opened.error.message);
    await this.loadDocument('loadFailed');
    await this.refreshRecent();
  }

  /** Save As: main copies the file; work goes on in the copy. */
  saveAs(): Promise<void> {
    return this.flow(async () => {
      const file = this.snapshot.file;
      if (!file) return;
      const chosen = await this.call(() =>
        this.api['dialog:saveEvent']({ suggestedName: file.name.replace(/\.preseance$/i, '').slice(0, 200) }),
      );
      if (!chosen.ok) return this.fail('saveAsFailed', chosen.error.message);
      if (chosen.value.path === null) return;
      await this.flush();
      const saved = await this.call(() => this.api['event:saveAs']({ path: chosen.value.path! }));
      if (!saved.ok) return this.fail('saveAsFailed', saved.error.message);
      this.snapshot.editor?.setReadOnly(saved.value.readOnly);
      this.set({ file: saved.value });
      // Edits a write failure kept in memory go to the copy now, in order (main copied the
      // file as last saved). If they fail there too, the editor says so and keeps them again.
      this.snapshot.editor?.retry();
      await this.refreshRecent();
    });
  }

  close(): Promise<void> {
    return this.flow(async () => {
      if (!this.snapshot.file) return;
      if (!(await this.mayLeaveDocument())) return;
      await this.flush();
      const closed = await this.call(() => this.api['event:close']({}));
      if (!closed.ok) return this.fail('closeFailed', closed.error.message);
      this.set({ file: null, editor: null });
      await this.refreshRecent();
    });
  }

  /** Switches the UI language at once; main remembers it and writes its messages in it. */
  async setLanguage(language: Language): Promise<void> {
    if (language === this.snapshot.language) return;
    this.set({ language });
    const result = await this.call(() => this.api['app:setLanguage']({ language }));
    if (!result.ok) this.notify(result.error.message);
  }

  // --- dialogs and notices ---------------------------------------------------------------------

  showAbout(): void {
    this.set({ modal: { kind: 'about' } });
  }

  /** File › Restore from backup (renderer/src/backups): only with a document open. */
  showBackups(): void {
    if (this.snapshot.editor) this.set({ modal: { kind: 'backups' } });
  }

  closeModal(): void {
    this.set({ modal: null });
  }

  notify(message: string): void {
    const notices = [...this.snapshot.notices, { id: this.nextNoticeId++, message }].slice(-MAX_NOTICES);
    this.set({ notices });
  }

  dismissNotice(id: number): void {
    this.set({ notices: this.snapshot.notices.filter((n) => n.id !== id) });
  }

  /** The answer to the `unsaved` modal: true leaves the document and its unsaved edits. */
  answerUnsaved(discard: boolean): void {
    const answer = this.unsavedAnswer;
    this.unsavedAnswer = null;
    this.set({ modal: null });
    answer?.(discard);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private unsavedAnswer: ((discard: boolean) => void) | null = null;

  /**
   * Before a flow replaces the open document: waits for every edit to be written; if some
   * could not be (a write failure keeps them in memory), asks the user whether to lose them.
   */
  private async mayLeaveDocument(): Promise<boolean> {
    await this.flush();
    const count = this.snapshot.editor?.pendingCount ?? 0;
    if (count === 0) return true;
    return new Promise<boolean>((resolve) => {
      this.unsavedAnswer = resolve;
      this.set({ modal: { kind: 'unsaved', count } });
    });
  }

  /** Waits until every edit of the open document is on disk, so no edit can reach another file. */
  private async flush(): Promise<void> {
    await this.snapshot.editor?.whenIdle();
  }

  private async flow(body: () => Promise<void>): Promise<void> {
    if (this.snapshot.busy) return;
    this.set({ busy: true });
    try {
      await body();
    } finally {
      this.set({ busy: false });
    }
  }

  private fail(title: ErrorTitle, message: string): void {
    this.set({ modal: this.errorModal(title, message) });
  }

  private errorModal(title: ErrorTitle, message: string): Modal {
    return { kind: 'error', title, message, previousStillOpen: this.snapshot.editor !== null };
  }

  /** Calls the bridge; a bridge that throws becomes an error result in the UI language. */
  private async call<T>(fn: () => Promise<Result<T>>): Promise<Result<T>> {
    try {
      return await fn();
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      return { ok: false, error: { code: 'internal', message: this.text('unexpected', { detail }) } };
    }
  }
}
