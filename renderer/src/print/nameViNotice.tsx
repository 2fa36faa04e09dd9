import { useMemo } from 'react';
import type { EventDocument } from '../../../shared/model/collections';
import { compareUnNames } from '../../../shared/reference/names';
import { withoutVietnameseName } from '../../../shared/seating/print-check';
import { namePlates, placeCards } from './data';
import type { Output } from './jobs';
import type { PrintT } from './messages';

/**
 * The cards or plates about to print with "Vietnamese name too" that would have no Vietnamese
 * line, because their state's Vietnamese name is empty or the English one (the same test as the
 * faces and `validate`: shared/seating/print-check.ts), and which states they are.
 */
export function missingVietnameseNames(document: EventDocument, output: 'place-cards' | 'name-plates', hallId: string | null): { count: number; delegations: string[] } {
  const ids = output === 'place-cards' ? placeCards(document, hallId).map((c) => document.people[c.id]?.delegationId) : namePlates(document, hallId).map((p) => p.id);
  const lacking = ids.filter((id): id is string => !!id && !!document.delegations[id] && withoutVietnameseName(document.delegations[id]));
  const names = [...new Set(lacking)].map((id) => document.delegations[id]!.nameEn).sort(compareUnNames);
  return { count: lacking.length, delegations: names };
}

/** Said on the Printing screen under the option, naming the states to correct. */
export function NameViNotice({ document, output, hallId, t }: { document: EventDocument; output: Output; hallId: string | null; t: PrintT }) {
  const cards = output === 'place-cards' || output === 'name-plates' ? output : null;
  const missing = useMemo(() => (cards ? missingVietnameseNames(document, cards, hallId) : null), [document, cards, hallId]);
  if (!missing || missing.count === 0) return null;
  return (
    <p className="field__error" role="status" data-testid="print-name-vi-missing" data-count={missing.count} data-delegations={missing.delegations.join('|')}>
      {t(output === 'place-cards' ? 'nameViMissingCards' : 'nameViMissingPlates', { count: missing.count, delegations: missing.delegations.join(', ') })}
    </p>
  );
}
