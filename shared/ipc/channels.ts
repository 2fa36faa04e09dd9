// The channel names, and nothing else. The sandboxed preload builds window.preseance from these
// lists, and a sandboxed preload cannot load packages: keep this file free of imports.

/**
 * The channels the renderer calls: all the preload exposes and all main registers for the
 * window. Every write to the event from the window is `doc:apply` (the edit store's command →
 * patches → one transaction, with undo); the rest reads, plans or goes through a native dialog.
 * test/unit/bridge-channels.test.ts keeps this list equal to the channels renderer/src calls.
 */
export const RENDERER_CHANNELS = [
  'app:state',
  'app:setLanguage',
  'dialog:openEvent',
  'dialog:saveEvent',
  'event:create',
  'event:open',
  'event:saveAs',
  'event:close',
  'doc:load',
  'doc:apply',
  'delegations:import', // import/export: CSV and XLSX files (the import only plans; doc:apply writes it)
  'delegations:importProgress', // a long import: how far it is, and Cancel
  'delegations:importCancel',
  'delegations:export',
  'dialog:saveSpreadsheet',
  'asset:pickImage',
  'arrivals:export', // the run-of-show as CSV/XLSX
  'dialog:savePdf', // printing: the print view as a PDF file, or to a printer through the native dialog
  'print:pdf',
  'print:native',
  'print:exportList', // a printed list (guest index, table plans, signing order) as CSV/XLSX
  'backup:list', // File › Restore from backup: the open file's backups, and restoring one
  'backup:restore',
  'team:status', // a team replica's status bar: connected or offline, edits waiting, conflicts
  'menu:history', // the renderer tells main what Undo and Redo would do, for the Edit menu's labels
] as const;

/**
 * The CLI's own channels: counts, the order of precedence, seating and arrival plans, checks.
 * They write nothing (a plan returns the rows that apply it, which the CLI writes through
 * doc:apply), and main does not register them for the window.
 */
export const CLI_CHANNELS = [
  'event:info',
  'precedence:order',
  'seating:plan', // a hall's strategy, its moves
  'seating:validate',
  'arrivals:plan', // generate a sequence, its conflicts
  'arrivals:validate',
] as const;

/** Every channel of the contract: what the services table implements and the CLI may call. */
export const CHANNELS = [...RENDERER_CHANNELS, ...CLI_CHANNELS] as const;

export type Channel = (typeof CHANNELS)[number];
export type RendererChannel = (typeof RENDERER_CHANNELS)[number];

/** Messages main pushes to the renderer (menu commands); also a fixed list. */
export const MENU_COMMANDS = [
  'file:new',
  'file:open',
  'file:saveAs',
  'file:close',
  'file:openRecent',
  'file:opened', // main opened a file itself (second launch, double-click): reload the document
  'edit:undo',
  'edit:redo',
  'edit:delete',
  'edit:selectAll',
  'view:zoomIn',
  'view:zoomOut',
  'view:zoomReset',
  'view:fit',
  'help:about',
  'file:restoreBackup',
  'app:notice', // main tells the user something (an automatic backup failed); arg: the message
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_EVENT = 'menu:command';
