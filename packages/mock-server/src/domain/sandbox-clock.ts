/**
 * The sandbox's test clock (as Stripe's test clocks): `POST /sandbox/clock/advance { days }` moves
 * the store's clock forward, and what hangs on time follows at once: client tokens expire (they
 * compare with `store.now()`), cover starts and ends, and every enrolment unpaid past its due date
 * becomes `lapsed` with its webhook — not only when its worker next looks.
 */
import type { Store } from '../store/store.js';
import { refreshEnrolments } from './insurance.js';

const DAY_MS = 86_400_000;

/** Moves the clock `days` whole days forward and settles what passed; answers the new time. */
export function advanceClock(store: Store, days: number): Date {
  store.clock.advance(days * DAY_MS);
  refreshEnrolments(store);
  return store.now();
}
