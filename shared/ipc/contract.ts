import { z } from 'zod';
import { ChangesSchema, type Changes, type EventDocument } from '../model/collections';
import { ClockTime, Iso3, Language } from '../model/primitives';
import { ArrivalRule, Asset, DelegationKind, RankClass } from '../model/entities';
import { Tiebreak } from '../protocol/rules';
import type { Channel } from './channels';

/** A path to an event file, as the OS gives it. Main checks existence and contents itself. */
const FilePath = z.string().min(1).max(4096).refine((p) => !p.includes('\0'), 'NUL in path');

export const FileInfo = z.strictObject({
  path: z.string(),
  name: z.string(),
  schemaVersion: z.number().int(),
  readOnly: z.boolean(),
});
export type FileInfo = z.infer<typeof FileInfo>;

export const RecentFile = z.strictObject({ path: z.string(), name: z.string() });

export const AppState = z.strictObject({
  version: z.string(),
  language: Language,
  recent: z.array(RecentFile),
  file: FileInfo.nullable(),
});
export type AppState = z.infer<typeof AppState>;

export const EventCounts = z.strictObject({
  schemaVersion: z.number().int(),
  halls: z.number().int(),
  elements: z.number().int(),
  seats: z.number().int(),
  delegations: z.number().int(),
  people: z.number().int(),
  assignments: z.number().int(),
  sequences: z.number().int(),
  slots: z.number().int(),
});
export type EventCounts = z.infer<typeof EventCounts>;

/**
 * One error of an import. `line`: the file's line (a workbook's row). `row`: in a CSV file, the
 * row a spreadsheet shows, given only when a quoted line break earlier makes it differ from `line`.
 */
export const ImportIssue = z.strictObject({ line: z.number().int(), row: z.number().int().optional(), column: z.string(), reason: z.string() });
export type ImportIssue = z.infer<typeof ImportIssue>;
export const ImportReport = z.strictObject({
  applied: z.boolean(),
  created: z.array(z.string()), // delegation names
  updated: z.array(z.string()),
  unchanged: z.number().int(),
  errors: z.array(ImportIssue), // the first ones by line, at most 1,000
  errorCount: z.number().int(), // all of them
});
export type ImportReport = z.infer<typeof ImportReport>;

