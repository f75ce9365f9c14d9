/**
 * What the `<union-insurance-enrol>` test files share: a fresh worker's session (active on the platform
 * unless told otherwise), a plan's card, typing a date of birth, a client that renews its token, moving
 * the sandbox's and the device's clocks together, and picking a photo (reading and driving the shadow
 * DOM is `./dom.ts`).
 */
import type { UnionClient } from '@unionkit/sdk';
import '../../define/insurance-enrol.js';
import { $, $$, setInput, waitFor, waitUntil } from './dom.js';
import { createTestClient, mintSession, type SessionParams } from './session.js';

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

/**
 * A client for one worker that mints a new session for the same worker whenever the token expires —
 * as a partner's `fetchToken` does — so the worker carries on after the sandbox's clock moved on.
 */
export async function renewingClient(extra: SessionParams = {}): Promise<UnionClient> {
  const params = session(extra);
  return createTestClient({ getToken: async () => (await mintSession(params)).clientToken });
}

/**
 * Moves the sandbox's clock `days` on (cover starts, due dates pass) and the device's clock with it
 * (`Date.now`, which the widget reads for "today"), so both agree on the day. Returns the restore.
 */
export async function moveClocks(client: UnionClient, days: number): Promise<() => void> {
  await client.sandbox.advanceClock(days);
  const real = Date.now;
  const offset = days * 24 * 60 * 60 * 1000;
  Date.now = () => real() + offset;
  return () => {
    Date.now = real;
  };
}

/** A photo of a receipt: a small JPEG from the browser's own encoder. */
export async function photo(name = '发票.jpg'): Promise<File> {
  const canvas = new OffscreenCanvas(400, 300);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fafafa';
  ctx.fillRect(0, 0, 400, 300);
  ctx.fillStyle = '#333';
  ctx.fillRect(30, 30, 340, 20);
  ctx.fillRect(30, 80, 200, 20);
  return new File([await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })], name, { type: 'image/jpeg' });
}

/** Picks files in a file input of the widget (as the system picker would) and waits until they uploaded. */
export async function pickFiles(el: Element, input: string, files: File[]): Promise<void> {
  const field = $<HTMLInputElement>(el, input)!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  field.files = transfer.files;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(
    () => $$(el, '[part~="upload-item"]').length >= files.length && $$(el, '[part~="upload-item"]').every((i) => i.dataset['state'] === 'done'),
    'the files did not upload',
    { timeout: 15000 },
  );
}
