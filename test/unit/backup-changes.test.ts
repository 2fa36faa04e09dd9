import { describe, expect, test } from 'vitest';
import { applyChanges, documentChanges } from '../../shared/document/changes';
import { deleteEntities } from '../../shared/document/commands';
import { emptyHistory, execute, undo } from '../../shared/document/history';
import { isEmptyChanges, type EventDocument } from '../../shared/model/collections';
import { fixtureDocument, FIXTURE_IDS as I } from '../fixtures/document';

// documentChanges(from, to): the one edit that turns the open document into a backup's.

/** The fixture with France renamed, the Holy See gone (with its people, by the delete rules) and a setting added. */
function edited(): EventDocument {
  const to = execute(fixtureDocument(), emptyHistory(), deleteEntities, { collection: 'delegations', ids: [I.vat] })!.document;
  return {
    ...to,
    delegations: { ...to.delegations, [I.fra]: { ...to.delegations[I.fra]!, nameEn: 'République française' } },
    settings: { ...to.settings, 'a0000000-0000-4000-8000-000000000001': { id: 'a0000000-0000-4000-8000-000000000001', key: 'restore.test', value: { n: 1 } } },
  };
}

describe('documentChanges', () => {
  test('names exactly the rows to write and delete', () => {
    const changes = documentChanges(fixtureDocument(), edited());
    expect(changes.upserts).toEqual({
      settings: [{ id: 'a0000000-0000-4000-8000-000000000001', key: 'restore.test', value: { n: 1 } }],
      delegations: [{ ...fixtureDocument().delegations[I.fra]!, nameEn: 'République française' }],
    });
    expect(changes.deletes).toEqual({ delegations: [I.vat], people: [I.vatHead] });
  });

  test('applied as one command it gives the backup’s document, and one undo gives the document before', () => {
    const from = fixtureDocument();
    const to = edited();
    const step = execute(from, emptyHistory(), applyChanges, documentChanges(from, to))!;
    expect(step.document).toEqual(to);
    expect(step.history.past).toHaveLength(1);
    // What is sent to main is the same set of rows.
    expect(step.changes.deletes).toEqual({ delegations: [I.vat], people: [I.vatHead] });
    const back = undo(step.document, step.history)!;
    expect(back.document).toEqual(from);
    expect(documentChanges(back.document, from)).toEqual({ upserts: {}, deletes: {} });
  });

  test('the same document, even with keys in another order (as read back from disk), is no change at all', () => {
    const from = fixtureDocument();
    const reordered = JSON.parse(JSON.stringify(from), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as EventDocument;
    expect(Object.keys(reordered.events[I.event]!)).not.toEqual(Object.keys(from.events[I.event]!));
    expect(isEmptyChanges(documentChanges(from, reordered))).toBe(true);
    expect(execute(from, emptyHistory(), applyChanges, documentChanges(from, reordered))).toBeNull();
  });
});
