/**
 * The helpers every widget test shares (one module; no test file keeps its own copy): reading a
 * widget's shadow DOM, waiting for what the worker would see, typing, choosing and clicking as a
 * program would, driving it by keyboard, and listening as the host page would.
 */
import { waitUntil as waitUntilOpenWc } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** How long a test waits for what a worker would see: a request to the sandbox on a busy machine. */
export const WAIT_MS = 8000;

/**
 * open-wc's `waitUntil` with the suite's patience: its own default of one second fails a test whenever
 * a loaded machine answers a request more slowly. Tests import this one, never open-wc's.
 */
export function waitUntil(predicate: () => unknown, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  return waitUntilOpenWc(predicate, message, { timeout: WAIT_MS, ...options });
}

/** Anything that renders asynchronously (a Lit element). */
type Updating = Element & { updateComplete?: Promise<unknown> };

/** The widget's shadow root. */
export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** The first element in the widget's shadow root that matches. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => root(el).querySelector<T>(selector);

/** Every element in the widget's shadow root that matches, as an array. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...root(el).querySelectorAll<T>(selector)];

/** The focused element inside the widget. */
export const active = (el: Element): HTMLElement | null => root(el).activeElement as HTMLElement | null;

/** Visible text with whitespace collapsed. */
export const textOf = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of a part of the widget (`[part~="base"]` unless another is named, e.g. `body`). */
export const text = (el: Element, part = 'base'): string => textOf($(el, `[part~="${part}"]`));

/** The current view's heading (`[data-step-heading]`). */
export const headingOf = (el: Element): string => textOf($(el, '[data-step-heading]'));

/**
 * Waits until `find` returns something, and returns it (`waitUntil` itself returns nothing); or, given
 * a widget and a selector, until that element is in its shadow root.
 */
export async function waitFor<T>(find: () => T | null | undefined | false, message?: string, timeout?: number): Promise<T>;
export async function waitFor(el: Element, selector: string, message?: string): Promise<HTMLElement>;
export async function waitFor<T>(
  find: (() => T | null | undefined | false) | Element,
  messageOrSelector?: string,
  timeoutOrMessage?: number | string,
): Promise<T | HTMLElement> {
  if (typeof find !== 'function') {
    const selector = messageOrSelector!;
    return waitFor<HTMLElement>(() => $<HTMLElement>(find, selector), (timeoutOrMessage as string | undefined) ?? `waiting for ${selector}`);
  }
  let found: T | null | undefined | false;
  const message = messageOrSelector ?? 'element did not appear';
  await waitUntil(() => (found = find()) != null && found !== false, message, { timeout: (timeoutOrMessage as number | undefined) ?? WAIT_MS });
  return found as T;
}

/** Waits until a part's text (`base` unless named) contains `needle` or matches it. */
export async function waitText(el: Element, needle: string | RegExp, part = 'base'): Promise<void> {
  const has = () => (typeof needle === 'string' ? text(el, part).includes(needle) : needle.test(text(el, part)));
  await waitUntil(has, `waiting for text ${needle}`, { timeout: 8000 });
}

/** Sets an input's or textarea's value and tells the widget, as a program would (no focus, no blur). */
export function setInput(el: Element, selector: string, value: string): void {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Chooses a select's option and tells the widget. */
export function setSelect(el: Element, selector: string, value: string): void {
  const select = $<HTMLSelectElement>(el, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Types into an input as a worker would: focus, value, and (unless `blur` is false) leaving the field. */
export async function fill(el: Updating, selector: string, value: string, blur = true): Promise<void> {
  const input = $<HTMLInputElement>(el, selector);
  if (!input) throw new Error(`no ${selector} to type into`);
  input.focus();
  setInput(el, selector, value);
  await el.updateComplete;
  if (blur) {
    input.blur();
    await el.updateComplete;
  }
}

/** `setSelect`, then waits for the widget to render. */
export async function choose(el: Updating, selector: string, value: string): Promise<void> {
  setSelect(el, selector, value);
  await el.updateComplete;
}

/** Waits for the element, clicks it, waits for the widget to render. */
export async function click(el: Updating, selector: string): Promise<void> {
  (await waitFor(el, selector)).click();
  await el.updateComplete;
}

/** The enabled button whose text is `label` (or matches it). */
export function findButton(el: Element, label: string | RegExp): HTMLButtonElement | undefined {
  return $$<HTMLButtonElement>(el, 'button').find((b) => isButton(label)(b) && !b.disabled);
}

/** Waits for the enabled button with that text, clicks it, waits for the widget to render. */
export async function clickText(el: Updating, label: string | RegExp): Promise<void> {
  (await waitFor(() => findButton(el, label), `waiting for button ${label}`)).click();
  await el.updateComplete;
}

/**
 * Presses Tab until the focused element in the widget matches (it may already be there), proving it
 * is reachable by keyboard.
 */
export async function tabTo(el: Element, match: (active: HTMLElement) => boolean, what: string, max = 80): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    const focused = active(el);
    if (focused && match(focused)) return focused;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not reach ${what} with Tab`);
}

/** Matches a `<button>` by its text. */
export const isButton =
  (label: string | RegExp) =>
  (a: Element): boolean =>
    a.localName === 'button' && (typeof label === 'string' ? textOf(a) === label : label.test(textOf(a)));

/** Matches an element by its id. */
export const byId = (id: string) => (a: Element) => a.id === id;

/** Records the named events as the host page receives them (on `window`). Call `stop()` when done. */
export function hostEvents<T = Record<string, unknown>>(names: readonly string[]) {
  const got: CustomEvent<T>[] = [];
  const on = (e: Event) => got.push(e as CustomEvent<T>);
  for (const n of names) window.addEventListener(n, on);
  return {
    got,
    of: (name: string) => got.filter((e) => e.type === name),
    stop: () => names.forEach((n) => window.removeEventListener(n, on)),
  };
}

/** Chinese text next to an ASCII `(`, `)` or `:` (times such as 09:30 and ".ics" do not count). */
export const ASCII_PUNCTUATION_IN_CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]\s*[():]|[():]\s*[\u3400-\u9fff]/;
