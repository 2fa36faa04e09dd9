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

export type ErrorPayload = { code: ErrorCode; message: string; details?: unknown };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };
