import type { Command } from './history';
import type { Setting } from '../model/entities';

/**
 * Stores one event setting by key: the row with that key is updated in place, or created with
 * `newId` (ids are the caller's to make, so a command replays identically on redo).
 */
export const putSetting: Command<{ key: string; value: Setting['value']; newId: string }> = {
  id: 'setting/put',
  run(draft, { key, value, newId }) {
    const existing = Object.values(draft.settings).find((s) => s.key === key);
    if (!existing) {
      draft.settings[newId] = { id: newId, key, value };
      return;
    }
    // Only a real change, so saving the same value leaves no undo step.
    if (JSON.stringify(existing.value) !== JSON.stringify(value)) existing.value = value;
  },
};
