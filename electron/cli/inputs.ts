import { readFileSync } from 'node:fs';
import type { Params } from '../../shared/i18n/index';
import { sniffFormat } from '../../shared/import/sniff';

/** A user error: printed on stderr, exit code 1. */
export class CliError extends Error {}

/** The `arrivals` options as the channel takes them, each checked with a message naming the option. */
export function arrivalsInput(
  values: { rule?: string; start?: string; end?: string; interval?: string },
  t: (key: 'badRule' | 'badClock' | 'badInterval' | 'startOrEnd', params?: Params) => string,
): { rule?: 'reverse-precedence' | 'precedence' | 'alphabetical' | 'lot'; start?: string; end?: string; intervalMin?: number } {
  const input: ReturnType<typeof arrivalsInput> = {};
  if (values.rule !== undefined) {
    if (values.rule !== 'reverse-precedence' && values.rule !== 'precedence' && values.rule !== 'alphabetical' && values.rule !== 'lot') throw new CliError(t('badRule'));
    input.rule = values.rule;
  }
  if (values.start !== undefined && values.end !== undefined) throw new CliError(t('startOrEnd'));
  for (const option of ['start', 'end'] as const) {
    const value = values[option];
    if (value === undefined) continue;
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) throw new CliError(t('badClock', { option: `--${option}`, value }));
    input[option] = value;
  }
  if (values.interval !== undefined) {
    const minutes = Number(values.interval);
    if (values.interval.trim() === '' || !Number.isFinite(minutes) || minutes < 0 || minutes > 240) throw new CliError(t('badInterval', { value: values.interval }));
    input.intervalMin = minutes;
  }
  return input;
}

/** An import file as the channel takes it: a workbook (by its bytes, whatever its name) as base64, else UTF-8 text. */
export function readImportFile(
  path: string,
  t: (key: 'notUtf8' | 'unreadable', params: Params) => string,
): { format: 'csv' | 'xlsx'; data: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new CliError(t('unreadable', { path, detail: (err as Error).message }));
  }
  // A workbook by its bytes (even renamed .csv), or by its name (main then says it is not a
  // readable workbook, rather than reading zip bytes as CSV); an .xls file goes too, and main names it.
  if (sniffFormat(bytes) !== 'text' || /\.xlsx$/i.test(path)) return { format: 'xlsx', data: bytes.toString('base64') };
  try {
    return { format: 'csv', data: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    throw new CliError(t('notUtf8', { path }));
  }
}
