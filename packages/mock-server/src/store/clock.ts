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
