import { AppError } from '../../shared/errors';
import type { Input, Output, PrintJob } from '../../shared/ipc/contract';
import type { ChosenPaths } from './chosenPaths';
import { writeAtomically } from './export';

/**
 * What only the window can do: print its own print view. Electron implements it with
 * webContents.printToPDF and webContents.print (electron/main/print.ts); the end-to-end harness
 * with Playwright's page.pdf() on the same page; the CLI has no window and no printing.
 */
export type PrintHost = {
  /** A save dialog filtered to PDF files; null when cancelled. */
  savePdf(suggestedName: string): Promise<string | null>;
  /** The print view, every page, as the bytes of a PDF. */
  pdf(job: PrintJob): Promise<Uint8Array>;
  /** The native print dialog on the print view: true once sent to a printer, false when cancelled. */
  print(job: PrintJob): Promise<boolean>;
};

const requireHost = (host: PrintHost | undefined): PrintHost => {
  if (!host) throw new AppError('internal', { detail: 'printing needs the app window' });
  return host;
};

/** A chosen path keeps its .pdf extension, or gets one. */
export const withPdfExtension = (path: string): string => (path.toLowerCase().endsWith('.pdf') ? path : `${path}.pdf`);

/**
 * `dialog:savePdf`, `print:pdf` and `print:native`. The PDF is written only to a path ending in
 * .pdf and chosen in the save dialog for this write (so this channel can never overwrite an
 * event file or anything else), beside the target and renamed into place.
 */
export function printServices(host: PrintHost | undefined, chosen: ChosenPaths) {
  return {
    'dialog:savePdf': async ({ suggestedName }: Input<'dialog:savePdf'>): Promise<Output<'dialog:savePdf'>> => {
      const path = await requireHost(host).savePdf(suggestedName);
      return { path: chosen.chosenByUser(path === null ? null : withPdfExtension(path)) };
    },
    'print:pdf': async ({ path, paper, landscape }: Input<'print:pdf'>): Promise<Output<'print:pdf'>> => {
      const target = chosen.take(path);
      if (!target.toLowerCase().endsWith('.pdf')) throw new AppError('export-extension', { format: 'PDF', ext: 'pdf', path: target });
      const bytes = await requireHost(host).pdf({ paper, landscape });
      writeAtomically(target, bytes);
      return { path: target, bytes: bytes.byteLength };
    },
    'print:native': async (job: Input<'print:native'>): Promise<Output<'print:native'>> => ({ printed: await requireHost(host).print(job) }),
  };
}
