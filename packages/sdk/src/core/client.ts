/**
 * The request machinery every resource goes through: auth, language, headers, idempotency keys,
 * request and response validation, retries with backoff, token refresh, timeouts, aborts and cursor
 * pages. Resources only describe operations; they never touch HTTP.
 *
 * The transport is the platform's `fetch` with an `AbortController` per attempt, not an HTTP library:
 * see `./retry.ts` for why.
 */
import { MAX_REQUEST_BODY_BYTES, type Locale } from '@unionkit/contract';
import { isBrowserLike } from './environment.js';
import {
  AbortError,
  ApiError,
  AuthenticationError,
  ConnectionError,
  RequestValidationError,
  ResponseValidationError,
  TimeoutError,
  TokenError,
  UnionKitError,
  makeApiError,
  parseRetryAfter,
} from './errors.js';
import { idempotencyKeyProblem, newIdempotencyKey } from './idempotency.js';
import { Page, PagePromise, type PageFetcher } from './pagination.js';
import { timeoutSignal } from './timeouts.js';
import { defaultRetryDelay, isRetryable, sleep, type RetryDelay } from './retry.js';
import type { UploadProgressListener } from './upload.js';
import { parseResponseBody, validateRequestBody, type Schema } from './validation.js';

/** Failure rehearsals the sandbox understands (header `UnionKit-Sandbox-Scenario`). */
export type SandboxScenario = 'rate_limited' | 'server_error' | 'timeout' | `slow:${number}`;

/** A BCP 47 language tag: `zh-CN` and `en` are served; the API falls back to Chinese for others. */
export type ClientLocale = Locale | (string & {});

/** The largest JSON body the API accepts, in UTF-8 bytes (1 MiB, from the contract). A larger one is refused before sending. */
export { MAX_REQUEST_BODY_BYTES };

export interface ClientOptions {
  /** API base including `/v1`, e.g. `http://localhost:4010/v1`. */
  baseUrl: string;
  /** A fixed credential: `sk_…` on a partner server, `wst_…` in a page. */
  token?: string;
  /**
   * Gets a credential, e.g. a fresh widget-session token from the partner's server. Called once and
   * cached; called again when the API answers 401 `token_expired` (that call is then retried once).
   */
  getToken?: () => string | Promise<string>;
  /** A `fetch` to use instead of `globalThis.fetch`. */
  fetch?: (input: Request, init?: RequestInit) => Promise<Response>;
  /** Per attempt, until the response headers arrive. Default 30 000; 0 turns it off. */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** Sent with every request (per-request `headers` win). */
  defaultHeaders?: Record<string, string>;
  /** Sandbox only: rehearse a failure on every request. */
  sandboxScenario?: SandboxScenario;
  /**
   * The language of the API's text (titles, plan names, notices), sent as `Accept-Language` on every
   * request. Change it later with `setLocale()`, or per request with the `locale` option. Default:
   * none sent (a browser then sends its own).
   */
  locale?: ClientLocale;
  /** Milliseconds to wait before a retry. Default: `Retry-After`, else 0.5 s × 2ⁿ ± 25 %, ≤ 8 s. */
  retryDelay?: RetryDelay;
  /**
   * A secret key (`sk_…`) in a page or a web worker would leak to every visitor, so the client refuses
   * one wherever a browser-like global exists (`window`, `document`, `self`, `WorkerGlobalScope`).
   * Set this only for tests in a simulated DOM.
   */
  dangerouslyAllowSecretKeyInBrowser?: boolean;
}

/** The last, optional argument of every method. */
export interface RequestOptions {
  /** Aborting stops the request and any retry at once, with `AbortError`. */
  signal?: AbortSignal;
  /**
   * For POSTs and DELETEs (creates and actions): your own key instead of a fresh one, e.g. kept with a
   * form so that a resubmission is not a second create. 1–255 printable ASCII characters, no space at
   * either end; a bad key is a `RequestValidationError` and nothing is sent.
   */
  idempotencyKey?: string;
  /** `Accept-Language` for this request only, instead of the client's `locale`. */
  locale?: ClientLocale;
  timeoutMs?: number;
  maxRetries?: number;
  /** Extra headers; `null` removes one the SDK would send. */
  headers?: Record<string, string | null | undefined>;
  sandboxScenario?: SandboxScenario;
}

