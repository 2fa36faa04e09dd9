import { describe, expect, it, vi } from 'vitest';
import { AppController } from '../../renderer/src/app/controller';
import type { PreseanceApi } from '../../shared/ipc/api';
import type { RendererChannel as Channel } from '../../shared/ipc/channels';
import type { FileInfo, Input, Output } from '../../shared/ipc/contract';
import { updateEntity } from '../../shared/document/commands';
import { emptyDocument, type EventDocument } from '../../shared/model/collections';
import type { Result } from '../../shared/errors';

const EVENT_ID = '11111111-1111-4111-8111-111111111111';

function docNamed(nameEn: string): EventDocument {
  const doc = emptyDocument();
  doc.events[EVENT_ID] = {
    id: EVENT_ID, nameEn, nameVi: nameEn, venueEn: '', venueVi: '', startsOn: '2025-10-25', endsOn: '2025-10-26',
    timeZone: 'Asia/Ho_Chi_Minh', hostIso3: 'VNM',
  };
  return doc;
}

const fileInfo = (path: string, readOnly = false): FileInfo => ({
  path, name: path.split('/').pop()!, schemaVersion: 1, readOnly,
});

type Handler<C extends Channel> = (input: Input<C>) => Result<Output<C>> | Promise<Result<Output<C>>>;

/** A fake bridge: main's behaviour is a small in-memory model; every call is logged. */
function fakeApi() {
  const calls: { channel: Channel; input: unknown }[] = [];
  const state = {
    language: 'vi' as 'vi' | 'en',
    open: null as FileInfo | null,
    docs: new Map<string, EventDocument>([['/events/hanoi.preseance', docNamed('Hanoi')]]),
    dialogAnswer: null as string | null,
    recent: [] as { path: string; name: string }[],
  };
  const ok = <T,>(value: T): Result<T> => ({ ok: true, value });
  const fail = (code: 'not-sqlite', message: string): Result<never> => ({ ok: false, error: { code, message } });
  const handlers: { [C in Channel]: Handler<C> } = {
    'app:state': () => ok({ version: '1.2.3', language: state.language, recent: state.recent, file: state.open }),
    'app:setLanguage': ({ language }) => {
      state.language = language;
      return ok({ version: '1.2.3', language, recent: state.recent, file: state.open });
    },
    'dialog:openEvent': () => ok({ path: state.dialogAnswer }),
    'menu:history': () => ok(null),
    'team:status': () => ok(null),
    'asset:pickImage': () => ok(null),
    'arrivals:export': () => fail('not-sqlite', 'not used by these tests'),
    'dialog:saveEvent': () => ok({ path: state.dialogAnswer }),
    'event:create': ({ path }) => {
      state.docs.set(path, docNamed('New event'));
      state.open = fileInfo(path);
      state.recent = [{ path, name: state.open.name }, ...state.recent];
      return ok(state.open);
    },
    'event:open': ({ path }) => {
      if (!state.docs.has(path)) return fail('not-sqlite', `“${path}” is not a Préséance event file. It was not changed.`);
      state.open = fileInfo(path);
      state.recent = [{ path, name: state.open.name }, ...state.recent];
      return ok(state.open);
    },
    'event:saveAs': ({ path }) => {
      state.docs.set(path, structuredClone(state.docs.get(state.open!.path)!));
      state.open = fileInfo(path);
      return ok(state.open);
    },
    'event:close': () => {
      state.open = null;
      return ok(null);
    },
    'doc:load': () =>
      state.open ? ok({ file: state.open, document: structuredClone(state.docs.get(state.open.path)!) }) : fail('not-sqlite', 'none'),
    'doc:apply': ({ changes }) => {
      const doc = state.docs.get(state.open!.path)!;
      for (const row of changes.upserts.events ?? []) doc.events[row.id] = row;
      return ok({ savedAt: '2025-10-20T08:00:00.000Z' });
    },
    'delegations:import': () => fail('not-sqlite', 'unused'),
    'delegations:importProgress': () => ok(null),
    'delegations:importCancel': () => ok(null),
    'delegations:export': () => fail('not-sqlite', 'unused'),
    'dialog:saveSpreadsheet': () => ok({ path: null }),
    'dialog:savePdf': () => ok({ path: null }),
    'print:pdf': () => ok({ path: '/out/chart.pdf', bytes: 1 }),
    'print:exportList': () => ok({ path: '/out/list.csv' }),
    'print:native': () => ok({ printed: false }),
    'backup:list': () => ok({ backups: [] }),
    'backup:restore': () => fail('not-sqlite', 'unused'),
  };
  const api = {
    onMenuCommand: () => () => {},
  } as unknown as PreseanceApi;
  for (const channel of Object.keys(handlers) as Channel[]) {
    (api as unknown as Record<string, unknown>)[channel] = async (input: unknown) => {
      calls.push({ channel, input });
      return (handlers[channel] as (i: unknown) => unknown)(input);
    };
  }
  return { api, calls, state, handlers, channels: () => calls.map((c) => c.channel) };
}