// ---- delegations import/export (CSV, XLSX) ----
/** A long import, now and then: reading the file (characters), then checking its rows. */
export const ImportProgress = z.strictObject({
  stage: z.enum(['reading', 'checking']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;
export const SpreadsheetFormat = z.enum(['csv', 'xlsx']);
export type SpreadsheetFormat = z.infer<typeof SpreadsheetFormat>;
/**
 * An import file of at most 20 MB: a workbook as base64 (IPC payloads are plain JSON: no
 * Buffer), or CSV text, whose UTF-8 characters never outnumber its bytes, so a file the
 * renderer let through by its size is never refused by its length here.
 */
export const XLSX_MAX_BYTES = 20 * 1024 * 1024;
const XLSX_BASE64_MAX = Math.ceil(XLSX_MAX_BYTES / 3) * 4;
/**
 * Rows a plan would write, for the caller to apply through doc:apply (the app: as one undoable
 * edit of its document store; the CLI: as one transaction). No channel but doc:apply writes them.
 */
const ChangesOut = z.custom<Changes>((v) => typeof v === 'object' && v !== null);
/** The report, and the rows the import writes (empty when refused). */
export const ImportResult = ImportReport.omit({ applied: true }).extend({ changes: ChangesOut });
export type ImportResult = z.infer<typeof ImportResult>;

// The document is validated row by row where it is written (doc:apply) and where it is read
// from disk; on the way out it is passed as is.
const DocumentOut = z.custom<EventDocument>((v) => typeof v === 'object' && v !== null);

/** An image the user picked for a floor plan, checked by main and ready to store as an Asset. */
export const PickedImage = z.strictObject({
  name: z.string(),
  asset: Asset,
});
export type PickedImage = z.infer<typeof PickedImage>;

export const OrderEntry = z.strictObject({
  position: z.number().int(),
  name: z.string(),
  iso3: z.string().nullable(),
  kind: DelegationKind,
  rank: RankClass.nullable(),
  reason: z.string(),
});
export type OrderEntry = z.infer<typeof OrderEntry>;

// ---- seating ----
const PrintedItem = z.strictObject({
  kind: z.enum(['place-card', 'name-plate', 'table-plan', 'chart', 'delegation-sheet', 'signing-list']),
  id: z.string(),
  name: z.string(), // what it is printed for, in the user's language
});
/** One person whose seat changes, the seats named in the user's language (null: no seat). */
export const SeatMoveOut = z.strictObject({
  personId: z.string(),
  person: z.string(),
  delegation: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
export const SeatingPlanReport = z.strictObject({
  hallId: z.string(),
  hall: z.string(),
  strategy: z.enum(['centre-out', 'banquet', 'blocks', 'signing']),
  changes: ChangesOut, // empty when nobody moves
  explanation: z.array(z.string()),
  moves: z.array(SeatMoveOut),
  unseated: z.array(z.strictObject({ personId: z.string(), person: z.string(), delegation: z.string(), reason: z.string() })),
  outdated: z.array(PrintedItem),
  signingList: z.array(z.strictObject({ position: z.number().int(), delegation: z.string() })).nullable(),
});
export type SeatingPlanReport = z.infer<typeof SeatingPlanReport>;
export const SeatingProblemOut = z.strictObject({
  severity: z.enum(['error', 'warning']),
  key: z.string(),
  message: z.string(),
  hallId: z.string().nullable(),
  seatIds: z.array(z.string()),
  personIds: z.array(z.string()),
  delegationIds: z.array(z.string()),
});
export type SeatingProblemOut = z.infer<typeof SeatingProblemOut>;

// ---- printing ----
/**
 * The paper of a print job in millimetres, portrait (width <= height); `landscape` turns it.
 * From a business card to A0 with room to spare; the page itself sets its size with CSS @page,
 * these are passed to the printer as well so a printer that ignores @page still gets the paper.
 */
export const PrintPaper = z
  .strictObject({ widthMm: z.number().finite().min(20).max(1300), heightMm: z.number().finite().min(20).max(1300) })
  .refine((p) => p.widthMm <= p.heightMm, 'paper is given in portrait: width <= height');
export type PrintPaper = z.infer<typeof PrintPaper>;
export const PrintJob = z.strictObject({ paper: PrintPaper, landscape: z.boolean() });
export type PrintJob = z.infer<typeof PrintJob>;
/** A list as spreadsheet rows, the header first: at most 20,000 rows of 20 cells of 1,000 characters. */
export const LIST_MAX_ROWS = 20_000;
export const LIST_MAX_CELLS = 20;
export const LIST_MAX_CELL = 1_000;
export const ListRows = z.array(z.array(z.string().max(LIST_MAX_CELL)).max(LIST_MAX_CELLS)).max(LIST_MAX_ROWS);

// ---- arrivals ----
export const ArrivalConflictOut = z.strictObject({
  severity: z.enum(['error', 'warning']),
  key: z.string(),
  message: z.string(),
  sequenceId: z.string(),
  hallId: z.string().nullable(), // the sequence's venue map
  slotIds: z.array(z.string()),
  delegationIds: z.array(z.string()),
});
export type ArrivalConflictOut = z.infer<typeof ArrivalConflictOut>;
export const ArrivalPlanReport = z.strictObject({
  sequenceId: z.string(),
  sequence: z.string(),
  changes: ChangesOut, // empty when the plan changes nothing
  explanation: z.array(z.string()),
  impossible: z
    .strictObject({ deadline: z.string(), endsAt: z.string(), overByMin: z.number(), maxIntervalMin: z.number().nullable() })
    .nullable(),
  slots: z.array(
    z.strictObject({
      order: z.number().int(),
      time: z.string(), // "HH:MM", or "HH:MM:SS" off the minute, event-local
      at: z.string(), // ISO, event-local with offset
      delegationId: z.string(),
      delegation: z.string(),
      car: z.string(),
      liaisonOfficer: z.string(),
    }),
  ),
  moves: z.array(z.strictObject({ delegation: z.string(), from: z.string().nullable(), to: z.string() })),
  removed: z.array(z.string()),
  conflicts: z.array(ArrivalConflictOut),
});
export type ArrivalPlanReport = z.infer<typeof ArrivalPlanReport>;

// ---- backups (File › Restore from backup) ----
export const BackupKind = z.enum(['automatic', 'before-upgrade', 'before-restore']);
export type BackupKind = z.infer<typeof BackupKind>;
/** One backup of the open file. id: its file name in the file's backups folder (all main accepts back). */
export const BackupEntry = z.strictObject({
  id: z.string(),
  kind: BackupKind,
  takenAt: z.string(), // ISO, UTC
  bytes: z.number().int(),
  // What it holds, read with every check of opening a file; null when it cannot be restored.
  holds: z.strictObject({ delegations: z.number().int(), people: z.number().int(), seatsPlaced: z.number().int() }).nullable(),
  // Why it cannot be restored (damaged, from a newer version...), in the user's language.
  problem: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;
/** A backup's file name: no folder, no NUL; main also checks it is one of the open file's backups. */
const BackupId = z.string().min(1).max(255).regex(/^[^/\\\0]+$/, 'a backup is named by its file name only');

const none = z.strictObject({});

/** What an undo or redo step would do, in both languages ("seat Banquet Hall — 9 moves"); null: nothing to undo or redo. */
const StepLabel = z.strictObject({ en: z.string().max(500), vi: z.string().max(500) }).nullable();
export const HistoryLabels = z.strictObject({ undo: StepLabel, redo: StepLabel });
export type HistoryLabels = z.infer<typeof HistoryLabels>;

/** Every IPC channel: its input and output schemas. Main parses every input against these. */
export const CONTRACT = {
  'app:state': { input: none, output: AppState },
  'app:setLanguage': { input: z.strictObject({ language: Language }), output: AppState },
  // Main only keeps these for the native Edit menu; nothing is written.
  'menu:history': { input: HistoryLabels, output: z.null() },
  'dialog:openEvent': { input: none, output: z.strictObject({ path: z.string().nullable() }) },
  'dialog:saveEvent': {
    input: z.strictObject({ suggestedName: z.string().max(200) }),
    output: z.strictObject({ path: z.string().nullable() }),
  },
  'event:create': {
    input: z.strictObject({ path: FilePath, sample: z.boolean() }),
    output: FileInfo,
  },
  'event:open': { input: z.strictObject({ path: FilePath }), output: FileInfo },
  'event:saveAs': { input: z.strictObject({ path: FilePath }), output: FileInfo },
  'event:close': { input: none, output: z.null() },
  'event:info': { input: none, output: EventCounts },
  'doc:load': { input: none, output: z.strictObject({ file: FileInfo, document: DocumentOut }) },
  'doc:apply': { input: z.strictObject({ changes: ChangesSchema }), output: z.strictObject({ savedAt: z.string() }) },
  'delegations:import': {
    // Only the plan: the caller applies its `changes` through doc:apply.
    input: z.discriminatedUnion('format', [
      z.strictObject({ format: z.literal('csv'), data: z.string().max(XLSX_MAX_BYTES) }),
      z.strictObject({ format: z.literal('xlsx'), data: z.base64().max(XLSX_BASE64_MAX) }),
    ]),
    output: ImportResult,
  },
  // How far the import being planned is (null: none runs), and ending it: it then answers import-cancelled.
  'delegations:importProgress': { input: none, output: ImportProgress.nullable() },
  'delegations:importCancel': { input: none, output: z.null() },
  'delegations:export': {
    input: z.strictObject({ content: z.enum(['delegations', 'template']), format: SpreadsheetFormat, path: FilePath }),
    output: z.strictObject({ path: z.string() }),
  },
  'dialog:saveSpreadsheet': {
    // The first format is the default: a path typed without .csv or .xlsx gets its extension.
    input: z.strictObject({ formats: z.array(SpreadsheetFormat).min(1).max(2), suggestedName: z.string().max(200) }),
    output: z.strictObject({ path: z.string().nullable() }),
  },
  'asset:pickImage': { input: none, output: PickedImage.nullable() },
  'precedence:order': {
    // The order with a tie-break or lot given here; `changes` stores that choice (the CLI applies it through doc:apply).
    input: z.strictObject({ tiebreak: Tiebreak.optional(), lot: Iso3.optional() }),
    output: z.strictObject({ entries: z.array(OrderEntry), changes: ChangesOut }),
  },
  'seating:plan': {
    // hall: its id, or its English or Vietnamese name. Only the plan: `changes` applies it through doc:apply.
    input: z.strictObject({ hall: z.string().min(1).max(200) }),
    output: SeatingPlanReport,
  },
  'seating:validate': {
    input: none,
    output: z.strictObject({ errors: z.number().int(), warnings: z.number().int(), problems: z.array(SeatingProblemOut) }),
  },
  'arrivals:plan': {
    // sequence: its id, or its English or Vietnamese name. start: plan forward from HH:MM; end: back from HH:MM.
    // Only the plan: `changes` applies it (and stores the options given) through doc:apply.
    input: z.strictObject({
      sequence: z.string().min(1).max(200),
      rule: ArrivalRule.optional(),
      start: ClockTime.optional(),
      end: ClockTime.optional(),
      intervalMin: z.number().min(0).max(240).optional(),
    }),
    output: ArrivalPlanReport,
  },
  'arrivals:validate': {
    input: none,
    output: z.strictObject({ errors: z.number().int(), warnings: z.number().int(), conflicts: z.array(ArrivalConflictOut) }),
  },
  'arrivals:export': {
    // The run-of-show of one sequence (id or name), after dialog:saveSpreadsheet; the path must end in .csv / .xlsx.
    input: z.strictObject({ sequenceId: z.string().min(1).max(200), format: SpreadsheetFormat, path: FilePath }),
    output: z.strictObject({ path: z.string() }),
  },
  'dialog:savePdf': {
    // A path typed without .pdf gets it.
    input: z.strictObject({ suggestedName: z.string().max(200) }),
    output: z.strictObject({ path: z.string().nullable() }),
  },
  'print:pdf': {
    // The window's print view as a PDF at `path`, which must end in .pdf (never anything else).
    input: PrintJob.extend({ path: FilePath }),
    output: z.strictObject({ path: z.string(), bytes: z.number().int() }),
  },
  'print:native': {
    // The native print dialog on the window's print view; printed false: cancelled.
    input: PrintJob,
    output: z.strictObject({ printed: z.boolean() }),
  },
  'print:exportList': {
    // A list the Printing screen built (rows, the header first), after dialog:saveSpreadsheet; the path must end in .csv / .xlsx.
    input: z.strictObject({ rows: ListRows, format: SpreadsheetFormat, path: FilePath }),
    output: z.strictObject({ path: z.string() }),
  },
  // Null for a file that is not a team replica (no status bar then).
  'team:status': {
    input: none,
    output: z.strictObject({ connected: z.boolean(), waiting: z.number().int(), conflicts: z.number().int() }).nullable(),
  },
  'backup:list': { input: none, output: z.strictObject({ backups: z.array(BackupEntry) }) },
  'backup:restore': {
    // Takes a before-restore backup of the file as it is, then returns the backup's document
    // (upgraded to this format) for the app to apply as one undoable edit. Refuses a damaged or newer backup.
    input: z.strictObject({ id: BackupId }),
    output: z.strictObject({ document: DocumentOut, beforeRestore: z.string() }),
  },
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof CONTRACT;
export type Input<C extends Channel> = z.infer<Contract[C]['input']>;
export type Output<C extends Channel> = z.infer<Contract[C]['output']>;

/** What main implements, the CLI and the tests call: one function per channel. */
export type Services = { [C in Channel]: (input: Input<C>) => Promise<Output<C>> | Output<C> };
