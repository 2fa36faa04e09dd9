import type { PreseanceApi } from '../../../shared/ipc/api';
import type { SpreadsheetFormat } from '../../../shared/ipc/contract';

type Written = { ok: true; value: { path: string } } | { ok: false; error: { message: string } };

/** What an export came to: written at `path`, refused with a message, or cancelled (null). */
export type ExportOutcome = { ok: true; path: string } | { ok: false; message: string } | null;

/**
 * Every CSV/XLSX export of the app: the native save dialog (one filter per format, the first the
 * default), then — once every edit is saved, since main writes from the event file — `write`
 * with the format the chosen name ends in. The caller says the outcome.
 */
export async function exportSpreadsheet(
  api: PreseanceApi,
  whenIdle: () => Promise<void>,
  formats: readonly SpreadsheetFormat[],
  suggestedName: string,
  write: (format: SpreadsheetFormat, path: string) => Promise<Written>,
): Promise<ExportOutcome> {
  const chosen = await api['dialog:saveSpreadsheet']({ formats: [...formats], suggestedName: suggestedName.slice(0, 200) });
  if (!chosen.ok) return { ok: false, message: chosen.error.message };
  const path = chosen.value.path;
  if (path === null) return null;
  await whenIdle();
  const format = formats.find((f) => path.toLowerCase().endsWith(`.${f}`)) ?? formats[0]!;
  const written = await write(format, path);
  return written.ok ? { ok: true, path: written.value.path } : { ok: false, message: written.error.message };
}
