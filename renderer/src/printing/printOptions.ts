import { useCallback, useState } from 'react';
import { putSetting } from '../../../shared/document/settings';
import { randomId } from '../../../shared/ids';
import type { EventDocument } from '../../../shared/model/collections';
import { useEditor } from '../app/context';
import { OUTPUTS, type Output } from './jobs';
import { NAME_PLATE_STOCKS, PAPER_NAMES, PLACE_CARD_STOCKS, type CardStock, type PaperName } from './paper';

/**
 * The Printing screen's options, kept in the event (setting `print.options`) for each output
 * kind: what was chosen for place cards (the hall, "Vietnamese name too", the paper…) is what
 * the screen shows the next time place cards are chosen — after another screen, or the file
 * opened again — so a reprint looks like the print it replaces. Like the print log, saving
 * them is not an undo step (EditorStore.record): Undo takes back edits to the event, not the
 * choice of paper. "Only what changed" and the revision are not kept: each print says them.
 */
export const PRINT_OPTIONS_KEY = 'print.options';

export type Paper = PaperName | 'stock';
export type ChartMode = 'fit' | 'scale' | 'across';
export type PrintOptions = {
  /** The hall chosen ('all': every delegation), null: the default one. */
  hall: string | null;
  sequence: string | null;
  paper: Paper;
  landscape: boolean;
  stock: CardStock;
  flags: boolean;
  vietnamese: boolean;
  status: 'draft' | 'final';
  chartMode: ChartMode;
  ratio: number;
  across: number;
  overlapMm: number;
};
type Stored = { output: Output; byOutput: Partial<Record<Output, PrintOptions>> };

const isCards = (o: Output) => o === 'place-cards' || o === 'name-plates';
export const stocksFor = (o: Output): readonly CardStock[] => (o === 'name-plates' ? NAME_PLATE_STOCKS : PLACE_CARD_STOCKS);

/** An output's options before anything is chosen: plates on landscape A4, the rest portrait. */
export const defaultOptions = (output: Output): PrintOptions => ({
  hall: null,
  sequence: null,
  paper: 'A4',
  landscape: output === 'name-plates',
  stock: stocksFor(output)[0]!,
  flags: true,
  vietnamese: false,
  status: 'draft',
  chartMode: 'fit',
  ratio: 100,
  across: 2,
  overlapMm: 10,
});

/** One output's stored options, each field checked (a value that is not one keeps its default: never an error for the user). */
function sanitize(output: Output, value: unknown): PrintOptions {
  const d = defaultOptions(output);
  if (!value || typeof value !== 'object') return d;
  const v = value as Record<string, unknown>;
  const pick = <K extends keyof PrintOptions>(key: K, ok: (x: unknown) => boolean): PrintOptions[K] => (ok(v[key]) ? (v[key] as PrintOptions[K]) : d[key]);
  const bool = (x: unknown) => typeof x === 'boolean';
  const id = (x: unknown) => x === null || typeof x === 'string';
  const int = (min: number, max: number) => (x: unknown) => Number.isInteger(x) && (x as number) >= min && (x as number) <= max;
  const papers: readonly unknown[] = isCards(output) ? [...PAPER_NAMES, 'stock'] : PAPER_NAMES;
  return {
    hall: pick('hall', id),
    sequence: pick('sequence', id),
    paper: pick('paper', (x) => papers.includes(x)),
    landscape: pick('landscape', bool),
    stock: pick('stock', (x) => stocksFor(output).includes(x as CardStock)),
    flags: pick('flags', bool),
    vietnamese: pick('vietnamese', bool),
    status: pick('status', (x) => x === 'draft' || x === 'final'),
    chartMode: pick('chartMode', (x) => x === 'fit' || x === 'scale' || x === 'across'),
    ratio: pick('ratio', int(1, 10_000)),
    across: pick('across', int(1, 20)),
    overlapMm: pick('overlapMm', int(0, 50)),
  };
}

/** What the event keeps: the output last chosen and each output's options. */
export function readPrintOptions(document: EventDocument): Stored {
  const value = Object.values(document.settings).find((s) => s.key === PRINT_OPTIONS_KEY)?.value as { output?: unknown; byOutput?: Record<string, unknown> } | undefined;
  const output = OUTPUTS.includes(value?.output as Output) ? (value!.output as Output) : 'place-cards';
  const byOutput: Stored['byOutput'] = {};
  const saved = value?.byOutput && typeof value.byOutput === 'object' ? value.byOutput : {};
  for (const o of OUTPUTS) if (o in saved) byOutput[o] = sanitize(o, saved[o]);
  return { output, byOutput };
}

/**
 * The screen's output and its options, read from the event when the screen opens and written
 * back on every change (a read-only file: kept on the screen only).
 */
export function usePrintOptions(readOnly: boolean) {
  const editor = useEditor();
  const [stored, setStored] = useState<Stored>(() => readPrintOptions(editor.getSnapshot().document));
  const save = useCallback(
    (next: Stored) => {
      setStored(next);
      if (!readOnly) editor.record(putSetting, { key: PRINT_OPTIONS_KEY, value: next, newId: randomId() });
    },
    [editor, readOnly],
  );
  const output = stored.output;
  const options = stored.byOutput[output] ?? defaultOptions(output);
  const setOption = <K extends keyof PrintOptions>(key: K, value: PrintOptions[K]) =>
    save({ ...stored, byOutput: { ...stored.byOutput, [output]: { ...options, [key]: value } } });
  const setOutput = (next: Output) => save({ ...stored, output: next });
  return { output, options, setOption, setOutput };
}
