import { AppError, type Result } from '../errors';
import type { Language } from '../model/primitives';
import { CHANNELS, type Channel } from './channels';
import { CONTRACT, type Services } from './contract';

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
    if (!isChannel(channel)) throw new AppError('unknown-channel', { channel: String(channel).slice(0, 100) });
    const parsed = CONTRACT[channel].input.safeParse(payload ?? {});
    if (!parsed.success) {
      const detail = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`)
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
  return err instanceof Error ? err.message : String(err);
}
