/**
 * The hosted page's way to its host. `HostBridge` is what every kind of host offers: a `postMessage`
 * bridge to the page that frames it (here), and — one implementation each, later — Android's
 * `addJavascriptInterface`, iOS's `webkit.messageHandlers`, React Native WebView and the WeChat
 * mini-program `web-view`. `Outbox` sits in front of any bridge and applies the privacy rules once:
 * what a confidential matter may send, and heights only rounded up and never shrinking.
 */
import {
  CONFIDENTIAL_MESSAGE_TYPES,
  FRAME_SOURCE,
  HEIGHT_STEP_PX,
  isHostMessage,
  type FrameMessage,
} from './protocol.js';
import { postTarget } from './parent.js';

/** Messages as a bridge is given them (the source tag is the bridge's business). */
export type Outgoing = FrameMessage extends infer M ? (M extends FrameMessage ? Omit<M, 'source'> : never) : never;

export interface HostBridge {
  /** `post-message`, or `none` when the page is on its own (a system browser's tab). */
  readonly kind: string;
  send(message: Outgoing): void;
  /** A fresh client token from the host; rejects when the host has none to give. */
  requestToken(): Promise<string>;
  dispose(): void;
}

export class TokenUnavailableError extends Error {
  override name = 'TokenUnavailableError';
}

/** No host to talk to: nothing is sent, and no new token can come. */
export class NoBridge implements HostBridge {
  readonly kind = 'none';
  send(): void {}
  requestToken(): Promise<string> {
    return Promise.reject(new TokenUnavailableError('No host to ask for a new client token: open the page again from the app.'));
  }
  dispose(): void {}
}

/**
 * `postMessage` to the framing page at exactly `parentOrigin` (if the parent is anything else, the
 * browser delivers nothing; `*` only for an opaque parent the browser confirmed, see `./parent.ts`), and
 * answers accepted only from that window at that origin.
 */
export class PostMessageBridge implements HostBridge {
  readonly kind = 'post-message';
  #pending: { promise: Promise<string>; settle: (token: string | null) => void } | undefined;
  readonly #onMessage = (event: MessageEvent): void => {
    if (event.source !== this.parent || event.origin !== this.parentOrigin || !isHostMessage(event.data)) return;
    this.#pending?.settle(event.data.type === 'token' ? event.data.token : null);
  };

  constructor(
    private readonly self: Window,
    private readonly parent: Window,
    private readonly parentOrigin: string,
    private readonly tokenTimeoutMs = 30_000,
  ) {
    self.addEventListener('message', this.#onMessage);
  }

  send(message: Outgoing): void {
    this.parent.postMessage({ ...message, source: FRAME_SOURCE }, postTarget(this.parentOrigin));
  }

  requestToken(): Promise<string> {
    if (this.#pending) return this.#pending.promise;
    let settle!: (token: string | null) => void;
    const promise = new Promise<string>((resolve, reject) => {
      const timer = this.self.setTimeout(() => settle(null), this.tokenTimeoutMs);
      settle = (token) => {
        this.self.clearTimeout(timer);
        this.#pending = undefined;
        if (token) resolve(token);
        else reject(new TokenUnavailableError('The host gave no new client token.'));
      };
    });
    this.#pending = { promise, settle };
    this.send({ type: 'token-needed' });
    return promise;
  }

  dispose(): void {
    this.self.removeEventListener('message', this.#onMessage);
    this.#pending?.settle(null);
  }
}

/** The one way out of the hosted page: the privacy rules applied before the bridge sees a message. */
export class Outbox {
  #height = 0;

  constructor(
    readonly bridge: HostBridge,
    /** A confidential matter: only `ready`, `height`, `close` and `token-needed`, heights rounded up, never shrinking. */
    readonly confidential: boolean,
  ) {}

  send(message: Outgoing): void {
    if (this.confidential && !CONFIDENTIAL_MESSAGE_TYPES.has(message.type)) return;
    if (message.type === 'height') {
      const wanted = Math.max(0, Math.ceil(message.height));
      const height = this.confidential ? Math.max(this.#height, Math.ceil(wanted / HEIGHT_STEP_PX) * HEIGHT_STEP_PX) : wanted;
      if (height === this.#height) return;
      this.#height = height;
      this.bridge.send({ type: 'height', height });
      return;
    }
    this.bridge.send(message);
  }
}
