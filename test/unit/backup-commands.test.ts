import { describe, expect, it } from 'vitest';
import { AppController } from '../../renderer/src/app/controller';
import { runMenuCommand } from '../../renderer/src/app/commands';
import type { PreseanceApi } from '../../shared/ipc/api';
import type { FileInfo } from '../../shared/ipc/contract';
import { fixtureDocument } from '../fixtures/document';

// The two commands main sends for backups: File › Restore from backup opens its dialog (only
// over an open event, never over another dialog), and a notice from main is shown as one.

const file: FileInfo = { path: '/events/hanoi.preseance', name: 'hanoi.preseance', schemaVersion: 1, readOnly: false };

async function started(open: boolean) {
  const api = {
    'app:state': async () => ({ ok: true, value: { version: '1', language: 'vi', recent: [], file: open ? file : null } }),
    'doc:load': async () => ({ ok: true, value: { file, document: fixtureDocument() } }),
  } as unknown as PreseanceApi;
  const controller = new AppController(api);
  await controller.start();
  return { controller, ctx: { controller, newEventName: () => 'Sự kiện mới' } };
}

describe('backup menu commands', () => {
  it('file:restoreBackup opens the backups dialog over an open event', async () => {
    const { controller, ctx } = await started(true);
    runMenuCommand(ctx, 'file:restoreBackup', null);
    expect(controller.getSnapshot().modal).toEqual({ kind: 'backups' });
  });

  it('does nothing with no event open, or over another dialog', async () => {
    const none = await started(false);
    runMenuCommand(none.ctx, 'file:restoreBackup', null);
    expect(none.controller.getSnapshot().modal).toBeNull();

    const { controller, ctx } = await started(true);
    controller.showAbout();
    runMenuCommand(ctx, 'file:restoreBackup', null);
    expect(controller.getSnapshot().modal).toEqual({ kind: 'about' });
  });

  it('app:notice shows main’s message as a notice, even over a dialog', async () => {
    const { controller, ctx } = await started(true);
    runMenuCommand(ctx, 'file:restoreBackup', null);
    runMenuCommand(ctx, 'app:notice', 'Không ghi được bản sao lưu tự động của “hanoi.preseance”');
    expect(controller.getSnapshot().notices.map((n) => n.message)).toEqual(['Không ghi được bản sao lưu tự động của “hanoi.preseance”']);
  });
});
