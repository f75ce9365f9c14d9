/**
 * What crosses between the union's hosted page (`hosted.html`, on the union's origin) and the page or
 * app that shows it. The same privacy rules hold as for DOM events (PRODUCT.md "Security"): for a
 * confidential matter nothing at all beyond `ready`, `height`, `close` and `token-needed` leaves the
 * hosted page; other widgets may also pass on their `union-*` events, which already obey those rules.
 *
 * Messages carry a `source` tag so that neither side mistakes another script's messages for these; a
 * receiver still checks who sent them (origin and window), never the tag alone.
 */
import { CONFIDENTIAL_HELP_REQUEST_TYPES } from '@unionkit/contract';

/** Tag of messages from the hosted page. */
export const FRAME_SOURCE = 'unionkit-hosted';
/** Tag of messages to the hosted page, from the page that frames it. */
export const HOST_SOURCE = 'unionkit-host';

/** What the hosted page tells its host. */
export type FrameMessage =
  | { source: typeof FRAME_SOURCE; type: 'ready' }
  | { source: typeof FRAME_SOURCE; type: 'height'; height: number }
  | { source: typeof FRAME_SOURCE; type: 'close' }
  | { source: typeof FRAME_SOURCE; type: 'token-needed' }
  /** A `union-*` event of a widget that is not a confidential matter, as its element dispatched it. */
  | { source: typeof FRAME_SOURCE; type: 'event'; name: string; detail: unknown }
  /** Whether the widget can step back (`UnionKitHosted.back()`): an app's back button or swipe follows it. */
  | { source: typeof FRAME_SOURCE; type: 'view-changed'; canGoBack: boolean }
  /** A link for the app to open natively (`union-open-url`'s detail): a hotline, a calendar file, a route. */
  | { source: typeof FRAME_SOURCE; type: 'open-url'; kind: string; url: string; detail: unknown };

/** What the host answers: a fresh client token, or that it has none to give. */
export type HostMessage =
  | { source: typeof HOST_SOURCE; type: 'token'; token: string }
  | { source: typeof HOST_SOURCE; type: 'token-unavailable' };

/** The message types that may leave the hosted page for a confidential matter. */
export const CONFIDENTIAL_MESSAGE_TYPES: ReadonlySet<FrameMessage['type']> = new Set(['ready', 'height', 'close', 'token-needed']);

/** Help-request types that only ever run in the hosted page (the contract's `x-unionkit-confidential-types`). */
export function isConfidentialType(type: string | null | undefined): boolean {
  return type != null && (CONFIDENTIAL_HELP_REQUEST_TYPES as readonly string[]).includes(type);
}

/**
 * Heights reported for a confidential matter: rounded up to a step and never smaller than before, so
 * the host learns how tall the frame must be, not when a form became a confirmation.
 */
export const HEIGHT_STEP_PX = 160;

const isRecord = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null;

export function isFrameMessage(data: unknown): data is FrameMessage {
  if (!isRecord(data) || data['source'] !== FRAME_SOURCE) return false;
  switch (data['type']) {
    case 'ready':
    case 'close':
    case 'token-needed':
      return true;
    case 'height':
      return typeof data['height'] === 'number' && Number.isFinite(data['height']);
    case 'event':
      return typeof data['name'] === 'string' && data['name'].startsWith('union-');
    case 'view-changed':
      return typeof data['canGoBack'] === 'boolean';
    case 'open-url':
      return typeof data['kind'] === 'string' && typeof data['url'] === 'string';
    default:
      return false;
  }
}

export function isHostMessage(data: unknown): data is HostMessage {
  if (!isRecord(data) || data['source'] !== HOST_SOURCE) return false;
  if (data['type'] === 'token') return typeof data['token'] === 'string' && /^wst_[A-Za-z0-9_-]{1,200}$/.test(data['token']);
  return data['type'] === 'token-unavailable';
}
