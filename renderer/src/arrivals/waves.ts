import type { ArrivalRule } from '../../../shared/model/entities';
import type { Wave } from '../../../shared/arrival';
import type { z } from 'zod';
import { arrivalsUi } from './messages';

/**
 * The waves the generate dialog offers: none (one order for all), or by rank — heads of state
 * and government, ministers and other heads of delegation, organizations. Waves are listed in
 * arrival order, so with reverse precedence (the highest last) the heads of state come last.
 */
export type WavesChoice = 'none' | 'ranks' | 'stored';

const LEADERS: Wave['members'] = ['head-of-state', 'vice-president', 'crown-prince', 'head-of-government', 'deputy-head-of-government'];
const MINISTERS: Wave['members'] = ['foreign-minister', 'minister', 'vice-minister', 'ambassador', 'other'];

export function rankWaves(rule: z.infer<typeof ArrivalRule>): Wave[] {
  const { en, vi } = arrivalsUi;
  const waves: Wave[] = [
    { nameEn: en.waveLeaders, nameVi: vi.waveLeaders, members: LEADERS },
    { nameEn: en.waveMinisters, nameVi: vi.waveMinisters, members: MINISTERS },
    { nameEn: en.waveOrganizations, nameVi: vi.waveOrganizations, members: ['organization'] },
  ];
  return rule === 'reverse-precedence' ? waves.reverse() : waves;
}

/** Which choice stored waves are: none, the rank waves (in either order), or something else kept as stored. */
export function wavesChoiceOf(waves: readonly Wave[]): WavesChoice {
  if (waves.length === 0) return 'none';
  const same = (a: readonly Wave[]) => JSON.stringify(a.map((w) => w.members)) === JSON.stringify(waves.map((w) => w.members));
  return same(rankWaves('precedence')) || same(rankWaves('reverse-precedence')) ? 'ranks' : 'stored';
}
