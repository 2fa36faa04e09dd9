import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { CHANNELS } from '../../shared/ipc/channels';
import { CONTRACT, type Services } from '../../shared/ipc/contract';
import { invoke } from '../../shared/ipc/invoke';

/** A services table whose handlers record what reached them. */
function recordingServices() {
  const calls: { channel: string; input: unknown }[] = [];
  const services = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      (input: unknown) => {
        calls.push({ channel, input });
        if (channel === 'event:info') throw new AppError('no-open-file');
        if (channel === 'event:close') throw new Error('disk exploded');
        return null;
      },
    ]),
  ) as unknown as Services;
  return { services, calls };
}

describe('invoke: the one door into main', () => {
  it('has exactly one contract entry per channel', () => {
    expect(Object.keys(CONTRACT).sort()).toEqual([...CHANNELS].sort());
  });

  it('says an import file over 20 MB is too large, in the user language, never zod\'s English', async () => {
    const { services, calls } = recordingServices();
    const data = 'x'.repeat(20 * 1024 * 1024 + 1);
    const en = await invoke(services, 'delegations:import', { format: 'csv', data }, () => 'en');
    expect(en).toMatchObject({ ok: false, error: { code: 'import-too-large' } });
    if (!en.ok) expect(en.error.message).toBe('The file is larger than 20 MB, the most an import file may be. Split it, or remove what the import does not need.');
    const vi = await invoke(services, 'delegations:import', { format: 'xlsx', data: 'QUJD'.repeat(8 * 1024 * 1024) }, () => 'vi');
    if (!vi.ok) expect(vi.error.message).toContain('Tệp lớn hơn 20 MB');
    expect(vi.ok).toBe(false);
    expect(calls).toEqual([]);
    // A CSV of 20 MB of text (the renderer lets a file through by its size in bytes) is not refused by its length.
    expect(await invoke(services, 'delegations:import', { format: 'csv', data: 'x'.repeat(20 * 1024 * 1024) }, () => 'en')).toMatchObject({ ok: true });
  });

  it('passes a valid payload through to the handler', async () => {
    const { services, calls } = recordingServices();
    const result = await invoke(services, 'event:open', { path: '/tmp/a.preseance' }, () => 'en');
    expect(result).toEqual({ ok: true, value: null });
    expect(calls).toEqual([{ channel: 'event:open', input: { path: '/tmp/a.preseance' } }]);
  });

  it.each([
    ['wrong type', 'event:open', { path: 42 }],
    ['missing field', 'event:create', { path: '/tmp/x.preseance' }],
    ['extra field', 'event:open', { path: '/tmp/a.preseance', evil: true }],
    ['huge string', 'event:open', { path: 'x'.repeat(100_000) }],
    ['NUL in a path', 'event:open', { path: '/tmp/a\0.preseance' }],
    ['not an object', 'app:setLanguage', 'vi'],
    ['unknown language', 'app:setLanguage', { language: 'fr' }],
    ['prototype pollution key', 'app:setLanguage', JSON.parse('{"language":"vi","__proto__":{"polluted":1}}')],
    ['bad row in a change', 'doc:apply', { changes: { upserts: { halls: [{ id: 'not-a-uuid' }] }, deletes: {} } }],
    ['unknown collection', 'doc:apply', { changes: { upserts: { secrets: [] }, deletes: {} } }],
  ])('refuses %s with a typed error and never calls the handler', async (_what, channel, payload) => {
    const { services, calls } = recordingServices();
    const result = await invoke(services, channel, payload, () => 'en');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-input');
    expect(calls).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an unknown channel', async () => {
    const { services } = recordingServices();
    const result = await invoke(services, 'fs:readFile', {}, () => 'en');
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('returns service errors in the user language', async () => {
    const { services } = recordingServices();
    const vi = await invoke(services, 'event:info', {}, () => 'vi');
    expect(vi).toEqual({ ok: false, error: { code: 'no-open-file', message: 'Chưa mở tệp sự kiện nào.', details: undefined } });
    const en = await invoke(services, 'event:info', {}, () => 'en');
    expect(en.ok === false && en.error.message).toBe('No event file is open.');
  });

  it('turns an unexpected exception into an internal error instead of throwing', async () => {
    const { services } = recordingServices();
    const result = await invoke(services, 'event:close', {}, () => 'en');
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!result.ok && result.error.message).toContain('disk exploded');
  });
});