type QueryScalar = string | number | boolean | Date;
/** Query parameters; `undefined`, `null` and `[]` are left out, arrays are comma-separated. */
export type Query = Record<string, QueryScalar | readonly QueryScalar[] | null | undefined>;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface OperationBase {
  method: HttpMethod;
  /** Path under the base URL, parameters already encoded (use `path` below). */
  path: string;
  query?: Query | undefined;
  /**
   * The JSON body, checked against `bodySchema` and against `MAX_REQUEST_BODY_BYTES` before anything
   * is sent. Every POST and DELETE gets an `Idempotency-Key`, the same on every retry of one call.
   */
  body?: unknown;
  bodySchema?: Schema;
  /** A multipart body instead of JSON (an upload), sent as it is with its own boundary; checked by the resource. */
  form?: FormData;
  /** Upload progress of `form`, where the platform reports it (`./upload.ts`). */
  onUploadProgress?: UploadProgressListener;
}

export interface JsonOperation<T> extends OperationBase {
  /** Schema of the success response; a body that breaks it throws `ResponseValidationError`. */
  response: Schema<T>;
}

export interface ListOperation<T> {
  path: string;
  query?: Query | undefined;
  response: Schema<{ data: T[]; nextCursor: string | null }>;
}

interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** Builds a path with each interpolated value percent-encoded: path`/events/${id}/calendar.ics`. */
export function path(strings: TemplateStringsArray, ...values: string[]): string {
  let out = strings[0]!;
  for (let i = 1; i < strings.length; i++) {
    const v = values[i - 1]!;
    if (typeof v !== 'string' || v === '') throw new UnionKitError(`Path parameter ${i} must be a non-empty string.`);
    out += encodeURIComponent(v) + strings[i]!;
  }
  return out;
}

function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  const str = (v: QueryScalar) => (v instanceof Date ? v.toISOString() : String(v));
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    // The contract's array parameters are `style: form, explode: false`: `types=a,b`.
    if (Array.isArray(value)) {
      if (value.length > 0) params.append(key, (value as readonly QueryScalar[]).map(str).join(','));
    } else params.append(key, str(value as QueryScalar));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The canonical form of a language tag (`zh-cn` → `zh-CN`); `UnionKitError` when it is not one. */
function canonicalLocale(locale: unknown): string {
  try {
    if (typeof locale === 'string' && locale !== '') {
      const [tag] = Intl.getCanonicalLocales(locale);
      if (tag) return tag;
    }
  } catch {
    // RangeError: not a language tag
  }
  throw new UnionKitError(`\`locale\` must be a language tag such as "zh-CN" or "en", not ${JSON.stringify(String(locale))}.`);
}

/** Whether `text` is over `limit` bytes in UTF-8 (counted only when it may be: 1–3 bytes a code unit). */
function overLimit(text: string, limit: number): boolean {
  if (text.length * 3 <= limit) return false;
  return text.length > limit || new TextEncoder().encode(text).byteLength > limit;
}

const MAX_TIMEOUT_MS = 2_147_483_647;

/** The machinery under `UnionClient`. Use `UnionClient`; this class has no resources. */
export class UnionCore {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly #options: ClientOptions;
  readonly #retryDelay: RetryDelay;
  #tokenPromise: Promise<string> | undefined;
  #locale: string | undefined;

  constructor(options: ClientOptions) {
    if (!options || typeof options.baseUrl !== 'string') throw new UnionKitError('`baseUrl` is required.');
    try {
      new URL(options.baseUrl);
    } catch {
      throw new UnionKitError(`\`baseUrl\` is not an absolute URL: ${options.baseUrl}`);
    }
    if (options.token === undefined && options.getToken === undefined) {
      throw new UnionKitError('Pass `token` or `getToken`.');
    }
    const maxRetries = options.maxRetries ?? 2;
    if (!Number.isInteger(maxRetries) || maxRetries < 0) throw new UnionKitError('`maxRetries` must be an integer ≥ 0.');
    this.#options = options;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxRetries = maxRetries;
    this.#retryDelay = options.retryDelay ?? defaultRetryDelay;
    if (options.locale !== undefined) this.#locale = canonicalLocale(options.locale);
    if (options.token !== undefined) this.#checkToken(options.token, false);
  }

