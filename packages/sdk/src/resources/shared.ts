import type { operations } from '@unionkit/contract';

/** The query parameters of an operation, as the contract declares them. */
export type QueryOf<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;

/** Parameters every list takes: `limit` (1–100, default 20) and the opaque `cursor` of a previous page. */
export interface ListParams {
  limit?: number;
  cursor?: string;
}

/** `T` or several `T`s (sent comma-separated, `types=a,b`). */
export type OneOrMany<T> = T | readonly T[];
