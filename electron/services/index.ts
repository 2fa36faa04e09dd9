import { basename, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { blankDocument } from '../../shared/document/blank';
import { sameValue } from '../../shared/equal';
import { randomId, type IdFactory } from '../../shared/ids';
import type { AppState, FileInfo, HistoryLabels, Services } from '../../shared/ipc/contract';
import type { ReferenceData } from '../../shared/reference/types';
import type { EventDocument } from '../../shared/model/collections';
import type { Language } from '../../shared/model/primitives';
import { buildSampleDocument } from '../../shared/sample/hanoi2025';
import type { SpreadsheetFormat } from '../../shared/ipc/contract';
import { importDelegations } from './import';
import { ImportJobs } from './importJobs';
import { exportDelegations, withSpreadsheetExtension } from './export';
import { EventFile, type OpenOptions } from '../store/eventFile';
import { readImage } from './images';
import { orderEvent } from './precedence';
import { planHall, validateSeating } from './seating';
import { exportArrivals, planArrivals, validateArrivals } from './arrivals';
import { printServices, type PrintHost } from './print';
import { exportList } from './printExport';
import type { Preferences } from './preferences';
import { AutoBackups, failureReason, listBackups, readBackup, resolveBackup, writeBackup } from './backups';
import { ChosenPaths } from './chosenPaths';
import { TeamSession } from './team';

/** What only the host can do: native dialogs differ between Electron, the CLI and the tests. */
export type Dialogs = {
  openEvent(): Promise<string | null>;
  openImage(): Promise<string | null>;
  saveEvent(suggestedName: string): Promise<string | null>;
  /** A save dialog for a CSV or XLSX file, one filter per format (the first the default). */
  saveSpreadsheet(formats: readonly SpreadsheetFormat[], suggestedName: string): Promise<string | null>;
};

export type ServiceDeps = {
  version: string;
  preferences: Preferences;
  dialogs: Dialogs;
  reference: ReferenceData;
  ids?: IdFactory;
  /** Today's date (YYYY-MM-DD) for new events; injectable for tests. */
  today?: () => string;
  /** Told whenever the open file or the language changes (window title, menu). */
  onChange?: () => void;
  /** Printing the window's print view (the app and the e2e harness; the CLI has none). */
  print?: PrintHost;
  /** The clock for automatic backups, ms since the epoch; injectable so tests do not wait. */
  now?: () => number;
  /** Tells the user something that does not stop the work (an automatic backup failed), in the UI language. */
  notify?: (message: string) => void;
  /** Test-only: how to open the event file at a path (the e2e harness injects a full disk); the app passes none. */
  openOptions?: (path: string) => OpenOptions;
};

export type AppServices = Services & {
  /** The app state, synchronously, for the host (window title, menu, error language). */
  state(): AppState;
  /** What the Edit menu's Undo and Redo would do, as the renderer last said (menu:history). */
  history(): HistoryLabels;
  /** The CLI: a path the user typed may be written once, as if chosen in a save dialog (no channel reaches this). */
  chosenByUser(path: string): void;
  dispose(): void;
};

export const EXTENSION = '.preseance';

/**
 * The use cases behind every IPC channel. One instance serves one window (one open event);
 * the CLI and the end-to-end tests build the very same table.
 */
export function createServices(deps: ServiceDeps): AppServices {
  const ids = deps.ids ?? randomId;
  const today = deps.today ?? (() => new Date().toLocaleDateString('sv-SE'));
  let file: EventFile | null = null;
  const now = deps.now ?? Date.now;
  const chosen = new ChosenPaths();
  const imports = new ImportJobs(); // parsing and planning an import, off main's thread
  const team = new TeamSession(); // a team replica's connection, while it is the open file
  const backups = new AutoBackups({ now, settings: () => deps.preferences.backups(), lang: () => lang(), notify: deps.notify });

  const info = (f: EventFile): FileInfo => ({
    path: f.path,
    name: basename(f.path),
    schemaVersion: f.schemaVersion,
    readOnly: f.readOnly,
  });
  const requireFile = (): EventFile => {
    if (!file) throw new AppError('no-open-file');
    return file;
  };
  /** Switches to a newly opened file; the previous one is closed only once the new one is open. */
  const adopt = (next: EventFile): FileInfo => {
    if (file && file !== next) {
      team.close();
      backups.release(file);
      file.close();
    }
    if (file !== next) backups.track(next);
    file = next;
    team.open(next);
    // The switch is made: a recent-files list that cannot be written (a full disk) is said, but
    // never reported as a failed open while main holds the new file.
    try {
      deps.preferences.addRecent(next.path);
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      deps.notify?.(new AppError('recent-not-saved', { detail }).messageIn(lang()));
    }
    deps.onChange?.();
    return info(next);
  };
  const lang = (): Language => deps.preferences.language();
  const state = (): AppState => ({
    version: deps.version,
    language: lang(),
    recent: deps.preferences.recent(),
    file: file ? info(file) : null,
  });

  let history: HistoryLabels = { undo: null, redo: null };

  const services: AppServices = {
    'app:state': state,
    'menu:history': (labels) => {
      if (sameValue(labels, history)) return null;
      history = labels;
      deps.onChange?.();
      return null;
    },
    'app:setLanguage': ({ language }) => {
      deps.preferences.setLanguage(language);
      deps.onChange?.();
      return state();
    },
    'dialog:openEvent': async () => ({ path: await deps.dialogs.openEvent() }),
    'dialog:saveEvent': async ({ suggestedName }) => {
      const path = await deps.dialogs.saveEvent(suggestedName);
      return { path: chosen.chosenByUser(path === null || path.endsWith(EXTENSION) ? path : `${path}${EXTENSION}`) };
    },
    'event:create': ({ path, sample }) => {
      const target = chosen.take(path);
      const document: EventDocument = sample ? buildSampleDocument(deps.reference, ids) : blankDocument(ids, today());
      return adopt(EventFile.create(target, document));
    },
    'event:open': ({ path }) => {
      const target = resolve(path);
      if (file?.path === target) return info(file);
      return adopt(EventFile.open(target, deps.openOptions?.(target)));
    },
    'event:saveAs': async ({ path }) => {
      const current = requireFile();
      const target = chosen.take(path);
      if (!target.endsWith(EXTENSION)) throw new AppError('wrong-extension', { path: target });
      if (target === current.path) return info(current);
      await current.backupTo(target);
      return adopt(EventFile.open(target, deps.openOptions?.(target)));
    },
    'event:close': () => {
      team.close();
      if (file) backups.release(file);
      file?.close();
      file = null;
      deps.onChange?.();
      return null;
    },
    'event:info': () => requireFile().counts(),
    'team:status': () => team.status(file),
    'doc:load': () => {
      const f = requireFile();
      return { file: info(f), document: f.loadDocument() };
    },
    'doc:apply': ({ changes }) => {
      const f = requireFile();
      team.apply(f, changes);
      backups.edited(f);
      return { savedAt: new Date().toISOString() };
    },
    'delegations:import': (input) => importDelegations(input, { file: requireFile(), reference: deps.reference, lang: lang(), ids, jobs: imports }),
    'delegations:importProgress': () => imports.progress(),
    'delegations:importCancel': () => {
      imports.cancel();
      return null;
    },
    'delegations:export': (input) => {
      const f = input.content === 'delegations' ? requireFile() : null;
      return exportDelegations({ ...input, path: chosen.take(input.path) }, () => f!.loadDocument());
    },
    'dialog:saveSpreadsheet': async ({ formats, suggestedName }) => {
      const path = await deps.dialogs.saveSpreadsheet(formats, suggestedName);
      return { path: chosen.chosenByUser(path === null ? null : withSpreadsheetExtension(path, formats)) };
    },
    'asset:pickImage': async () => {
      const path = await deps.dialogs.openImage();
      return path === null ? null : readImage(path, ids, lang());
    },
    'precedence:order': (input) => {
      const f = requireFile();
      return orderEvent(input, { document: f.loadDocument(), reference: deps.reference, lang: lang(), ids });
    },
    'seating:plan': (input) => {
      const f = requireFile();
      return planHall(input, { document: f.loadDocument(), lang: lang(), ids, states: deps.reference.states });
    },
    'seating:validate': () => validateSeating(requireFile().loadDocument(), lang(), deps.reference.states),
    'arrivals:plan': (input) => {
      const f = requireFile();
      return planArrivals(input, { document: f.loadDocument(), lang: lang(), ids, reference: deps.reference });
    },
    'arrivals:validate': () => validateArrivals(requireFile().loadDocument(), lang()),
    'arrivals:export': (input) => exportArrivals({ ...input, path: chosen.take(input.path) }, requireFile().loadDocument(), lang()),
    ...printServices(deps.print, chosen),
    'print:exportList': (input) => exportList({ ...input, path: chosen.take(input.path) }),
    'backup:list': async () => {
      const path = requireFile().path;
      await backups.pending; // a snapshot being written belongs in the list
      return { backups: await listBackups(path, lang()) };
    },
    'backup:restore': async ({ id }) => {
      const f = requireFile();
      // Every check first: a damaged or newer backup is refused before anything is written.
      const document = readBackup(resolveBackup(f.path, id));
      let before: string;
      try {
        before = await writeBackup(f, 'before-restore', new Date(now()));
      } catch (error) {
        throw new AppError('backup-before-restore-failed', { detail: failureReason(error, lang()) });
      }
      return { document, beforeRestore: basename(before) };
    },
    state,
    history: () => history,
    chosenByUser: (path) => void chosen.chosenByUser(path),
    dispose() {
      team.close();
      imports.dispose();
      if (file) backups.release(file);
      file?.close();
      file = null;
    },
  };
  return services;
}
