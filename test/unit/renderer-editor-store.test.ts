import { describe, expect, it } from 'vitest';
import { EditorStore, type ApplyFn, type EditorStoreOptions } from '../../renderer/src/document/store';
import { updateEntity, createEntity, deleteEntities } from '../../shared/document/commands';
import { emptyDocument, type Changes, type EventDocument } from '../../shared/model/collections';
import type { Delegation, EventInfo } from '../../shared/model/entities';
import type { ErrorCode, Result } from '../../shared/errors';
import { SIGNING_VENUE_AND_DATES } from '../../shared/sample/hanoi2025';

const EVENT_ID = '11111111-1111-4111-8111-111111111111';
const VNM_ID = '22222222-2222-4222-8222-222222222222';
const FRA_ID = '33333333-3333-4333-8333-333333333333';

function event(): EventInfo {
  return {
    id: EVENT_ID,
    nameEn: 'Signing ceremony of the UN Convention against Cybercrime',
    nameVi: 'Lễ mở ký Công ước của Liên hợp quốc về chống tội phạm mạng',
    ...SIGNING_VENUE_AND_DATES,
  };
}

function delegation(id: string, iso3: string, nameEn: string, nameVi: string): Delegation {
  return {
    id, kind: 'state', iso3, orgCode: null, orgCategory: null, nameEn, nameFr: '', nameVi,
    flagCode: iso3.slice(0, 2).toLowerCase(), pinnedRole: 'none', precedenceOverride: null, agreementDate: null, notes: '',
  };
}

function documentWithEvent(): EventDocument {
  const doc = emptyDocument();
  doc.events[EVENT_ID] = event();
  doc.delegations[VNM_ID] = delegation(VNM_ID, 'VNM', 'Viet Nam', 'Việt Nam');
  return doc;
}

