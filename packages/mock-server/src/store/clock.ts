/** The sandbox's injectable clock. Everything time-dependent (token and SMS expiry, windows) reads it. */
export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Moves the clock forward (or back, with a negative value) by `ms` milliseconds. */
  advance(ms: number): void;
  /** Sets the clock to `date`. */
  set(date: Date): void;
}

/**
 * A clock frozen at `start` that moves only with `advance()`/`set()`; without `start`, the system clock
 * plus whatever `advance()` added.
 */
export function createClock(start?: Date): Clock {
  if (start) {
    let t = start.getTime();
    return {
      now: () => new Date(t),
      advance: (ms) => {
        t += ms;
      },
      set: (date) => {
        t = date.getTime();
      },
    };
  }
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance: (ms) => {
      offset += ms;
    },
    set: (date) => {
      offset = date.getTime() - Date.now();
    },
  };
}

/** A clock that tells its listeners when `advance()` or `set()` moved it. */
export interface WatchedClock extends Clock {
  /** Calls `listener` after every move; returns an unsubscribe function. */
  onMove(listener: () => void): () => void;
}

/** Wraps `clock` so moves are heard (webhook retries follow the test clock). */
export function watchClock(clock: Clock): WatchedClock {
  const listeners = new Set<() => void>();
  const moved = () => {
    for (const listener of [...listeners]) listener();
  };
  return {
    now: () => clock.now(),
    advance: (ms) => {
      clock.advance(ms);
      moved();
    },
    set: (date) => {
      clock.set(date);
      moved();
    },
    onMove: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
