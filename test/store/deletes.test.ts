import nodePath from 'node:path';
import { describe, expect, test } from 'vitest';
import { deleteEntities } from '../../shared/document/commands';
import { emptyHistory, execute, undo } from '../../shared/document/history';
import { COLLECTION_NAMES } from '../../shared/model/collections';
import { EventFile } from '../../electron/store';
import { fixtureDocument } from '../fixtures/document';
import { documentIn } from '../fixtures/event-file';
import { useTempDirs } from './helpers';

const tempDir = useTempDirs();

// The file's ON DELETE rules (CASCADE, SET NULL) and the document's deleteEntities must agree
// exactly: after any delete, and after its undo, the file holds what the editor shows.
describe('deleting any row, then undoing it', () => {
  test.each(COLLECTION_NAMES)('%s: the file follows the document both ways', (collection) => {
    const file = EventFile.create(nodePath.join(tempDir(), `${collection}.preseance`), fixtureDocument());
    for (const id of Object.keys(fixtureDocument()[collection])) {
      const deleted = execute(fixtureDocument(), emptyHistory(), deleteEntities, { collection, ids: [id] })!;
      file.apply(deleted.changes);
      expect(file.loadDocument(), `after deleting ${collection} ${id}`).toEqual(deleted.document);
      const restored = undo(deleted.document, deleted.history)!;
      file.apply(restored.changes);
      expect(file.loadDocument(), `after undoing the delete of ${collection} ${id}`).toEqual(fixtureDocument());
    }
    file.close();
    expect(documentIn(file.path)).toEqual(fixtureDocument());
  });
});
