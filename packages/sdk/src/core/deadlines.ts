/**
 * Attempt timeouts for the platform's `fetch` on Node (the `node` entry installs `attemptDeadline`),
 * cheaper there than an `AbortSignal.timeout` per attempt.
 *
 * Each attempt runs under an `AbortController` whose signal goes to `fetch`, so a timed-out request
 * is torn down on the wire, as before. Two things make it cheap:
 *
 * - One timer per timeout length, not one per attempt: attempts of one length reach their deadlines
 *   in the order they start, so they wait in a queue, and the timer, armed for the oldest one still
 *   running, aborts each one past its deadline with the `TimeoutError` `DOMException` that
 *   `AbortSignal.timeout` gives. Finished attempts leave the front of the queue at once.
 * - Controllers are reused: one that was not aborted goes back to a small pool when its attempt has
 *   ended, for a later attempt (never two at once), and is retired after `MAX_USES` uses. On Node a fresh
 *   signal handed to `fetch` costs an `EventTarget`, its listener limit and undici's bookkeeping; a
 *   reused one costs a listener. Aborting a signal whose earlier fetches have ended and whose bodies
 *   were read does nothing to them (Fetch: "abort the fetch() call" only rejects a pending promise and
 *   errors a body still being read), so only the attempt running under it is ever stopped. Retiring
 *   keeps the listeners each `fetch` leaves on its signal (until the request is collected) few.
 */

const MAX_USES = 16;
const MAX_IDLE = 32;

interface Lease {
  controller: AbortController;
  uses: number;
}

interface Deadline {
  at: number;
  /** `undefined` once the attempt has ended or timed out. */
  lease: Lease | undefined;
}

interface Queue {
  items: Deadline[];
  head: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const queues = new Map<number, Queue>();
const idle: Lease[] = [];
const now = (): number => performance.now();

function arm(ms: number, queue: Queue): void {
  const first = queue.items[queue.head];
  if (!first) {
    queue.items = [];
    queue.head = 0;
    queues.delete(ms);
    return;
  }
  const timer = setTimeout(() => fire(ms, queue), Math.max(0, first.at - now()));
  // Like `AbortSignal.timeout`'s timer, it never keeps a process alive by itself.
  (timer as { unref?: () => void }).unref?.();
  queue.timer = timer;
}

function fire(ms: number, queue: Queue): void {
  queue.timer = undefined;
  const t = now();
  for (let first = queue.items[queue.head]; first && (first.lease === undefined || first.at <= t); first = queue.items[++queue.head]) {
    const lease = first.lease;
    first.lease = undefined;
    lease?.controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
  }
  arm(ms, queue);
}

/** Drops ended attempts from the front; compacts the array now and then. */
function trim(queue: Queue): void {
  const { items } = queue;
  while (queue.head < items.length && items[queue.head]!.lease === undefined) queue.head++;
  if (queue.head === items.length) {
    items.length = 0;
    queue.head = 0;
  } else if (queue.head > 1024 && queue.head * 2 > items.length) {
    queue.items = items.slice(queue.head);
    queue.head = 0;
  }
}

/**
 * A signal for one attempt that aborts `ms` milliseconds from now (reason: a `TimeoutError`
 * `DOMException`); `abort(reason)` stops it sooner (the caller's signal). Call `done()` once the
 * attempt has ended, its body read or its failure known, whatever the outcome.
 */
export function deadline(ms: number): { signal: AbortSignal; abort: (reason: unknown) => void; done: () => void } {
  const lease = idle.pop() ?? { controller: new AbortController(), uses: 0 };
  lease.uses++;
  const entry: Deadline = { at: now() + ms, lease };
  let queue = queues.get(ms);
  if (!queue) queues.set(ms, (queue = { items: [], head: 0, timer: undefined }));
  queue.items.push(entry);
  if (queue.timer === undefined) arm(ms, queue);
  const q = queue;
  const { controller } = lease;
  return {
    signal: controller.signal,
    abort: (reason) => controller.abort(reason),
    done() {
      const held = entry.lease;
      entry.lease = undefined;
      trim(q);
      if (held && !held.controller.signal.aborted && held.uses < MAX_USES && idle.length < MAX_IDLE) idle.push(held);
    },
  };
}

/** `deadline(ms)` with the caller's `signal` merged in: what the `node` entry gives `useAttemptDeadlines`. */
export function attemptDeadline(ms: number, signal: AbortSignal | undefined): { signal: AbortSignal; done: () => void } {
  const own = deadline(ms);
  if (!signal) return own;
  const onAbort = () => own.abort(signal.reason);
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort);
  return {
    signal: own.signal,
    done() {
      own.done();
      signal.removeEventListener('abort', onAbort);
    },
  };
}
