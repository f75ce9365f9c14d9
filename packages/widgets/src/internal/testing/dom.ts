/**
 * Small helpers the widget tests share for reading a widget's shadow DOM, driving it by keyboard and
 * listening as the host page would.
 */
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** The widget's shadow root. */
export const shadowOf = (el: Element): ShadowRoot => el.shadowRoot!;

/** Visible text with whitespace collapsed. */
export const textOf = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The current view's heading (`h2[data-step-heading]`). */
export const headingOf = (el: Element): string => textOf(shadowOf(el).querySelector('h2[data-step-heading]'));

/** Waits until `find` returns something, and returns it (`waitUntil` itself returns nothing). */
export async function waitFor<T>(
  find: () => T | null | undefined | false,
  message = 'element did not appear',
  timeout = 8000,
): Promise<T> {
  let found: T | null | undefined | false;
  await waitUntil(() => (found = find()) != null && found !== false, message, { timeout });
  return found as T;
}

/** Presses Tab until the focused element in the widget matches; proves it is reachable by keyboard. */
export async function tabTo(el: Element, match: (active: Element) => boolean, what: string, max = 80): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = shadowOf(el).activeElement;
    if (active && match(active)) return active as HTMLElement;
  }
  throw new Error(`could not reach ${what} with Tab`);
}

/** Matches a `<button>` by its text. */
export const isButton =
  (label: string | RegExp) =>
  (a: Element): boolean =>
    a.localName === 'button' && (typeof label === 'string' ? textOf(a) === label : label.test(textOf(a)));

/** Records the named events as the host page receives them (on `window`). Call `stop()` when done. */
export function hostEvents(names: readonly string[]) {
  const got: CustomEvent[] = [];
  const on = (e: Event) => got.push(e as CustomEvent);
  for (const n of names) window.addEventListener(n, on);
  return {
    got,
    of: (name: string) => got.filter((e) => e.type === name),
    stop: () => names.forEach((n) => window.removeEventListener(n, on)),
  };
}

/** Chinese text next to an ASCII `(`, `)` or `:` (times such as 09:30 and ".ics" do not count). */
export const ASCII_PUNCTUATION_IN_CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]\s*[():]|[():]\s*[\u3400-\u9fff]/;
