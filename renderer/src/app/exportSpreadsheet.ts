import { useState } from 'react';
import type { PreseanceApi } from '../../../shared/ipc/api';
import type { SpreadsheetFormat } from '../../../shared/ipc/contract';
import { getBridge } from '../bridge';
import { useController, useEditor } from './context';

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

/**
 * A screen's Export CSV / XLSX buttons: `save` runs exportSpreadsheet once at a time (`busy`
 * meanwhile), a refusal or an unexpected failure goes to the error banner, and the path written
 * is said in `status`, beside the buttons.
 */
export function useSpreadsheetExport(text: { exported(path: string): string; unexpected(detail: string): string }) {
  const controller = useController();
  const editor = useEditor();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const save = async (
    formats: readonly SpreadsheetFormat[],
    suggestedName: string,
    write: (api: PreseanceApi, format: SpreadsheetFormat, path: string) => Promise<Written>,
  ) => {
    const api = getBridge();
    if (!api || busy) return;
    setBusy(true);
    setStatus(null);
    try {
      const outcome = await exportSpreadsheet(api, () => editor.whenIdle(), formats, suggestedName, (format, path) => write(api, format, path));
      if (outcome?.ok === false) controller.notify(outcome.message);
      else if (outcome) setStatus(text.exported(outcome.path));
    } catch (err) {
      controller.notify(text.unexpected(err instanceof Error ? err.message : String(err)));
    } finally {
      setBusy(false);
    }
  };
  return { busy, status, setStatus, save };
}