async function started(open: string | null = '/events/hanoi.preseance') {
  const fake = fakeApi();
  fake.state.open = open ? fileInfo(open) : null;
  const controller = new AppController(fake.api);
  await controller.start();
  return { fake, controller };
}

const nameOf = (c: AppController) => Object.values(c.getSnapshot().editor!.getDocument().events)[0]!.nameEn;

describe('app controller', () => {
  it('loads the file main has open at start, in main’s language', async () => {
    const fake = fakeApi();
    fake.state.open = fileInfo('/events/hanoi.preseance');
    fake.state.language = 'en';
    const controller = new AppController(fake.api);
    await controller.start();
    const s = controller.getSnapshot();
    expect(s.status).toBe('ready');
    expect(s.language).toBe('en');
    expect(s.version).toBe('1.2.3');
    expect(s.file?.name).toBe('hanoi.preseance');
    expect(nameOf(controller)).toBe('Hanoi');
  });

  it('shows the welcome state when no file is open', async () => {
    const { controller, fake } = await started(null);
    expect(controller.getSnapshot().editor).toBeNull();
    expect(fake.channels()).not.toContain('doc:load');
  });

  it('a refused open leaves the open document, its history and its file as they were', async () => {
    const { controller, fake } = await started();
    const editor = controller.getSnapshot().editor!;
    editor.dispatch(updateEntity, { collection: 'events', id: EVENT_ID, fields: { nameEn: 'Edited' } });
    await editor.whenIdle();
    fake.state.dialogAnswer = '/downloads/photo.jpg';
    await controller.openEvent();
    const s = controller.getSnapshot();
    expect(s.modal).toEqual({
      kind: 'error',
      title: 'openFailed',
      message: '“/downloads/photo.jpg” is not a Préséance event file. It was not changed.',
      previousStillOpen: true,
    });
    expect(s.editor).toBe(editor);
    expect(nameOf(controller)).toBe('Edited');
    expect(editor.getSnapshot().canUndo).toBe(true);
    expect(s.file?.path).toBe('/events/hanoi.preseance');
    expect(s.busy).toBe(false);
    controller.closeModal();
    expect(controller.getSnapshot().modal).toBeNull();
  });

  it('writes every pending edit to the old file before opening another', async () => {
    const { controller, fake } = await started();
    fake.state.docs.set('/events/other.preseance', docNamed('Other'));
    // Main takes its time writing; the open must wait for it.
    const write = fake.handlers['doc:apply'];
    fake.handlers['doc:apply'] = (input) => new Promise((resolve) => setTimeout(() => resolve(write(input)), 30));
    const open = fake.handlers['event:open'];
    let onDiskWhenOpening: string | undefined;
    fake.handlers['event:open'] = (input) => {
      onDiskWhenOpening = fake.state.docs.get('/events/hanoi.preseance')!.events[EVENT_ID]!.nameEn;
      return open(input);
    };
    const editor = controller.getSnapshot().editor!;
    editor.dispatch(updateEntity, { collection: 'events', id: EVENT_ID, fields: { nameEn: 'Last edit' } });
    fake.state.dialogAnswer = '/events/other.preseance';
    await controller.openEvent();
    expect(onDiskWhenOpening).toBe('Last edit');
    expect(nameOf(controller)).toBe('Other');
    expect(controller.getSnapshot().editor).not.toBe(editor);
    expect(controller.getSnapshot().editor!.getSnapshot().canUndo).toBe(false);
  });

  it('a cancelled dialog changes nothing', async () => {
    const { controller, fake } = await started();
    const before = controller.getSnapshot().editor;
    fake.state.dialogAnswer = null;
    await controller.openEvent();
    await controller.newEvent('Sự kiện mới');
    await controller.saveAs();
    expect(fake.channels()).not.toContain('event:open');
    expect(fake.channels()).not.toContain('event:create');
    expect(fake.channels()).not.toContain('event:saveAs');
    expect(controller.getSnapshot().editor).toBe(before);
    expect(controller.getSnapshot().modal).toBeNull();
  });

  it('New event asks where to save it, creates an empty event file and opens it', async () => {
    const { controller, fake } = await started(null);
    fake.state.dialogAnswer = '/events/new.preseance';
    await controller.newEvent('Sự kiện mới');
    expect(fake.calls.find((c) => c.channel === 'dialog:saveEvent')?.input).toEqual({ suggestedName: 'Sự kiện mới' });
    expect(fake.calls.find((c) => c.channel === 'event:create')?.input).toEqual({ path: '/events/new.preseance', sample: false });
    expect(controller.getSnapshot().file?.name).toBe('new.preseance');
    expect(nameOf(controller)).toBe('New event');
    expect(controller.getSnapshot().recent.map((r) => r.path)).toEqual(['/events/new.preseance']);
  });

  it('Save As keeps the document and its history and goes on in the copy', async () => {
    const { controller, fake } = await started();
    const editor = controller.getSnapshot().editor!;
    editor.dispatch(updateEntity, { collection: 'events', id: EVENT_ID, fields: { nameEn: 'Before copy' } });
    fake.state.dialogAnswer = '/events/copy.preseance';
    await controller.saveAs();
    expect(fake.calls.find((c) => c.channel === 'dialog:saveEvent')?.input).toEqual({ suggestedName: 'hanoi' });
    expect(controller.getSnapshot().file?.path).toBe('/events/copy.preseance');
    expect(controller.getSnapshot().editor).toBe(editor);
    expect(editor.getSnapshot().canUndo).toBe(true);
    expect(fake.state.docs.get('/events/copy.preseance')!.events[EVENT_ID]!.nameEn).toBe('Before copy');
    editor.dispatch(updateEntity, { collection: 'events', id: EVENT_ID, fields: { nameEn: 'In the copy' } });
    await editor.whenIdle();
    expect(fake.state.docs.get('/events/copy.preseance')!.events[EVENT_ID]!.nameEn).toBe('In the copy');
    expect(fake.state.docs.get('/events/hanoi.preseance')!.events[EVENT_ID]!.nameEn).toBe('Before copy');
  });

  it('Save As from a read-only file makes the copy editable', async () => {
    const fake = fakeApi();
    fake.state.open = fileInfo('/events/hanoi.preseance', true);
    const controller = new AppController(fake.api);
    await controller.start();
    const editor = controller.getSnapshot().editor!;
    expect(editor.dispatch(updateEntity, { collection: 'events', id: EVENT_ID, fields: { nameEn: 'X' } })).toBe(false);
    fake.state.dialogAnswer = '/events/copy.preseance';
    await controller.saveAs();
    expect(editor.getSnapshot().readOnly).toBe(false);
    expect(editor.dispatch(updateEntity, { collection: 'events', id: EVENT_ID, fields: { nameEn: 'X' } })).toBe(true);
  });

  it('Close goes back to the welcome state', async () => {
    const { controller } = await started();
    await controller.close();
    expect(controller.getSnapshot().editor).toBeNull();
    expect(controller.getSnapshot().file).toBeNull();
  });

  it('switches the language at once and tells main', async () => {
    const { controller, fake } = await started();
    const pending = controller.setLanguage('en');
    expect(controller.getSnapshot().language).toBe('en');
    await pending;
    expect(fake.state.language).toBe('en');
  });

  it('an edit main refuses becomes a dismissible notice with main’s message', async () => {
    const { controller, fake } = await started();
    fake.handlers['doc:apply'] = () => ({ ok: false, error: { code: 'constraint', message: 'Thay đổi vi phạm một quy tắc.' } });
    const editor = controller.getSnapshot().editor!;
    editor.dispatch(updateEntity, { collection: 'events', id: EVENT_ID, fields: { nameEn: 'Lost' } });
    await editor.whenIdle();
    expect(nameOf(controller)).toBe('Hanoi');
    const notices = controller.getSnapshot().notices;
    expect(notices.map((n) => n.message)).toEqual(['Thay đổi vi phạm một quy tắc.']);
    controller.dismissNotice(notices[0]!.id);
    expect(controller.getSnapshot().notices).toEqual([]);
  });

  it('a bridge that throws becomes an error in the UI language, not a crash', async () => {
    const { controller, fake } = await started();
    fake.handlers['event:open'] = () => {
      throw new Error('IPC channel closed');
    };
    fake.state.dialogAnswer = '/events/x.preseance';
    await controller.openEvent();
    const modal = controller.getSnapshot().modal;
    expect(modal?.kind === 'error' && modal.message).toBe('Lỗi không mong đợi: IPC channel closed');
  });

  it('a document main cannot load after opening is not left on screen', async () => {
    const { controller, fake } = await started();
    fake.state.docs.set('/events/other.preseance', docNamed('Other'));
    fake.handlers['doc:load'] = () => ({ ok: false, error: { code: 'corrupt', message: 'damaged' } });
    fake.state.dialogAnswer = '/events/other.preseance';
    await controller.openEvent();
    expect(controller.getSnapshot().editor).toBeNull();
    expect(controller.getSnapshot().modal).toMatchObject({ kind: 'error', title: 'loadFailed', message: 'damaged' });
  });

  it('one file flow at a time', async () => {
    const { controller, fake } = await started();
    fake.state.docs.set('/events/other.preseance', docNamed('Other'));
    fake.state.dialogAnswer = '/events/other.preseance';
    await Promise.all([controller.openEvent(), controller.openEvent()]);
    expect(fake.channels().filter((c) => c === 'event:open')).toHaveLength(1);
  });

  it('the About dialog shows and closes', async () => {
    const { controller } = await started();
    controller.showAbout();
    expect(controller.getSnapshot().modal).toEqual({ kind: 'about' });
    controller.closeModal();
    expect(controller.getSnapshot().modal).toBeNull();
  });
});

