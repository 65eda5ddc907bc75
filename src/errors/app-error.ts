import { errorCatalog, type ErrorCode } from './catalog.js';

/** Where in the request an error lies, as JSON:API `source` says it. */
export type ErrorSource = { pointer: string } | { parameter: string } | { header: string };

export interface ErrorDetail {
  code: ErrorCode;
  detail: string;
  source?: ErrorSource;
}

/**
 * An expected failure: a rule of the API that a request broke. Services throw it, the error handler
 * renders it. Anything that is not an AppError is a bug and is answered with a bare 500.
 */
export class AppError extends Error {
  readonly details: ErrorDetail[];
  /** Extra response headers, such as `Allow` on 405 or `Retry-After` on 429. */
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, detail: string, options: { source?: ErrorSource; headers?: Record<string, string> } = {}) {
    super(`${code}: ${detail}`);
    this.name = 'AppError';
    this.details = [{ code, detail, ...(options.source ? { source: options.source } : {}) }];
    this.headers = options.headers ?? {};
  }

  /** Several problems found in one request, reported together (all of one status). */
  static many(details: ErrorDetail[]): AppError {
    const [first, ...rest] = details;
    if (!first) throw new Error('AppError.many needs at least one detail');
    const error = new AppError(first.code, first.detail, first.source ? { source: first.source } : {});
    error.details.push(...rest);
    return error;
  }

  /** The same error, pointing at the request member that caused it (e.g. a relationship's id). */
  at(source: ErrorSource): AppError {
    return AppError.many(this.details.map((detail) => ({ ...detail, source })));
  }

  /** Rethrows an AppError pointed at `source`; anything else (a bug) is rethrown as it is. */
  static pointedAt(source: ErrorSource): (error: unknown) => never {
    return (error) => {
      throw error instanceof AppError ? error.at(source) : error;
    };
  }

  get status(): number {
    return errorCatalog[this.details[0]!.code].status;
  }
}
