import { defineMessages, translate, type Language } from '../../shared/i18n/index';

/**
 * The oldest Node.js the CLI runs on (package.json "engines"). better-sqlite3 13 is built for
 * Node 22.12 and later; on Node 20 it crashes the process with a segmentation fault and no
 * word, so the CLI checks before anything loads it.
 */
export const MIN_NODE = [22, 12] as const;

const messages = defineMessages(
  { tooOld: 'Préséance needs Node.js {min} or later; this is Node.js {found}. Install Node.js 24 LTS and run the command again.' },
  { tooOld: 'Préséance cần Node.js {min} trở lên; máy đang chạy Node.js {found}. Hãy cài Node.js 24 LTS rồi chạy lại lệnh.' },
);

/** Why this Node.js cannot run the CLI, in the user's language, or null when it can. */
export function nodeVersionProblem(version: string, lang: Language): string | null {
  const [major = 0, minor = 0] = version.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const [minMajor, minMinor] = MIN_NODE;
  if (major > minMajor || (major === minMajor && minor >= minMinor)) return null;
  return translate(messages, lang, 'tooOld', { min: MIN_NODE.join('.'), found: version });
}
