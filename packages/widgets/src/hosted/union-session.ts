/**
 * The union token (`ust_…`, 15 minutes) the hosted help desk runs on, kept alive for as long as the
 * worker takes. A worker may write a confidential request for longer than the token lives; then the
 * page asks for the SMS code again (`ask`, a dialog over the form, so nothing typed is lost) and the
 * request goes on with the new token:
 *
 * - before a request, when this page's clock says the token has ended (or ends within `MARGIN_MS`),
 *   it asks first (`beforeSend`), and the request goes with the new token: nothing is sent with a token
 *   the page knows is over;
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
  #asking: Promise<void> | undefined;
  readonly #ask: (mobile: string) => Promise<HeldSession>;
  readonly #now: () => number;

  /** `ask`: the SMS step again for `mobile`, resolving with the new token (rejecting if the worker closes it). */
  constructor(first: HeldSession, ask: (mobile: string) => Promise<HeldSession>, now: () => number = Date.now) {
    this.#session = first;
    this.#ask = ask;
    this.#now = now;
  }

  /** The token held now. */
  get token(): string {
    return this.#session.token;
  }

  /**
   * A `getToken` for one SDK client. Its first call gets the token held now; the SDK calls it again
   * only when the API refused the token it has (401 `token_expired`): then a newer one, if the page has
   * it by now, else the worker is asked for the code.
   */
  tokenGetter(): () => Promise<string> {
    let has: string | undefined;
    return async () => {
      if (has === this.#session.token || this.#ending()) await this.renew();
      has = this.#session.token;
      return has;
    };
  }

  /** Before a request: a token known to be over is renewed first. */
  async beforeSend(): Promise<void> {
    if (this.#ending()) await this.renew();
  }

  /** Asks for the code again (once, however many requests wait for it). */
  renew(): Promise<void> {
    this.#asking ??= this.#ask(this.#session.mobile)
      .then((session) => {
        this.#session = session;
      })
      .finally(() => (this.#asking = undefined));
    return this.#asking;
  }

  #ending(): boolean {
    return this.#now() >= this.#session.endsAt - MARGIN_MS;
  }
}

/** An SDK client and the token it was handed. */
interface Slot {
  client: UnionCore;
  has: string | undefined;
}

/**
 * A client on the kept union token, for the widget: every request first makes sure the token is not
 * known to be over, and goes through an SDK client that has the token held now — a new one after a
 * renewal, since an SDK client keeps its token until the API refuses it (so nothing is ever sent with
 * a token the page knows is over).
 */
export class UnionSessionClient extends UnionCore {
  readonly #keeper: UnionSessionKeeper;
  readonly #options: Omit<ClientOptions, 'token' | 'getToken'>;
  #slot: Slot;

  constructor(options: Omit<ClientOptions, 'token' | 'getToken'>, keeper: UnionSessionKeeper) {
    super({ ...options, getToken: keeper.tokenGetter() });
    this.#keeper = keeper;
    this.#options = options;
    this.#slot = this.#fresh();
  }

  #fresh(): Slot {
    const get = this.#keeper.tokenGetter();
    const locale = super.locale;
    const slot: Slot = { client: undefined as unknown as UnionCore, has: undefined };
    slot.client = new UnionCore({ ...this.#options, ...(locale ? { locale } : {}), getToken: async () => (slot.has = await get()) });
    return slot;
  }

  async #ready(): Promise<UnionCore> {
    await this.#keeper.beforeSend();
    if (this.#slot.has !== undefined && this.#slot.has !== this.#keeper.token) this.#slot = this.#fresh();
    return this.#slot.client;
  }

  override setLocale(locale: Parameters<UnionCore['setLocale']>[0]): void {
    super.setLocale(locale);
    this.#slot.client.setLocale(locale);
  }

  override async request<T>(...args: Parameters<typeof UnionCore.prototype.request<T>>): Promise<T> {
    return (await this.#ready()).request<T>(...args);
  }

  override async requestEmpty(...args: Parameters<UnionCore['requestEmpty']>): Promise<void> {
    return (await this.#ready()).requestEmpty(...args);
  }

  override async requestText(...args: Parameters<UnionCore['requestText']>): Promise<string> {
    return (await this.#ready()).requestText(...args);
  }

  /** A list's pages come as they are asked for: a token that ran out meanwhile is refused and renewed then. */
  override list<T>(...args: Parameters<typeof UnionCore.prototype.list<T>>): ReturnType<typeof UnionCore.prototype.list<T>> {
    return this.#slot.client.list<T>(...args);
  }
}
