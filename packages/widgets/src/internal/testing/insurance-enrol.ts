/**
 * What the `<union-insurance-enrol>` test files share: a fresh worker's session (active on the platform
 * unless told otherwise), a plan's card and typing a date of birth (reading and driving the shadow DOM
 * is `./dom.ts`).
 */
import '../../define/insurance-enrol.js';
import { $, setInput, waitFor } from './dom.js';
import type { SessionParams } from './session.js';

export const TAG = 'union-insurance-enrol';

/** A kind of plan: its ids are `plan_<kind>_<year>` (`plan_accident_2026`). */
export type PlanKind = 'accident' | 'inpatient' | 'platform_accident' | 'death_disability';

/** A session for a fresh worker with 10 orders in the last 7 days (so the platform's own plan is open to them). */
export function session(extra: SessionParams = {}): SessionParams {
  return { workerRef: `ins-${crypto.randomUUID()}`, activeOrders: 10, ...extra };
}

/** The card of the plan of that kind. */
export const card = (el: Element, kind: PlanKind): HTMLElement => $(el, `[data-plan^="plan_${kind}_"]`)!;

/** A worker whose age the union does not know types their date of birth in the confirmation. */
export async function typeBirthDate(el: Element & { updateComplete: Promise<unknown> }, value = '1990-03-07'): Promise<void> {
  await waitFor(el, 'input#birth-date');
  setInput(el, 'input#birth-date', value);
  await el.updateComplete;
}

/** Presses a plan's 一键参保 and waits for the confirmation, a part loaded on demand (usually here already). */
export async function startEnrol(el: Element, button: HTMLButtonElement): Promise<void> {
  button.click();
  await waitFor(el, '[part~="body"] button[part~="confirm"]');
}
