import { AppError } from '../../shared/errors';
import type { IdFactory } from '../../shared/ids';
import type { Input, Output } from '../../shared/ipc/contract';
import type { Changes, EventDocument } from '../../shared/model/collections';
import { noChanges } from '../../shared/document/changes';
import type { Language } from '../../shared/model/primitives';
import {
  PrecedenceRulesError, describeReason, lotDrawnElsewhere, orderDelegations, readRules, rulesSetting, type PrecedenceRules,
} from '../../shared/protocol';
import type { ReferenceData } from '../../shared/reference/types';

/** The event's rules, with a rules error turned into a message the user can act on. */
function rulesOf(document: EventDocument, lang: Language): PrecedenceRules {
  try {
    return readRules(document);
  } catch (err) {
    if (err instanceof PrecedenceRulesError) throw new AppError('invalid-rules', { detail: err.messageIn(lang) });
    throw err;
  }
}

/** The change that stores `rules` in the event's settings (one row). */
function saveRules(document: EventDocument, rules: PrecedenceRules, ids: IdFactory): Changes {
  const { key, value } = rulesSetting(rules);
  const existing = Object.values(document.settings).find((s) => s.key === key);
  return { upserts: { settings: [{ id: existing?.id ?? ids(), key, value }] }, deletes: {} };
}

/**
 * Orders the delegations by the event's rules, with a tie-break or lot given by the caller
 * (each position with its reason in the user's language), and the settings row that stores that
 * choice. It writes nothing: the CLI applies `changes` through doc:apply.
 */
export function orderEvent(
  input: Input<'precedence:order'>,
  context: { document: EventDocument; reference: ReferenceData; lang: Language; ids: IdFactory },
): Output<'precedence:order'> {
  const { document, reference, lang } = context;
  let rules = rulesOf(document, lang);
  let changes = noChanges();
  const lotState = input.lot === undefined ? undefined : reference.states.find((s) => s.iso3 === input.lot);
  if (input.lot !== undefined && !lotState) {
    throw new AppError('unknown-country', { iso3: input.lot });
  }
  if (input.tiebreak !== undefined || input.lot !== undefined) {
    rules = {
      ...rules,
      ...(input.tiebreak !== undefined ? { tiebreak: input.tiebreak } : {}),
      ...(lotState ? { lot: lotDrawnElsewhere(lotState) } : {}),
    };
    changes = saveRules(document, rules, context.ids);
  }
  const entries = orderDelegations(document, rules, { states: reference.states });
  return {
    entries: entries.map((e) => ({
      position: e.position,
      name: e.nameEn,
      iso3: e.iso3,
      kind: e.kind,
      rank: e.rank,
      reason: describeReason(e.reason, lang),
    })),
    changes,
  };
}