  /** The language sent as `Accept-Language` on every request (`undefined`: none). */
  get locale(): string | undefined {
    return this.#locale;
  }

  /**
   * Changes the language of every later request (`Accept-Language`); `undefined` stops sending one.
   * Requests already on their way keep the language they were sent with.
   */
  setLocale(locale: ClientLocale | undefined): void {
    this.#locale = locale === undefined ? undefined : canonicalLocale(locale);
  }

  /** A JSON operation: validates the body, sends it with retries, parses the response with its schema. */
  async request<T>(op: JsonOperation<T>, options?: RequestOptions): Promise<T> {
    const raw = await this.#send(op, options, 'application/json');
    const json = parseJson(raw.text);
    if (!json.ok) {
      throw new ResponseValidationError(raw.status, raw.headers, [], `Response to ${op.method} ${op.path} is not JSON.`);
    }
    return parseResponseBody(op.response, json.value, raw.status, raw.headers);
  }

  /** An operation that answers 204 No Content. */
  async requestEmpty(op: OperationBase, options?: RequestOptions): Promise<void> {
    const raw = await this.#send(op, options, 'application/json');
    if (raw.text !== '') {
      throw new ResponseValidationError(raw.status, raw.headers, [], `Expected no content from ${op.method} ${op.path}.`);
    }
  }

  /** An operation that answers text (`text/calendar`, …); `expect` is what a valid answer looks like. */
  async requestText(op: OperationBase & { accept: string; expect?: RegExp }, options?: RequestOptions): Promise<string> {
    const raw = await this.#send(op, options, op.accept);
    if (op.expect && !op.expect.test(raw.text)) {
      throw new ResponseValidationError(raw.status, raw.headers, [], `Response to ${op.method} ${op.path} is not ${op.accept}.`);
    }
    return raw.text;
  }

  /** A list: `await` it for one page, `for await` it for every item across cursors. */
  list<T>(op: ListOperation<T>, options?: RequestOptions): PagePromise<T> {
    const fetchPage: PageFetcher<T> = async (cursor, seen) => {
      const query = cursor === undefined ? op.query : { ...op.query, cursor };
      const body = await this.request({ method: 'GET', path: op.path, query, response: op.response }, options);
      return new Page<T>(body.data, body.nextCursor, fetchPage, seen);
    };
    return new PagePromise(fetchPage(undefined, new Set()));
  }

