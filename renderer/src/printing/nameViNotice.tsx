import { useMemo } from 'react';
import type { EventDocument } from '../../../shared/model/collections';
import type { Delegation } from '../../../shared/model/entities';
import { compareUnNames } from '../../../shared/reference/names';
import { uncheckedVietnameseName, withoutVietnameseName } from '../../../shared/seating/print-check';
import { referenceStates } from '../reference';
import { useI18n } from '../i18n/I18n';
import type { Translator } from '../i18n/format';
import { displayName } from '../delegations/delegationData';
import { namePlates, placeCards } from '../../../shared/print/cards';
import type { Output } from './jobs';
import type { PrintT } from './messages';

/**
 * The cards or plates about to print with "Vietnamese name too" that would have no Vietnamese
 * line, because their state's Vietnamese name is empty or the English one (the same test as the
 * faces and `validate`: shared/seating/print-check.ts), and which states they are.
 */
export function missingVietnameseNames(document: EventDocument, output: 'place-cards' | 'name-plates', hallId: string | null): Lacking {
  return lacking(document, output, hallId, withoutVietnameseName);
}

/** The cards or plates that would print a Vietnamese name not yet checked against a public page (shared/seating/print-check.ts). */
export function uncheckedVietnameseNames(document: EventDocument, output: 'place-cards' | 'name-plates', hallId: string | null, i18n: Translator): Lacking {
  const states = referenceStates();
  // Named in the officer's language: these states do have a Vietnamese name, the one to check.
  return lacking(document, output, hallId, (d) => uncheckedVietnameseName(d, states), (d) => displayName(d, i18n.lang), i18n.collator.compare);
}

type Lacking = { count: number; delegations: string[] };

function lacking(
  document: EventDocument,
  output: 'place-cards' | 'name-plates',
  hallId: string | null,
  test: (d: Delegation) => boolean,
  name: (d: Delegation) => string = (d) => d.nameEn,
  order: (a: string, b: string) => number = compareUnNames,
): Lacking {
  const ids = output === 'place-cards' ? placeCards(document, hallId).map((c) => document.people[c.id]?.delegationId) : namePlates(document, hallId).map((p) => p.id);
  const found = ids.filter((id): id is string => !!id && !!document.delegations[id] && test(document.delegations[id]));
  const names = [...new Set(found)].map((id) => name(document.delegations[id]!)).sort(order);
  return { count: found.length, delegations: names };
}

/** Said on the Printing screen under the option, naming the states to correct, then those to check. */
export function NameViNotice({ document, output, hallId, t }: { document: EventDocument; output: Output; hallId: string | null; t: PrintT }) {
  const cards = output === 'place-cards' || output === 'name-plates' ? output : null;
  const missing = useMemo(() => (cards ? missingVietnameseNames(document, cards, hallId) : null), [document, cards, hallId]);
  const i18n = useI18n();
  const unchecked = useMemo(() => (cards ? uncheckedVietnameseNames(document, cards, hallId, i18n) : null), [document, cards, hallId, i18n]);
  const plates = output === 'name-plates';
  return (
    <>
      {missing && missing.count > 0 && (
        <p className="field__error" role="status" data-testid="print-name-vi-missing" data-count={missing.count} data-delegations={missing.delegations.join('|')}>
          {t(plates ? 'nameViMissingPlates' : 'nameViMissingCards', { count: missing.count, delegations: missing.delegations.join(', ') })}
        </p>
      )}
      {unchecked && unchecked.count > 0 && (
        <p className="field__warning" role="status" data-testid="print-name-vi-unchecked" data-count={unchecked.count} data-delegations={unchecked.delegations.join('|')}>
          {t(plates ? 'nameViUncheckedPlates' : 'nameViUncheckedCards', { count: unchecked.count, delegations: unchecked.delegations.join(', ') })}
        </p>
      )}
    </>
  );
}
