import { deleteEntities } from '../../../shared/document/commands';
import { emptyHistory, execute, type Command } from '../../../shared/document/history';
import { seededIds } from '../../../shared/ids';
import type { Changes, EventDocument } from '../../../shared/model/collections';
import { fixtureDocument, FIXTURE_IDS } from '../../fixtures/document';

// Deterministic edits for the crash test: edit n is the same in the child that writes it and
// in the test that checks the file, so the file after edit n can be predicted exactly.

const baseIds = seededIds(4242);
const BLOCK = baseIds();
/** Enough seats that every edit is a large transaction: kills land inside commits. */
export const CRASH_SEAT_IDS = Array.from({ length: 1500 }, () => baseIds());

export function crashBaseDocument(): EventDocument {
  const document = fixtureDocument();
  document.elements[BLOCK] = {
    ...document.elements[FIXTURE_IDS.roundTable]!, id: BLOCK, kind: 'row-block', number: null, x: 30, y: 25, width: 40, depth: 12, props: { rows: 30, perRow: 50 },
  };
  CRASH_SEAT_IDS.forEach((id, index) => {
    document.seats[id] = {
      id, hallId: FIXTURE_IDS.plenary, elementId: BLOCK, label: `R${Math.floor(index / 50) + 1}-${(index % 50) + 1}`,
      x: 10 + (index % 50) * 0.6, y: 20 + Math.floor(index / 50) * 0.9, rotation: 0, order: index,
      isTableHost: false, accessible: index % 97 === 0, blocked: false,
    };
  });
  return document;
}

const editIds = (n: number) => {
  const ids = seededIds(1_000_003 * n + 17);
  return { setting: ids(), delegation: ids(), head: ids() };
};

const crashEditCommand: Command<number> = {
  id: 'test/crash-edit',
  run(draft, n) {
    const ids = editIds(n);
    draft.settings[ids.setting] = { id: ids.setting, key: `crash.e${n}`, value: { n, note: `chỉnh sửa ${n}` } };
    // Every seat of the block moves: one edit, 1500 rows, one transaction.
    CRASH_SEAT_IDS.forEach((id, index) => {
      const seat = draft.seats[id]!;
      seat.x = 10 + (index % 50) * 0.6 + (n % 13) / 8;
      seat.rotation = (n * 7) % 360 - 180;
    });
    if (n % 3 === 0) {
      draft.delegations[ids.delegation] = {
        id: ids.delegation, kind: 'organization', iso3: null, orgCode: `CR-${n}`, orgCategory: 'other', nameEn: `Crash test ${n}`,
        nameFr: '', nameVi: `Kiểm thử ${n}`, flagCode: null, pinnedRole: 'none', precedenceOverride: null, agreementDate: null, notes: '',
      };
      draft.people[ids.head] = {
        id: ids.head, delegationId: ids.delegation, role: 'head', order: 0, honorific: '', honorificVi: '', name: `Head ${n}`, familyName: '', titleEn: '',
        titleVi: '', rank: 'head-of-organization', gender: 'unspecified', language: 'en', inOfficeSince: null, credentialsAt: null,
        needsInterpreter: false, needsAccessible: false, notes: '',
      };
    }
    // Two edits later the delegation goes again, with its head (a cascade).
    if (n % 3 === 2) deleteEntities.run(draft, { collection: 'delegations', ids: [editIds(n - 2).delegation] });
  },
};

export function crashEdit(document: EventDocument, n: number): { document: EventDocument; changes: Changes } {
  const step = execute(document, emptyHistory(), crashEditCommand, n)!;
  return { document: step.document, changes: step.changes };
}

/** The number of the last edit a document holds (0 for the base document). */
export function lastEdit(document: EventDocument): number {
  let last = 0;
  for (const setting of Object.values(document.settings)) {
    const match = /^crash\.e(\d+)$/.exec(setting.key);
    if (match) last = Math.max(last, Number(match[1]));
  }
  return last;
}
