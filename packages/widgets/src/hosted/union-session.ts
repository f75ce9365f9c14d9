/**
 * The union token (`ust_…`, 15 minutes) the hosted help desk runs on, kept alive for as long as the
 * worker takes. A worker may write a confidential request for longer than the token lives; then the
 * page asks for the SMS code again (`ask`, a dialog over the form, so nothing typed is lost) and the
 * request goes on with the new token:
 *
 * - before a request, when this page's clock says the token has ended (or ends within `MARGIN_MS`),
 *   it asks first (`beforeSend`): it does not wait for the API to refuse a token it knows is over;
 * - when the API answers 401 `token_expired` all the same (the clocks disagree, or the sandbox's test
 *   clock moved on), the SDK asks `getToken` again, and that asks the worker, then the SDK sends the
 *   same request once more (same idempotency key: still one request filed).
 *
 * The token lives in this page's memory only: never storage, the URL or the bridge.
 */
import { UnionCore, type ClientOptions } from '@unionkit/sdk';

/** A union token as the page holds it: when it ends by this page's clock, and the number it proved. */
export interface HeldSession {
  token: string;
  endsAt: number;
  mobile: string;
}

/** How long the API gives a union token (PRODUCT.md, docs/api-behaviour.md). */
export const UNION_SESSION_MS = 15 * 60 * 1000;
/** A token this close to its end is renewed before a request rather than sent to be refused on the way. */
export const MARGIN_MS = 30 * 1000;

/**
 * What the confirm answered, on this page's clock: the API's `expiresAt` is on the API's clock, so
 * the page counts at most `UNION_SESSION_MS` from the moment it got the token.
 */
export function heldSession(session: { token: string; expiresAt: string }, mobile: string, now = Date.now()): HeldSession {
  const left = Date.parse(session.expiresAt) - now;
  return { token: session.token, mobile, endsAt: now + Math.min(UNION_SESSION_MS, Number.isFinite(left) ? left : UNION_SESSION_MS) };
}

export class UnionSessionKeeper {
  #session: HeldSession;
  /** Whether the SDK has the current token: asked again after that, the API refused it. */
  #handed = false;
  #asking: Promise<void> | undefined;
  readonly #ask: (mobile: string) => Promise<HeldSession>;
  readonly #now: () => number;

  /** `ask`: the SMS step again for `mobile`, resolving with the new token (rejecting if the worker closes it). */
  constructor(first: HeldSession, ask: (mobile: string) => Promise<HeldSession>, now: () => number = Date.now) {
    this.#session = first;
    this.#ask = ask;
    this.#now = now;
  }

  /** For the SDK's `getToken`: the token not yet handed out, else (the API refused it) a new one. */
  readonly getToken = async (): Promise<string> => {
    if (this.#handed || this.#ending()) await this.renew();
    this.#handed = true;
    return this.#session.token;
  };

  /** Before a request: a token known to be over is renewed first. */
  async beforeSend(): Promise<void> {
    if (this.#ending()) await this.renew();
  }

  /** Asks for the code again (once, however many requests wait for it). */
  renew(): Promise<void> {
    this.#asking ??= this.#ask(this.#session.mobile)
      .then((session) => {
        this.#session = session;
        this.#handed = false;
      })
      .finally(() => (this.#asking = undefined));
    return this.#asking;
  }

  #ending(): boolean {
    return this.#now() >= this.#session.endsAt - MARGIN_MS;
  }
}

/** A client on the kept union token: every request first makes sure the token is not known to be over. */
export class UnionSessionClient extends UnionCore {
  readonly #keeper: UnionSessionKeeper;

  constructor(options: Omit<ClientOptions, 'token' | 'getToken'>, keeper: UnionSessionKeeper) {
    super({ ...options, getToken: keeper.getToken });
    this.#keeper = keeper;
  }

  override async request<T>(...args: Parameters<typeof UnionCore.prototype.request<T>>): Promise<T> {
    await this.#keeper.beforeSend();
    return super.request<T>(...args);
  }

  override async requestEmpty(...args: Parameters<UnionCore['requestEmpty']>): Promise<void> {
    await this.#keeper.beforeSend();
    return super.requestEmpty(...args);
  }

  override async requestText(...args: Parameters<UnionCore['requestText']>): Promise<string> {
    await this.#keeper.beforeSend();
    return super.requestText(...args);
  }
}