/** A fake doc:apply: records what it is sent and answers when the test says so. */
function fakeBridge() {
  const sent: Changes[] = [];
  const waiting: ((r: Result<{ savedAt: string }>) => void)[] = [];
  const apply: ApplyFn = (changes) => {
    sent.push(structuredClone(changes));
    return new Promise((resolve) => waiting.push(resolve));
  };
  const settle = async (result: Result<{ savedAt: string }>) => {
    const next = waiting.shift();
    if (!next) throw new Error('no apply is waiting');
    next(result);
    // let the store's queue run its continuation
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return {
    apply,
    sent,
    get waitingCount() {
      return waiting.length;
    },
    ok: () => settle({ ok: true, value: { savedAt: '2025-10-20T08:00:00.000Z' } }),
    /** Main refuses the edit itself (it breaks a rule of the event). */
    fail: (message: string) => settle({ ok: false, error: { code: 'constraint', message } }),
    /** Main could not write the file, whatever the edit. */
    failWrite: (code: ErrorCode, message: string) => settle({ ok: false, error: { code, message } }),
  };
}

/** A store on documentWithEvent() writing through a fake bridge; what it reports through onError is in `errors`. */
function storeOnBridge(options: Partial<EditorStoreOptions> = {}) {
  const bridge = fakeBridge();
  const errors: string[] = [];
  const store = new EditorStore({ document: documentWithEvent(), apply: bridge.apply, onError: (m) => errors.push(m), ...options });
  return { bridge, store, errors };
}

const rename = (store: EditorStore, nameEn: string, mergeKey: string | null = null) =>
  store.dispatch(updateEntity, { collection: 'events', id: EVENT_ID, fields: { nameEn } }, mergeKey);

const nameOf = (store: EditorStore) => store.getDocument().events[EVENT_ID]!.nameEn;

describe('editor store', () => {
  it('applies an edit in memory at once and sends the changed row', () => {
    const { bridge, store } = storeOnBridge();
    expect(rename(store, 'Hanoi Convention signing')).toBe(true);
    expect(nameOf(store)).toBe('Hanoi Convention signing');
    expect(store.getSnapshot().saveStatus.kind).toBe('saving');
    expect(bridge.sent).toHaveLength(1);
    expect(bridge.sent[0]!.upserts.events).toEqual([{ ...event(), nameEn: 'Hanoi Convention signing' }]);
    expect(bridge.sent[0]!.deletes).toEqual({});
  });

  it('sends applies one at a time, in the order the edits were made', async () => {
    const { bridge, store } = storeOnBridge();
    rename(store, 'A');
    rename(store, 'B');
    store.dispatch(updateEntity, { collection: 'delegations', id: VNM_ID, fields: { nameFr: 'Viet Nam' } });
    // Only the first is in flight until main answers it.
    expect(bridge.sent).toHaveLength(1);
    expect(bridge.waitingCount).toBe(1);
    await bridge.ok();
    expect(bridge.sent).toHaveLength(2);
    await bridge.ok();
    await bridge.ok();
    expect(bridge.sent.map((c) => c.upserts.events?.[0]?.nameEn ?? c.upserts.delegations?.[0]?.nameFr)).toEqual([
      'A',
      'B',
      'Viet Nam',
    ]);
    await store.whenIdle();
    expect(store.getSnapshot().saveStatus).toEqual({ kind: 'saved', savedAt: '2025-10-20T08:00:00.000Z' });
  });

  it('rolls a refused edit back in memory, document and history, and reports main’s message', async () => {
    const { bridge, store, errors } = storeOnBridge();
    rename(store, 'Saved name');
    await bridge.ok();
    const before = store.getSnapshot();
    rename(store, 'Refused name');
    expect(nameOf(store)).toBe('Refused name');
    await bridge.fail('Thay đổi vi phạm một quy tắc của tệp sự kiện.');
    const after = store.getSnapshot();
    expect(after.document).toBe(before.document);
    expect(after.history).toBe(before.history);
    expect(nameOf(store)).toBe('Saved name');
    expect(after.saveStatus).toEqual({ kind: 'error', message: 'Thay đổi vi phạm một quy tắc của tệp sự kiện.' });
    expect(errors).toEqual(['Thay đổi vi phạm một quy tắc của tệp sự kiện.']);
    // Undo now goes back to the last edit that was saved, not to the refused one.
    store.undo();
    expect(nameOf(store)).toBe(event().nameEn);
  });

  it('keeps the edits queued behind a refused one and sends them rebuilt on the saved state', async () => {
    const { bridge, store } = storeOnBridge();
    rename(store, 'Refused name');
    store.dispatch(updateEntity, { collection: 'delegations', id: VNM_ID, fields: { nameFr: 'Viet Nam' } });
    await bridge.fail('a seat holds one person');
    expect(nameOf(store)).toBe(event().nameEn);
    expect(store.getDocument().delegations[VNM_ID]!.nameFr).toBe('Viet Nam');
    expect(store.getSnapshot().history.past).toHaveLength(1);
    // The second edit is sent after the failure, and it carries no trace of the refused one.
    expect(bridge.sent).toHaveLength(2);
    expect(bridge.sent[1]!.upserts.events).toBeUndefined();
    expect(bridge.sent[1]!.upserts.delegations?.[0]?.nameFr).toBe('Viet Nam');
    await bridge.ok();
    expect(store.getSnapshot().saveStatus.kind).toBe('saved');
  });

  it('drops a queued edit that no longer applies after a rollback', async () => {
    const { bridge, store } = storeOnBridge();
    store.dispatch(createEntity, { collection: 'delegations', row: delegation(FRA_ID, 'FRA', 'France', 'Pháp') });
    store.dispatch(updateEntity, { collection: 'delegations', id: FRA_ID, fields: { nameFr: 'France' } });
    await bridge.fail('refused');
    expect(store.getDocument().delegations[FRA_ID]).toBeUndefined();
    expect(store.pendingCount).toBe(0);
    expect(bridge.sent).toHaveLength(1);
    expect(store.getSnapshot().canUndo).toBe(false);
  });

  it('undo and redo send the rows as they become', async () => {
    const { bridge, store } = storeOnBridge();
    store.dispatch(createEntity, { collection: 'delegations', row: delegation(FRA_ID, 'FRA', 'France', 'Pháp') });
    await bridge.ok();
    rename(store, 'Renamed');
    await bridge.ok();

    expect(store.undo()).toBe(true);
    expect(nameOf(store)).toBe(event().nameEn);
    await bridge.ok();
    expect(bridge.sent[2]!.upserts.events).toEqual([event()]);

    expect(store.undo()).toBe(true);
    expect(store.getDocument().delegations[FRA_ID]).toBeUndefined();
    await bridge.ok();
    expect(bridge.sent[3]).toEqual({ upserts: {}, deletes: { delegations: [FRA_ID] } });

    expect(store.redo()).toBe(true);
    await bridge.ok();
    expect(bridge.sent[4]!.upserts.delegations).toEqual([delegation(FRA_ID, 'FRA', 'France', 'Pháp')]);
    expect(store.redo()).toBe(true);
    await bridge.ok();
    expect(bridge.sent[5]!.upserts.events?.[0]?.nameEn).toBe('Renamed');
    expect(store.redo()).toBe(false);
    expect(bridge.sent).toHaveLength(6);
  });

  it('a refused undo leaves the edit in place and still undoable', async () => {
    const { bridge, store } = storeOnBridge();
    rename(store, 'Renamed');
    await bridge.ok();
    store.undo();
    await bridge.fail('a delegation has one head');
    expect(nameOf(store)).toBe('Renamed');
    expect(store.getSnapshot().canUndo).toBe(true);
    expect(store.getSnapshot().canRedo).toBe(false);
  });

  it('an edit that changes nothing makes no undo step and sends nothing', () => {
    const { bridge, store } = storeOnBridge();
    const before = store.getSnapshot();
    expect(rename(store, event().nameEn)).toBe(false);
    expect(store.dispatch(deleteEntities, { collection: 'delegations', ids: [FRA_ID] })).toBe(false);
    expect(store.getSnapshot()).toBe(before);
    expect(store.getSnapshot().canUndo).toBe(false);
    expect(bridge.sent).toHaveLength(0);
  });

  it('edits of two kinds under one merge key stay two undo steps (HistoryEntry.commandId)', async () => {
    const { bridge, store } = storeOnBridge();
    // Another kind of command writing the same field under the same key: undo takes it back on its own.
    const otherKind = { ...updateEntity, id: 'test/other-kind' };
    rename(store, 'Hanoi', 'field-1');
    store.dispatch(otherKind, { collection: 'events', id: EVENT_ID, fields: { nameEn: 'Hanoi 2025' } }, 'field-1');
    expect(store.getSnapshot().history.past.map((e) => e.commandId)).toEqual([updateEntity.id, 'test/other-kind']);
    store.undo();
    expect(nameOf(store)).toBe('Hanoi');
    for (let i = 0; i < 3; i++) await bridge.ok();
    await store.whenIdle();
  });

  it('edits with the same merge key make one undo step', async () => {
    const { bridge, store } = storeOnBridge();
    rename(store, 'H', 'field-1');
    rename(store, 'Ha', 'field-1');
    rename(store, 'Hanoi', 'field-1');
    rename(store, 'Hanoi!', 'field-2');
    expect(store.getSnapshot().history.past).toHaveLength(2);
    store.undo();
    expect(nameOf(store)).toBe('Hanoi');
    store.undo();
    expect(nameOf(store)).toBe(event().nameEn);
    for (let i = 0; i < 6; i++) await bridge.ok();
    await store.whenIdle();
    expect(bridge.sent.at(-1)!.upserts.events).toEqual([event()]);
  });

  it('notifies subscribers on change and not when nothing changed', async () => {
    const { bridge, store } = storeOnBridge();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    rename(store, event().nameEn);
    expect(calls).toBe(0);
    rename(store, 'New');
    expect(calls).toBe(1);
    await bridge.ok();
    expect(calls).toBe(2);
    off();
    rename(store, 'Newer');
    expect(calls).toBe(2);
  });

  it('a read-only file refuses every edit, and says why', () => {
    const { bridge, store, errors } = storeOnBridge({ readOnly: true, readOnlyMessage: () => 'Tệp này chỉ đọc.' });
    const before = store.getSnapshot();
    expect(rename(store, 'New')).toBe(false);
    expect(nameOf(store)).toBe(event().nameEn);
    expect(store.getSnapshot()).toBe(before);
    expect(bridge.sent).toHaveLength(0);
    expect(errors).toEqual(['Tệp này chỉ đọc.']);
    // An edit that would change nothing is no attempt: nothing said.
    expect(rename(store, event().nameEn)).toBe(false);
    expect(errors).toHaveLength(1);
  });

  it('a bridge that throws keeps the edit, not saved, with the message in the user’s language', async () => {
    const errors: string[] = [];
    let calls = 0;
    const store = new EditorStore({
      document: documentWithEvent(),
      apply: () => (++calls === 1 ? Promise.reject(new Error('IPC closed')) : Promise.resolve({ ok: true, value: { savedAt: 'now' } })),
      onError: (m) => errors.push(m),
      unexpectedMessage: (d) => `Không lưu được: ${d}`,
    });
    rename(store, 'New');
    await store.whenIdle();
    expect(nameOf(store)).toBe('New');
    expect(store.getSnapshot().saveStatus).toEqual({ kind: 'unsaved', pending: 1, code: 'write-failed', message: 'Không lưu được: IPC closed' });
    store.retry();
    await store.whenIdle();
    expect(store.getSnapshot().saveStatus).toEqual({ kind: 'saved', savedAt: 'now' });
    expect(errors).toEqual([]);
  });
});

describe('editor store: the file cannot be written (disk full, read-only...)', () => {
  const diskFull = 'Ổ đĩa đã đầy: không lưu được thay đổi.';

  it('keeps the failed edit and every edit after it, shown, and stops sending', async () => {
    const { bridge, store, errors } = storeOnBridge();
    rename(store, 'Saved name');
    await bridge.ok();
    rename(store, 'Large edit');
    store.dispatch(updateEntity, { collection: 'delegations', id: VNM_ID, fields: { nameFr: 'Viet Nam' } });
    await bridge.failWrite('disk-full', diskFull);
    expect(nameOf(store)).toBe('Large edit');
    expect(store.getDocument().delegations[VNM_ID]!.nameFr).toBe('Viet Nam');
    expect(store.getSnapshot().saveStatus).toEqual({ kind: 'unsaved', pending: 2, code: 'disk-full', message: diskFull });
    // Nothing more is sent: the second edit waits behind the first.
    expect(bridge.sent).toHaveLength(2);
    expect(bridge.waitingCount).toBe(0);
    // The banner says it; no transient notice on top.
    expect(errors).toEqual([]);
    // whenIdle does not hang: a file flow can ask what is unsaved.
    await store.whenIdle();
    expect(store.pendingCount).toBe(2);
  });

  it('goes on editing, undoing and redoing in memory meanwhile, without sending', async () => {
    const { bridge, store } = storeOnBridge();
    rename(store, 'A');
    await bridge.failWrite('read-only', 'read-only');
    expect(rename(store, 'B')).toBe(true);
    expect(store.undo()).toBe(true);
    expect(nameOf(store)).toBe('A');
    expect(store.redo()).toBe(true);
    expect(nameOf(store)).toBe('B');
    expect(store.getSnapshot()).toMatchObject({ canUndo: true, canRedo: false, saveStatus: { kind: 'unsaved', pending: 4 } });
    expect(bridge.sent).toHaveLength(1);
  });

  it('Try again sends the kept edits in order; saved once all are written', async () => {
    const { bridge, store } = storeOnBridge();
    rename(store, 'A');
    rename(store, 'B');
    await bridge.failWrite('write-failed', 'I/O error');
    store.retry();
    expect(store.getSnapshot().saveStatus).toEqual({ kind: 'saving', pending: 2 });
    await bridge.ok();
    await bridge.ok();
    expect(bridge.sent.map((c) => c.upserts.events?.[0]?.nameEn)).toEqual(['A', 'A', 'B']);
    expect(store.getSnapshot().saveStatus.kind).toBe('saved');
    expect(store.pendingCount).toBe(0);
  });

  it('a retry that fails again stays not saved, with the new reason, and keeps everything', async () => {
    const { bridge, store } = storeOnBridge();
    rename(store, 'A');
    await bridge.failWrite('disk-full', diskFull);
    store.retry();
    await bridge.failWrite('read-only', 'The file is read-only');
    expect(nameOf(store)).toBe('A');
    expect(store.getSnapshot().saveStatus).toEqual({ kind: 'unsaved', pending: 1, code: 'read-only', message: 'The file is read-only' });
  });

  it('an edit refused for itself after a retry is dropped as usual, the rest kept', async () => {
    const { bridge, store } = storeOnBridge();
    rename(store, 'Breaks a rule');
    store.dispatch(updateEntity, { collection: 'delegations', id: VNM_ID, fields: { nameFr: 'Viet Nam' } });
    await bridge.failWrite('disk-full', diskFull);
    store.retry();
    await bridge.fail('a rule');
    await bridge.ok();
    expect(nameOf(store)).toBe(event().nameEn);
    expect(store.getDocument().delegations[VNM_ID]!.nameFr).toBe('Viet Nam');
    expect(store.getSnapshot().saveStatus.kind).toBe('saved');
  });

  it('tells write failures from refusals of the edit by the error code', async () => {
    for (const code of ['disk-full', 'read-only', 'write-failed', 'locked', 'no-open-file', 'file-not-found'] as const) {
      const { bridge, store } = storeOnBridge();
      rename(store, 'Kept');
      await bridge.failWrite(code, code);
      expect(nameOf(store), code).toBe('Kept');
    }
    for (const code of ['constraint', 'invalid-input', 'internal'] as const) {
      const { bridge, store } = storeOnBridge();
      rename(store, 'Dropped');
      await bridge.failWrite(code, code);
      expect(nameOf(store), code).toBe(event().nameEn);
    }
  });
});
