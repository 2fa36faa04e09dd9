// The channel names, and nothing else. The sandboxed preload builds window.preseance from this
// list, and a sandboxed preload cannot load packages: keep this file free of imports.
export const CHANNELS = [
  'app:state',
  'app:setLanguage',
  'dialog:openEvent',
  'dialog:saveEvent',
  'event:create',
  'event:open',
  'event:saveAs',
  'event:close',
  'event:info',
  'doc:load',
  'doc:apply',
  'delegations:import',
  'delegations:export', // import/export: CSV and XLSX files
  'delegations:importProgress', // a long import: how far it is, and Cancel
  'delegations:importCancel',
  'dialog:saveSpreadsheet',
  'asset:pickImage',
  'precedence:order',
  'seating:plan', // seating: a hall's strategy, its moves; validation
  'seating:validate',
  'arrivals:plan', // arrivals: generate a sequence, its conflicts, the run-of-show as CSV/XLSX
  'arrivals:validate',
  'arrivals:export',
  'dialog:savePdf', // printing: the print view as a PDF file, or to a printer through the native dialog
  'print:pdf',
  'print:native',
  'print:exportList', // a printed list (guest index, table plans, signing order) as CSV/XLSX
  'backup:list', // File › Restore from backup: the open file's backups, and restoring one
  'backup:restore',
] as const;

export type Channel = (typeof CHANNELS)[number];

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
