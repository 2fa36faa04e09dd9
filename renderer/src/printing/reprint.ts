import type { EventDocument } from '../../../shared/model/collections';
import type { NamePlate, PlaceCard } from '../../../shared/print/cards';
import { namePlateContent, placeCardContent, printedFlag as facePrintsFlag, type FaceOptions } from '../../../shared/print/faces';
import { flagUrl } from './flags';
import { contentHash } from './printLog';

/**
 * What a card's or plate's face prints (shared/print/faces.ts), with the flags this app bundles
 * (flags.ts): the faces (Cards.tsx) draw what the print log's hashes are of.
 */

const hasFlag = (code: string) => flagUrl(code) !== null;

/** The flag a card or plate prints: asked for, and one the app has (else none). */
export const printedFlag = (code: string | null, options: FaceOptions): string | null => facePrintsFlag(code, options, hasFlag);

/** The hash the print log keeps for a card or plate: of its printed content only. */
export const cardHash = (document: EventDocument, item: PlaceCard | NamePlate, options: FaceOptions): string =>
  contentHash('delegationEn' in item ? placeCardContent(document, item, options, hasFlag) : namePlateContent(document, item, options, hasFlag));
