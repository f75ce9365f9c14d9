/**
 * What `<union-event-signup>` reads about the worker's own registrations: the open event with the
 * worker's registration for it (and, for a members-only event, whether they are a member), "我的报名"
 * joined with the events' titles and times, and which registrations moved up from a waitlist.
 */
import { Events, NotFoundError, path, type UnionCore } from '@unionkit/sdk';
import { zMembership } from '@unionkit/sdk/schemas';
import type { Event as UnionEvent, EventRegistration } from '@unionkit/sdk/types';
import { use } from '../internal/api.js';
import type { EventDetail, MemberState, RegistrationRow } from './registration-view.js';

/**
 * Whether the worker is a member (`GET /membership`); a failure leaves it `unknown`, never a guess.
 * The one read is made through the client's core rather than the SDK's membership resource, whose
 * application schemas and ID checks this widget has no use for (they would weigh on every page).
 */
async function memberState(client: UnionCore, signal: AbortSignal): Promise<MemberState> {
  try {
    const membership = await client.request({ method: 'GET', path: path`/membership`, response: zMembership }, { signal });
    return membership.status === 'active' ? 'member' : 'not_member';
  } catch (err) {
    if (err instanceof NotFoundError && err.code === 'not_a_member') return 'not_member';
    if (signal.aborted) throw err;
    return 'unknown';
  }
}

/** Registrations this widget has seen on the waitlist: confirmed later means promoted. */
export class Promotions {
  readonly #seenWaitlisted = new Set<string>();

  note(r: EventRegistration): void {
    if (r.status === 'waitlisted') this.#seenWaitlisted.add(r.id);
  }

  /**
   * Moved up from the waitlist: seen waitlisted by this widget and now confirmed, or confirmed and
   * changed after it was made (a confirmed registration only changes by promotion or cancellation).
   */
  promoted(r: EventRegistration): boolean {
    return r.status === 'confirmed' && (this.#seenWaitlisted.has(r.id) || Date.parse(r.updatedAt) > Date.parse(r.createdAt));
  }
}

/** The open event, fresh, with the worker's registration for it and, if members only, their membership. */
export async function readDetail(client: UnionCore, preview: UnionEvent, signal: AbortSignal, seen: Promotions): Promise<EventDetail> {
  const events = use(client, Events);
  const [event, mine, member] = await Promise.all([
    events.retrieve(preview.id, { signal }),
    events.listRegistrations({ limit: 100 }, { signal }),
    preview.membersOnly ? memberState(client, signal) : ('unknown' as const),
  ]);
  const registration = mine.data.find((r) => r.eventId === preview.id && r.status !== 'cancelled');
  if (registration) seen.note(registration);
  return { event, registration, member };
}

/** "我的报名": registrations joined with their events' titles and times. */
export async function readMine(client: UnionCore, signal: AbortSignal, seen: Promotions): Promise<RegistrationRow[]> {
  const events = use(client, Events);
  const regs = (await events.listRegistrations({ limit: 100 }, { signal })).data;
  const ids = [...new Set(regs.map((r) => r.eventId))];
  const found = await Promise.all(ids.map((id) => events.retrieve(id, { signal }).catch(() => undefined)));
  const byId = new Map(ids.map((id, i) => [id, found[i]]));
  for (const r of regs) seen.note(r);
  return regs.map((registration) => ({ registration, event: byId.get(registration.eventId) }));
}
