/**
 * How an attempt with a timeout gets its signal. By default a native `AbortSignal.timeout`, merged
 * with the caller's signal by `AbortSignal.any` (`undefined` where the platform has neither: the
 * client then times the attempt itself). The `node` entry installs `./deadlines.ts` instead: on Node
 * each timeout signal handed to `fetch` costs a timer, a weak reference and undici's bookkeeping, the
 * largest share of the SDK's time per call. Browsers keep the native one, and their bundle the bytes.
 */

/** An attempt's signal, aborted `ms` from now or by the caller's `signal`; `done()` once the attempt has ended. */
export type AttemptDeadline = (ms: number, signal: AbortSignal | undefined) => { signal: AbortSignal; done(): void } | undefined;

let current: AttemptDeadline = (ms, signal) => {
  const native = globalThis.AbortSignal;
  if (!native?.timeout || (signal && !native.any)) return undefined;
  const timeout = native.timeout(ms);
  return { signal: signal ? native.any([signal, timeout]) : timeout, done() {} };
};

/** Installs how attempts with a timeout get their signal (called by the `node` entry). */
export function useAttemptDeadlines(deadline: AttemptDeadline): void {
  current = deadline;
}

export const timeoutSignal: AttemptDeadline = (ms, signal) => current(ms, signal);
