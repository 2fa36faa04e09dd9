import type { EventDocument } from '../model/collections';
import { compareZ } from './geometry';

/** Which wall of the hall is its front: the one nearest the largest stage; the top without a stage. */
export function hallFront(doc: Pick<EventDocument, 'halls' | 'elements'>, hallId: string): 'top' | 'bottom' | 'left' | 'right' {
  const hall = doc.halls[hallId];
  if (!hall) throw new Error(`halls/${hallId} does not exist`);
  const stages = Object.values(doc.elements).filter((e) => e.hallId === hallId && e.kind === 'stage');
  if (stages.length === 0) return 'top';
  const stage = stages.sort((a, b) => b.width * b.depth - a.width * a.depth || compareZ(a, b))[0]!;
  const walls = [
    ['top', stage.y], ['bottom', hall.depthM - stage.y], ['left', stage.x], ['right', hall.widthM - stage.x],
  ] as const;
  return [...walls].sort((a, b) => a[1] - b[1])[0]![0];
}
