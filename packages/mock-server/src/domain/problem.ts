/** The one error the domain rules and the HTTP layer throw; `problem()` in `../http/result.ts` renders it. */
import { ERROR_TITLES, type ErrorCode, type FieldError } from '@unionkit/contract';

/** Field errors and their messages are the contract's own, shared with the SDK. */
export { fieldError } from '@unionkit/contract';

/** Short bilingual titles (Chinese first), one per code: the contract's (`x-unionkit-errors`). */
export const PROBLEM_TITLES: Readonly<Record<ErrorCode, string>> = ERROR_TITLES;

export interface ProblemOptions {
  errors?: FieldError[];
  /** Extra members of the problem object, e.g. `reasons` for `not_eligible`. */
  extra?: Record<string, unknown>;
  /** Extra response headers, e.g. `Retry-After`, `Allow`. */
  headers?: Record<string, string>;
}

export class ProblemError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly detail: string;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(status: number, code: ErrorCode, detail: string, options: ProblemOptions = {}) {
    super(`${status} ${code}: ${detail}`);
    this.name = 'ProblemError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.errors = options.errors;
    this.extra = options.extra;
    this.headers = options.headers;
  }
}

/** 422 `validation_failed` with the given field errors. */
export function validationFailed(errors: FieldError[], detail?: string): ProblemError {
  return new ProblemError(
    422,
    'validation_failed',
    detail ?? `${errors.length} 项参数有误。 ${errors.length} field(s) are not valid.`,
    { errors },
  );
}

/** 404 `not_found`; the same for an unknown id and for another worker's id. */
export function notFound(zh = '资源', en = 'resource'): ProblemError {
  return new ProblemError(404, 'not_found', `未找到该${zh}。 No such ${en}.`);
}
