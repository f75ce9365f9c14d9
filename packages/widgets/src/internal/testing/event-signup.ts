/**
 * What the `<union-event-signup>` test files share: a fresh worker's session and reaching an event as
 * the worker would (reading and driving the shadow DOM is `./dom.ts`).
 */
import type { EventCategory } from '@unionkit/sdk/types';
import '../../define/event-signup.js';
import type { UnionElement } from '../base.js';
import { $, $$, headingOf, textOf, waitFor, waitUntil } from './dom.js';
import type { SessionParams } from './session.js';

export const TAG = 'union-event-signup';

/** A session for a fresh worker, with the events component. */
export function session(extra: SessionParams = {}): SessionParams {
  return { workerRef: `evt-${crypto.randomUUID()}`, components: ['events'], ...extra };
}

/** Waits for the sign-up result's heading (the host hears nothing of a registration). */
export async function signedUp(el: Element, heading: string): Promise<void> {
  await waitUntil(() => textOf($(el, '[data-result-heading]')) === heading, `no "${heading}"`, { timeout: 8000 });
}

/** Filters the list to a category (each holds at most 10 events, the family fixtures included: one page). */
export async function filterCategory(el: Element, category: EventCategory): Promise<void> {
  const select = $<HTMLSelectElement>(el, '#category')!;
  select.value = category;
  select.dispatchEvent(new Event('change'));
  await waitUntil(() => (el as UnionElement).state === 'ready' && $(el, `[part~="event"]`) !== null, 'no events listed', { timeout: 8000 });
  await waitUntil(() => $$(el, '[part~="category"]').every((b) => b.closest('[part~="event"]')));
}

/** Opens an event's detail from the list (by mouse; the keyboard flow is tested on its own). */
export async function openEvent(el: Element, category: EventCategory, eventId: string): Promise<void> {
  await filterCategory(el, category);
  (await waitFor(() => $<HTMLButtonElement>(el, `[data-event="${eventId}"] button[part~="details"]`))).click();
  await waitFor(() => $(el, '[part~="detail"]'));
}

/** Switches to "我的报名" and waits for a registration there. */
export async function openMine(el: Element): Promise<void> {
  $<HTMLButtonElement>(el, 'button[part~="tab"]:not([aria-selected="true"])')!.click();
  await waitFor(() => headingOf(el) === '我的报名' && $(el, '[part~="registration"]'));
}