  /** A token given (`fromGetToken`: by `getToken`) is a non-empty string, and no secret key in a browser. */
  #checkToken(token: unknown, fromGetToken: boolean): asserts token is string {
    if (typeof token !== 'string' || token === '') {
      const message = 'The token must be a non-empty string.';
      throw fromGetToken ? new TokenError(`getToken() gave no token. ${message}`) : new UnionKitError(message);
    }
    if (token.startsWith('sk_') && isBrowserLike() && !this.#options.dangerouslyAllowSecretKeyInBrowser) {
      // Thrown before anything is sent; the message never holds the key.
      throw new TokenError(
        'A secret key (sk_…) must never reach a browser or a web worker. Mint a widget session on your server and use its client token (wst_…).',
        { code: 'secret_key_in_browser' },
      );
    }
  }

  #currentToken(): Promise<string> {
    const { token, getToken } = this.#options;
    if (token !== undefined) return Promise.resolve(token);
    if (!this.#tokenPromise) {
      const p = Promise.resolve()
        .then(() => getToken!())
        .then(
          (t) => {
            this.#checkToken(t, true);
            return t;
          },
          (err: unknown) => {
            // What getToken threw may hold a credential (a request with its headers): keep it out.
            throw new TokenError(`getToken() failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
          },
        );
      this.#tokenPromise = p;
      // A failed fetch of the token is not cached: the next call asks again.
      p.catch(() => {
        if (this.#tokenPromise === p) this.#tokenPromise = undefined;
      });
    }
    return this.#tokenPromise;
  }

  /**
   * The request's headers as a plain object with lower-case names (what `Headers` would hold, without
   * building one: `fetch` reads a record as cheaply). Later entries win: defaults, the SDK's own,
   * then the call's `headers`, where `null` removes one.
   */
  #headers(
    op: OperationBase,
    token: string,
    accept: string,
    idempotencyKey: string | undefined,
    locale: string | undefined,
    options?: RequestOptions,
  ): Record<string, string> {
    const defaults = this.#options.defaultHeaders;
    const extra = options?.headers;
    // No prototype where the caller names headers: `__proto__` is then a header like any other. The
    // SDK's own names need none, and a plain object is the cheaper one for `fetch` to read.
    const h = (defaults || extra ? Object.create(null) : {}) as Record<string, string>;
    if (defaults) for (const name of Object.keys(defaults)) h[name.toLowerCase()] = defaults[name]!;
    h['accept'] = accept;
    h['authorization'] = `Bearer ${token}`;
    if (locale !== undefined) h['accept-language'] = locale;
    if (op.body !== undefined) h['content-type'] = 'application/json';
    if (idempotencyKey !== undefined) h['idempotency-key'] = idempotencyKey;
    const scenario = options?.sandboxScenario ?? this.#options.sandboxScenario;
    if (scenario) h['unionkit-sandbox-scenario'] = scenario;
    if (extra) {
      for (const name of Object.keys(extra)) {
        const value = extra[name];
        if (value === null) delete h[name.toLowerCase()];
        else if (value !== undefined) h[name.toLowerCase()] = value;
      }
    }
    return h;
  }

  /**
   * One attempt. With a timeout, the platform's `fetch` gets a deadline's signal (`./timeouts.ts`;
   * the caller's `signal` aborts it too); a custom `fetch` runs under an `AbortController` of its own, which
   * the caller's `signal` and the timeout (until the response headers arrive) both abort, and a
   * timeout rejects with a `TimeoutError` DOMException even if that `fetch` ignores the signal. Without
   * one, the caller's `signal` (if any) goes to `fetch` as it is: on Node each signal a request
   * carries costs an `AbortSignal` and undici's listener on it, the largest share of the SDK's own
   * time per call.
   */
  async #attempt(
    url: string,
    init: RequestInit,
    timeoutMs: number,
    signal: AbortSignal | undefined,
    onUploadProgress?: UploadProgressListener,
  ): Promise<RawResponse & { ok: boolean }> {
    if (timeoutMs <= 0) {
      if (signal) init.signal = signal;
      return this.#read(await this.#fetch(url, init, onUploadProgress));
    }
    // The platform's own fetch honours its signal: a deadline's signal, which the caller's aborts
    // too, is all it needs, without a timer and a race per call. It covers the body too, which a
    // stalled body then ends as well.
    const deadline = this.#options.fetch || onUploadProgress ? undefined : timeoutSignal(Math.min(timeoutMs, MAX_TIMEOUT_MS), signal);
    if (deadline) {
      init.signal = deadline.signal;
      try {
        return await this.#read(await fetch(url, init));
      } finally {
        deadline.done();
      }
    }
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      init.signal = controller.signal;
      const sent = this.#fetch(url, init, onUploadProgress);
      const response = await Promise.race([
        sent,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            const timedOut = new DOMException(`No response within ${timeoutMs} ms.`, 'TimeoutError');
            reject(timedOut);
            controller.abort(timedOut);
          }, Math.min(timeoutMs, MAX_TIMEOUT_MS));
        }),
      ]);
      clearTimeout(timer);
      return await this.#read(response);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /**
   * A custom `fetch` gets the `Request` its type promises; the platform's own is handed the URL and
   * init as they are, sparing a `Request` object per call; an upload whose progress is asked for goes
   * over XMLHttpRequest where there is one (fetch reports no upload progress).
   */
  #fetch(url: string, init: RequestInit, onUploadProgress: UploadProgressListener | undefined): Promise<Response> {
    const custom = this.#options.fetch;
    if (custom) return custom(new Request(url, init));
    // The XMLHttpRequest path loads with the first upload that asks for progress: pages that never
    // upload (most widgets) do not carry it.
    if (onUploadProgress && typeof XMLHttpRequest === 'function') {
      return import('./upload.js').then((m) => m.xhrFetch(url, init, onUploadProgress));
    }
    return fetch(url, init);
  }

  async #read(response: Response): Promise<RawResponse & { ok: boolean }> {
    return { ok: response.ok, status: response.status, headers: response.headers, text: await response.text() };
  }

  async #send(op: OperationBase, options: RequestOptions | undefined, accept: string): Promise<RawResponse> {
    const signal = options?.signal;
    const abort = () => new AbortError(undefined, { cause: signal?.reason });
    if (op.bodySchema && op.body !== undefined) validateRequestBody(op.bodySchema, op.body);
    const json = op.body === undefined ? undefined : JSON.stringify(op.body);
    const body = op.form ?? json;
    if (json !== undefined && overLimit(json, MAX_REQUEST_BODY_BYTES)) {
      throw new RequestValidationError([
        {
          path: '',
          code: 'too_big',
          message: '请求体超过接口 1 MiB 的上限，未发送。 The request body is over the API\'s 1 MiB limit; nothing was sent.',
        },
      ]);
    }
    // One key per call of a POST or DELETE, reused by its retries: a lost answer never acts twice.
    // A PUT replaces a whole state: repeating it is harmless, and it takes no key.
    const idempotencyKey = options?.idempotencyKey ?? (op.method === 'GET' || op.method === 'PUT' ? undefined : newIdempotencyKey());
    const keyProblem = idempotencyKey === undefined ? undefined : idempotencyKeyProblem(idempotencyKey);
    if (keyProblem) throw new RequestValidationError([keyProblem]);
    const locale = options?.locale === undefined ? this.#locale : canonicalLocale(options.locale);
    const maxRetries = options?.maxRetries ?? this.maxRetries;
    const timeoutMs = options?.timeoutMs ?? this.timeoutMs;
    const url = this.baseUrl + op.path + queryString(op.query);

    let retries = 0;
    let refreshed = false;
    for (;;) {
      if (signal?.aborted) throw abort();
      // A fixed token is used as it is, without a promise and a turn of the event loop.
      const tokenPromise = this.#options.token === undefined ? this.#currentToken() : undefined;
      const token = this.#options.token ?? (await tokenPromise!);
      if (signal?.aborted) throw abort();
      let error: UnionKitError;
      try {
        const headers = this.#headers(op, token, accept, idempotencyKey, locale, options);
        const response = await this.#attempt(url, { method: op.method, headers, body }, timeoutMs, signal, op.onUploadProgress);
        if (response.ok) return response;
        const parsed = response.text === '' ? undefined : parseJson(response.text);
        error = makeApiError(response.status, parsed?.ok ? parsed.value : response.text, response.headers);
      } catch (err) {
        if (signal?.aborted) throw abort();
        if (err instanceof UnionKitError) throw err;
        error =
          err instanceof Error && err.name === 'TimeoutError'
            ? new TimeoutError(`Request timed out after ${timeoutMs} ms: ${op.method} ${op.path}`, { cause: err })
            : new ConnectionError(`Connection error: ${op.method} ${op.path}`, { cause: err });
      }

      if (
        error instanceof AuthenticationError &&
        error.code === 'token_expired' &&
        this.#options.getToken &&
        !refreshed
      ) {
        // A fresh token and one more try, not counted against maxRetries. Concurrent calls that
        // failed with the same token share one refresh.
        refreshed = true;
        if (this.#tokenPromise === tokenPromise) this.#tokenPromise = undefined;
        continue;
      }
      if (retries >= maxRetries || !isRetryable(error)) throw error;
      const retryAfterSec = error instanceof ApiError ? parseRetryAfter(error.headers.get('retry-after')) : undefined;
      const delay = this.#retryDelay({ retry: retries, retryAfterSec, error });
      retries++;
      await sleep(delay, signal);
    }
  }
}
