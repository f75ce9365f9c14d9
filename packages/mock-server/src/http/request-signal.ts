/**
 * The signal that says a request's client went away, for the scenarios that hold a request
 * (`timeout`, `slow:<ms>`). Under msw it is the request's own `signal`. The node adapter builds its
 * `Request` without one — on Node every signal a `Request` carries costs an `AbortSignal` and
 * undici's listener on it, on every request, while only a held request ever waits on it — and
 * records here how to make one when it is asked for.
 */
const sources = new WeakMap<Request, () => AbortSignal>();

export function setAbortSource(request: Request, source: () => AbortSignal): void {
  sources.set(request, source);
}

export function abortSignalOf(request: Request): AbortSignal {
  return sources.get(request)?.() ?? request.signal;
}
