import { AppError, type Result } from '../errors';
import type { Language } from '../model/primitives';
import { CHANNELS, type Channel } from './channels';
import { CONTRACT, XLSX_MAX_BYTES, type Services } from './contract';

const channelSet: ReadonlySet<string> = new Set(CHANNELS);
export const isChannel = (name: unknown): name is Channel => typeof name === 'string' && channelSet.has(name);

/**
 * Runs one request against the services table: the payload is parsed against the contract,
 * and every failure becomes an error result. Nothing a caller sends can make this throw, so a
 * bad payload can never take main down. Used by Electron IPC, the e2e binding and the CLI.
 */
export async function invoke(
  services: Services,
  channel: unknown,
  payload: unknown,
  lang: () => Language,
): Promise<Result<unknown>> {
  try {
    if (!isChannel(channel)) throw new AppError('unknown-channel', { channel: typeof channel === 'string' ? clip(channel, 100) : typeof channel });
    const parsed = CONTRACT[channel].input.safeParse(payload ?? {});
    if (!parsed.success) {
      // A file too large for the channel is the user's file, not a bad request: say so plainly.
      if (channel === 'delegations:import' && parsed.error.issues.some((i) => i.code === 'too_big' && i.path[0] === 'data')) {
        throw new AppError('import-too-large', { maxMb: XLSX_MAX_BYTES / 2 ** 20 });
      }
      const detail = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${clip(i.path.map(String).join('.'), 100) || '(payload)'}: ${clip(i.message, 200)}`)
        .join('; ');
      throw new AppError('invalid-input', { detail });
    }
    const handler = services[channel] as (input: unknown) => Promise<unknown> | unknown;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (err) {
    const error = err instanceof AppError ? err : new AppError('internal', { detail: describe(err) });
    return { ok: false, error: { code: error.code, message: error.messageIn(lang()), details: error.details } };
  }
}

function describe(err: unknown): string {
  return clip(err instanceof Error ? err.message : typeof err === 'string' ? err : typeof err, 300);
}

/**
 * A message says what was wrong, never echoes what was sent: zod names an unknown key or an
 * enum value in its message, and a hostile payload's 5 MB key must not travel back (nor into
 * a log) whole. Cut by code point, so that a cut never leaves half a surrogate pair.
 */
function clip(text: string, max: number): string {
  const points = Array.from(text.length > max * 2 ? text.slice(0, max * 2) : text);
  return points.length > max ? `${points.slice(0, max).join('')}…` : points.join('');
}