describe('app controller: edits the file could not take', () => {
  /** Started on hanoi.preseance with main answering every doc:apply "disk full" until `fixed`. */
  async function diskFull() {
    const { controller, fake } = await started();
    const write = fake.handlers['doc:apply'];
    const disk = { full: true };
    fake.handlers['doc:apply'] = (input) =>
      disk.full && fake.state.open?.path === '/events/hanoi.preseance'
        ? { ok: false, error: { code: 'disk-full', message: 'Ổ đĩa đã đầy.' } }
        : write(input);
    const editor = controller.getSnapshot().editor!;
    editor.dispatch(updateEntity, { collection: 'events', id: EVENT_ID, fields: { nameEn: 'Kept 1' } });
    editor.dispatch(updateEntity, { collection: 'events', id: EVENT_ID, fields: { nameEn: 'Kept 2' } });
    await editor.whenIdle();
    return { controller, fake, editor, disk };
  }

  it('Save As copies the last saved file, then writes the kept edits there, in order', async () => {
    const { controller, fake, editor } = await diskFull();
    expect(editor.getSnapshot().saveStatus).toMatchObject({ kind: 'unsaved', pending: 2, code: 'disk-full' });
    fake.state.dialogAnswer = '/usb/hanoi.preseance';
    await controller.saveAs();
    await editor.whenIdle();
    const applied = fake.calls.filter((c) => c.channel === 'doc:apply').slice(-2);
    expect(applied.map((c) => (c.input as { changes: { upserts: { events: { nameEn: string }[] } } }).changes.upserts.events[0]!.nameEn)).toEqual([
      'Kept 1',
      'Kept 2',
    ]);
    expect(fake.state.docs.get('/usb/hanoi.preseance')!.events[EVENT_ID]!.nameEn).toBe('Kept 2');
    expect(fake.state.docs.get('/events/hanoi.preseance')!.events[EVENT_ID]!.nameEn).toBe('Hanoi');
    expect(editor.getSnapshot().saveStatus.kind).toBe('saved');
    expect(controller.getSnapshot().file?.path).toBe('/usb/hanoi.preseance');
  });

  it('a Save As the user cancels keeps everything not saved', async () => {
    const { controller, fake, editor } = await diskFull();
    fake.state.dialogAnswer = null;
    await controller.saveAs();
    expect(nameOf(controller)).toBe('Kept 2');
    expect(editor.getSnapshot().saveStatus).toMatchObject({ kind: 'unsaved', pending: 2 });
  });

  it('closing asks first; Cancel keeps the document and its unsaved edits', async () => {
    const { controller, fake, editor } = await diskFull();
    const closing = controller.close();
    await vi.waitFor(() => expect(controller.getSnapshot().modal).toEqual({ kind: 'unsaved', count: 2 }));
    controller.answerUnsaved(false);
    await closing;
    expect(fake.channels()).not.toContain('event:close');
    expect(controller.getSnapshot().editor).toBe(editor);
    expect(controller.getSnapshot().modal).toBeNull();
    expect(nameOf(controller)).toBe('Kept 2');
  });

  it('opening another file asks first; Discard goes on and opens it', async () => {
    const { controller, fake } = await diskFull();
    fake.state.docs.set('/events/other.preseance', docNamed('Other'));
    fake.state.dialogAnswer = '/events/other.preseance';
    const opening = controller.openEvent();
    await vi.waitFor(() => expect(controller.getSnapshot().modal).toEqual({ kind: 'unsaved', count: 2 }));
    expect(fake.channels()).not.toContain('dialog:openEvent');
    controller.answerUnsaved(true);
    await opening;
    expect(nameOf(controller)).toBe('Other');
  });

  it('no question when every edit is written', async () => {
    const { controller, disk, editor } = await diskFull();
    disk.full = false;
    editor.retry();
    await editor.whenIdle();
    await controller.close();
    expect(controller.getSnapshot().editor).toBeNull();
  });
});
