import { errorMessages, type ErrorCode } from './i18n/errors';
import { translate, type Language, type Params } from './i18n/index';

export type { ErrorCode };

/**
 * The one error type services throw for anything a user can cause. It carries a code and
 * parameters, not a sentence, so the message is written in whichever language is asking.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Params = {},
    readonly details?: unknown,
  ) {
    super(translate(errorMessages, 'en', code, params));
    this.name = 'AppError';
  }

  messageIn(lang: Language): string {
    return translate(errorMessages, lang, this.code, this.params);
  }
}

type KeyedMessage<K extends string> = { key: K; params: Readonly<Record<string, string | number>> };

/**
 * The error class of one engine's refusals (the arrival engine, the seating commands): a message
 * key and its parameters, the message in English for logs and in either language when asked.
 */
export function keyedError<K extends string>(name: string, describe: (message: KeyedMessage<K>, lang: Language) => string) {
  return class extends Error {
    constructor(
      readonly key: K,
      readonly params: Readonly<Record<string, string | number>> = {},
    ) {
      super(describe({ key, params }, 'en'));
      this.name = name;
    }

    messageIn(lang: Language): string {
      return describe({ key: this.key, params: this.params }, lang);
    }
  };
}

export type ErrorPayload = { code: ErrorCode; message: string; details?: unknown };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

/**
 * Errors that say the file could not be written, whatever the edit: a full disk, a read-only
 * or vanished file, an I/O error, the file locked or no longer open. The edit itself is fine
 * and must be kept (written later, or elsewhere with Save As); every other refusal ('constraint',
 * 'invalid-input'...) is about the edit, which is then dropped.
 */
const WRITE_FAILURES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'disk-full',
  'read-only',
  'write-failed',
  'locked',
  'no-open-file',
  'file-not-found',
]);
export const isWriteFailure = (code: ErrorCode): boolean => WRITE_FAILURES.has(code);
