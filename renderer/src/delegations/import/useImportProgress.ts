import { useEffect, useState } from 'react';
import type { ImportProgress } from '../../../../shared/ipc/contract';
import { getBridge } from '../../bridge';

const EVERY_MS = 150;

/**
 * How far main's import worker is, asked every 150 ms while `active` (null until it says). A
 * question, not a pushed event: the bridge's channels are the contract's, each answered once.
 */
export function useImportProgress(active: boolean): ImportProgress | null {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    const api = getBridge();
    if (!active || !api) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout>;
    const ask = async () => {
      const answer = await api['delegations:importProgress']({}).catch(() => null);
      if (!alive) return;
      if (answer?.ok) setProgress(answer.value);
      timer = setTimeout(() => void ask(), EVERY_MS);
    };
    timer = setTimeout(() => void ask(), EVERY_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
      setProgress(null);
    };
  }, [active]);
  return progress;
}
