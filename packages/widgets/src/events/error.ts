/** `union-error`: a request failed. Carries a machine code and whether trying again can help — never a message, field values or personal data. */
export const UNION_ERROR = 'union-error';

export interface UnionErrorDetail {
  /** An API `ErrorCode` (`rate_limited`, `not_eligible`, …) or a client one (`network_error`, `timeout`, `unknown_error`). */
  code: string;
  /** Whether the same action may succeed if tried again (network trouble, 5xx, rate limit). */
  retryable: boolean;
}
export type UnionErrorEvent = CustomEvent<UnionErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'union-error': UnionErrorEvent;
  }
}
